"""A coach prepares a call: the person's one-screen summary, then the applications section as
the person's own board and funnel, in French and in English, on a laptop and on a phone."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from tests.e2e.test_hosted_coaching import sign_in

from rebond.coaching.choices import Role, Section
from rebond.coaching.tests.factories import join, make_organisation, share

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = {"laptop": (1280, 900), "phone": (390, 844)}


def speak(page, live_server, language: str) -> None:
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "domain": host, "path": "/"}]
    )


def seed(lea) -> None:
    from rebond.debrief.models import CheckIn
    from rebond.jobs.services import log_interview
    from rebond.jobs.tests.factories import make_application
    from rebond.plan.tests.factories import make_action

    acme = make_application(lea, company="Acme", role="Data analyst")
    soon = timezone.now() + timedelta(days=3)
    # 15:00 in Paris (winter time).
    log_interview(acme, scheduled_at=datetime(soon.year, soon.month, soon.day, 14, tzinfo=UTC))
    make_application(lea, company="Globex", role="BI developer", stages=("rejected",))
    make_application(lea, company="Initech", role="Data engineer", stages=("screening",))
    make_action(lea, title="Relancer Initech", due_on=timezone.localdate() - timedelta(days=2))
    make_action(lea, title="Préparer l'entretien Acme", due_on=soon.date())
    now = timezone.now()
    for days, mood in ((20, 4), (16, 3), (6, 6), (2, 7)):
        CheckIn.objects.create(user=lea, at=now - timedelta(days=days), mood=mood)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_coach_reads_the_summary_and_the_applications(
    live_server, page, screenshot, settings, django_user_model, language
):
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    lea = django_user_model.objects.create(username="lea", first_name="Léa")
    coach = django_user_model.objects.create(username="nadia", first_name="Nadia")
    organisation = make_organisation()
    join(lea, organisation)
    join(coach, organisation, Role.COACH)
    seed(lea)
    share(lea, coach, Section.APPLICATIONS, Section.PLAN, Section.JOURNAL)
    words = {
        "fr": ("Prochain entretien", "Avancée de la recherche", "Tableau", "Entretiens à venir"),
        "en": ("Next interview", "Search progress", "Board", "Upcoming interviews"),
    }[language]

    sign_in(page, live_server, settings, coach)
    speak(page, live_server, language)
    for size, (width, height) in SIZES.items():
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{live_server.url}/coaching/people/{lea.pk}/")
        expect(page.get_by_role("heading", name=words[1])).to_be_visible()
        expect(page.get_by_role("heading", name=words[0])).to_be_visible()
        expect(page.get_by_text("Data analyst · Acme")).to_be_visible()
        expect(page.locator(".coaching-summary")).to_contain_text(
            "15:00" if language == "fr" else "3 p.m."
        )
        screenshot(f"coach-summary-{language}-{size}")

        page.goto(f"{live_server.url}/coaching/people/{lea.pk}/applications/")
        expect(page.get_by_role("heading", name=words[2], exact=True)).to_be_visible()
        expect(page.get_by_role("heading", name=words[3])).to_be_visible()
        expect(page.locator("body")).not_to_contain_text("furthest_stage")
        screenshot(f"coach-applications-{language}-{size}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
