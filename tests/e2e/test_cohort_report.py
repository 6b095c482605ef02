"""The programme report as an organisation admin reads it, in French and in English, on a wide
screen and on a phone: the figures, the people they rest on, the withheld ones, no overflow."""

from datetime import UTC, datetime
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link
from rebond.coaching.choices import Role, Section
from rebond.coaching.models import Membership
from rebond.coaching.tests.factories import make_organisation, share
from rebond.jobs import services as jobs
from rebond.jobs.tests.factories import make_application
from rebond.plan.models import Action
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db(transaction=True)
QUERY = "?period=custom&start=2026-03-01&end=2026-03-31"
WORDS = {
    "fr": (
        "Rapport du programme",
        "sur 6 personnes qui partagent leurs candidatures",
        "moins de 5",
    ),
    "en": ("Programme report", "out of 6 people who share their applications", "fewer than 5"),
}

OFFERS = {"fr": "Offres", "en": "Offers"}
RATE_WITHHELD = {
    "fr": "non communiqué (effectif inférieur à 5)",
    "en": "not shown (a count under 5)",
}


def sign_in(page, live_server, settings, user, language) -> None:
    page.context.clear_cookies()
    host = urlparse(live_server.url).hostname
    cookie = {"name": "django_language", "value": language, "domain": host, "path": "/"}
    page.context.add_cookies([cookie])
    settings.LOCAL_MODE = True  # one-time links are local mode's; the report is hosted
    page.goto(issue_login_link(live_server.url, user))
    settings.LOCAL_MODE = False


@pytest.fixture
def organisation(settings, django_user_model):
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    org = make_organisation("Cap Emploi", claire=Role.ADMIN, nadia=Role.COACH)
    nadia = django_user_model.objects.get(username="nadia")
    nadia.first_name, nadia.last_name = "Nadia", "Benali"
    nadia.save()
    for index in range(7):
        person = django_user_model.objects.create(username=f"seeker{index}")
        Membership.objects.create(user=person, organisation=org, role=Role.SEEKER, coach=nadia)
        application = make_application(person, at=datetime(2026, 3, 2 + index, 9, tzinfo=UTC))
        jobs.move_stage(application, "interview_1", at=datetime(2026, 3, 12 + index, tzinfo=UTC))
        if index == 0:  # one offer among six people who share: « moins de 5 », never 1
            jobs.move_stage(application, "offer", at=datetime(2026, 3, 25, tzinfo=UTC))
        if index < 6:  # the seventh shares nothing
            share(person, nadia, Section.APPLICATIONS, Section.PLAN)
        if index == 0:  # one person with a plan among six who share it: the share is withheld
            action = make_action(person, title="Relancer Acme")
            Action.objects.filter(pk=action.pk).update(created_at=datetime(2026, 3, 5, tzinfo=UTC))
    Membership.objects.filter(organisation=org).update(joined_at=datetime(2026, 2, 1, tzinfo=UTC))
    return org, django_user_model.objects.get(username="claire")


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("width", [1280, 390])
def test_an_admin_reads_the_report(
    live_server, page, screenshot, settings, organisation, language, width
):
    org, admin = organisation
    page.set_viewport_size({"width": width, "height": 900})
    sign_in(page, live_server, settings, admin, language)
    page.goto(f"{live_server.url}/coaching/organisation/{org.pk}/report/{QUERY}")
    title, rests_on, withheld = WORDS[language]
    expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()
    expect(page.get_by_text(rests_on).first).to_be_visible()
    expect(page.get_by_text(withheld).first).to_be_visible()  # the time to an offer
    offers = page.locator("table.report-figures tr", has_text=OFFERS[language])
    expect(offers.locator(".report-value")).to_have_text(withheld)
    expect(page.get_by_text(RATE_WITHHELD[language]).first).to_be_visible()
    by_coach = page.locator("table.report-coaches tbody tr").first
    expect(by_coach.locator("td").last).to_have_text(RATE_WITHHELD[language].split(" (")[0])
    expect(page.get_by_role("link", name="Nadia Benali")).to_be_visible()
    assert "seeker0" not in page.content()  # the organisation's view names nobody
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than the screen"
    screenshot(f"cohort-report-{language}-{width}")
    screenshot(f"cohort-report-organisation-{language}-{width}")
    page.get_by_role("link", name="Nadia Benali").click()
    caseload = "portefeuille de Nadia Benali" if language == "fr" else "caseload of Nadia Benali"
    expect(page.get_by_text(caseload)).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="PDF").click()
    assert download.value.suggested_filename.endswith("2026-03-01-2026-03-31.pdf")
    download.value.save_as(screenshot(f"cohort-report-{language}-{width}").with_suffix(".pdf"))
