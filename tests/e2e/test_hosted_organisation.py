"""The organisation admin's workspace in a browser, in French and in English, at 1280 and 390
pixels: members by role with their coach, seats, invitations (sent, withdrawn after asking),
a caseload handed over, and the job seeker's one click to share the same sections."""

from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link
from rebond.coaching.choices import Role, Section
from rebond.coaching.invitations import invite
from rebond.coaching.models import Invitation, Membership
from rebond.coaching.tests.factories import join, make_organisation, share

pytestmark = pytest.mark.django_db(transaction=True)
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def sign_in(page, live_server, settings, user, language: str) -> None:
    page.context.clear_cookies()
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "domain": host, "path": "/"}]
    )
    settings.LOCAL_MODE = True  # one-time links are local mode's; the pages are the hosted ones
    page.goto(issue_login_link(live_server.url, user))
    settings.LOCAL_MODE = False


def fits_the_phone(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1


@pytest.fixture
def world(settings, django_user_model):
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    settings.ROOT_URLCONF = "rebond.coaching.tests.urls"  # the invitation link (hosted URL)
    organisation = make_organisation("Mission locale de Bordeaux")
    organisation.seats = 12
    organisation.save()
    people = {}
    for username, first, last, role in (
        ("alix", "Alix", "Martin", Role.ADMIN),
        ("nadia", "Nadia", "Benali", Role.COACH),
        ("sam", "Sam", "Lefèvre", Role.COACH),
        ("lea", "Léa", "Dubois", Role.SEEKER),
        ("tom", "Tom", "Girard", Role.SEEKER),
    ):
        people[username] = django_user_model.objects.create(
            username=username, first_name=first, last_name=last, email=f"{username}@example.org"
        )
        join(people[username], organisation, role)
    Membership.objects.filter(role=Role.SEEKER).update(coach=people["nadia"])
    share(people["lea"], people["nadia"], Section.PLAN, Section.APPLICATIONS)
    invite(people["nadia"], organisation, "camille.rousseau@example.org")
    invite(people["alix"], organisation, "old.invitation@example.org")
    Invitation.objects.filter(email__startswith="old").update(
        expires_at=timezone.now() - timedelta(days=2)
    )
    return organisation, people


def test_the_admin_runs_the_organisation_in_french_and_english(
    live_server, page, screenshot, settings, world
):
    _organisation, people = world
    sign_in(page, live_server, settings, people["alix"], "fr")
    page.goto(f"{live_server.url}/coaching/organisation/")
    expect(page.get_by_text("Places de personnes en recherche d'emploi")).to_be_visible()
    expect(page.get_by_role("cell", name="camille.rousseau@example.org")).to_be_visible()
    expect(page.get_by_role("cell", name="Expirée")).to_be_visible()
    screenshot("organisation-fr-1280")
    page.set_viewport_size(PHONE)
    fits_the_phone(page)
    screenshot("organisation-fr-390")
    page.set_viewport_size(DESKTOP)

    page.get_by_label("E-mail de la personne à inviter").fill("ines@example.org")
    page.get_by_role("button", name="Envoyer l'invitation").click()
    expect(page.get_by_role("heading", name="Invitation prête")).to_be_visible()
    page.get_by_role("link", name="Retour à mon organisation").click()

    row = page.get_by_role("row").filter(has_text="camille.rousseau@example.org")
    row.get_by_role("link", name="Annuler l'invitation").click()
    expect(page.get_by_role("heading", name="Annuler cette invitation ?")).to_be_visible()
    page.get_by_role("button", name="Oui, annuler l'invitation").click()
    expect(
        page.get_by_text("L'invitation de camille.rousseau@example.org est annulée.")
    ).to_be_visible()

    page.get_by_role("row").filter(has_text="Nadia").get_by_role("link", name="Confier").click()
    page.get_by_label("Tom Girard").uncheck()
    page.get_by_label("Confier à").select_option(label="Sam Lefèvre")
    screenshot("organisation-hand-over-fr")
    page.get_by_role("button", name="Confier").click()
    expect(page.get_by_text("1 personne confiée à Sam Lefèvre")).to_be_visible()
    lea_row = page.get_by_role("row").filter(has_text="Léa Dubois")
    expect(lea_row.get_by_role("cell", name="Sam Lefèvre")).to_be_visible()

    sign_in(page, live_server, settings, people["alix"], "en")
    page.goto(f"{live_server.url}/coaching/organisation/")
    expect(page.get_by_text("Job seeker seats: 3 taken of 12")).to_be_visible()
    expect(page.get_by_role("cell", name="Withdrawn")).to_be_visible()
    screenshot("organisation-en-1280")
    page.set_viewport_size(PHONE)
    fits_the_phone(page)
    screenshot("organisation-en-390")

    page.set_viewport_size(DESKTOP)
    sign_in(page, live_server, settings, people["lea"], "en")
    page.goto(f"{live_server.url}/coaching/sharing/")
    offer = page.get_by_role("button", name="Share the same sections with Sam Lefèvre")
    screenshot("sharing-offer-en")
    offer.click()
    expect(page.get_by_text("You now share the same sections with Sam Lefèvre.")).to_be_visible()
    expect(offer).to_have_count(0)
