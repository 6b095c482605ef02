"""A coach signs in and lands on the caseload: who needs help now, each signal in words, in
French and in English, on a wide screen and on a phone; a filter narrows it to one signal.
(Hosted pages, driven with one-time links.)"""

from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link
from rebond.coaching import invitations
from rebond.coaching.choices import Role, Section
from rebond.coaching.models import Membership
from rebond.coaching.tests.factories import join, make_organisation, share
from rebond.debrief.models import CheckIn
from rebond.jobs import services as jobs
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, live_server, settings, user, language) -> None:
    page.context.clear_cookies()
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "domain": host, "path": "/"}]
    )
    settings.LOCAL_MODE = True  # one-time links are local mode's
    page.goto(issue_login_link(live_server.url, user))
    settings.LOCAL_MODE = False


def caseload_of_four(django_user_model):
    now = timezone.now()
    organisation = make_organisation()
    coach = django_user_model.objects.create(username="nadia", first_name="Nadia")
    join(coach, organisation, Role.COACH)

    def person(username, first, last, *sections):
        user = django_user_model.objects.create(
            username=username, first_name=first, last_name=last, email=f"{username}@example.org"
        )
        Membership.objects.create(
            user=user, organisation=organisation, role=Role.SEEKER, coach=coach
        )
        share(user, coach, *sections)
        return user

    lea = person("lea", "Léa", "Martin", Section.APPLICATIONS, Section.JOURNAL)
    make_application(lea, stages=("interview_1", "final", "rejected"), at=now - timedelta(1))
    CheckIn.objects.create(user=lea, at=now - timedelta(days=6), mood=7)
    CheckIn.objects.create(user=lea, at=now - timedelta(hours=2), mood=2)
    omar = person("omar", "Omar", "Benali", Section.APPLICATIONS, Section.PLAN)
    make_application(omar, stages=("interview_2", "rejected"), at=now - timedelta(days=3))
    other = make_application(omar, company="Globex", stages=("interview_1",))
    jobs.log_interview(other, scheduled_at=now + timedelta(days=1))
    person("ines", "Inès", "Roux", Section.PLAN)  # joined today: nothing pressing
    person("paul", "Paul", "Durand")  # shares nothing yet
    invitations.invite(coach, organisation, "sami@example.org")
    return coach


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_coach_lands_on_the_caseload_and_reads_why(
    live_server, page, screenshot, settings, django_user_model, language
):
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    coach = caseload_of_four(django_user_model)
    sign_in(page, live_server, settings, coach, language)
    page.goto(f"{live_server.url}/")
    assert page.url.endswith("/coaching/caseload/")
    words = {
        "fr": ("refus au tour final il y a 1 jour", "humeur en baisse de 7 à 2 sur 10", "Paul"),
        "en": ("rejected after the final round 1 day ago", "mood falling from 7 to 2", "Paul"),
    }[language]
    for text in words:
        expect(page.get_by_text(text).first).to_be_visible()
    rows = page.locator("table.caseload tbody tr")
    expect(rows).to_have_count(5)
    expect(rows.first).to_contain_text("Léa Martin")  # the most pressing first
    expect(page.get_by_text("sami@example.org")).to_be_visible()
    screenshot(f"caseload-{language}-1280")
    path = f"/tmp/shots-caseload/caseload-{language}-1280.png"
    page.screenshot(path=path, full_page=True)

    page.locator("#caseload-signal").select_option("interview")
    page.locator(".caseload-filters button").click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Omar Benali")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/coaching/caseload/")
    expect(rows).to_have_count(5)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width  # one card per person, no sideways scrolling
    page.screenshot(path=f"/tmp/shots-caseload/caseload-{language}-390.png", full_page=True)
    page.goto(f"{live_server.url}/coaching/caseload/interviews/")
    expect(page.get_by_text("Omar Benali")).to_be_visible()
    page.screenshot(path=f"/tmp/shots-caseload/interviews-{language}-390.png", full_page=True)
