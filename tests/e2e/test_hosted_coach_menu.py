"""A coach-only account (made as a coach, no job search of its own) signs in and sees a coach's
menu, in French and in English, at desktop and phone width; it starts a job search of its own
from the account menu and the job seeker's pages come back. Needs hosted settings (the account
menu is allauth's side): run by the hosted pass of scripts/test."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from tests.e2e.test_hosted_accounts import (  # noqa: F401 (a fixture)
    DESKTOP,
    PASSWORD,
    PHONE,
    hosted_browser,
    sign_in,
)
from tests.hosted.conftest import hosted_only

pytestmark = [pytest.mark.django_db(transaction=True), hosted_only]

WORDS = {
    "fr": {
        "coach": ["Portefeuille", "Entretiens", "Organisation", "Rapports"],
        "seeker": ["Candidatures", "Plan", "Débrief"],
        "account": "Mon compte",
        "start": "Commencer ma propre recherche d’emploi",
        "menu": "Menu",
    },
    "en": {
        "coach": ["Caseload", "Interviews", "Organisation", "Reports"],
        "seeker": ["Applications", "Plan", "Debrief"],
        "account": "My account",
        "start": "Start my own job search",
        "menu": "Menu",
    },
}


@pytest.fixture
def nadia(django_user_model):
    from allauth.account.models import EmailAddress

    from rebond.coaching.choices import Role
    from rebond.coaching.tests.factories import join, make_organisation

    user = django_user_model.objects.create_user(
        "nadia", "nadia@example.org", PASSWORD, first_name="Nadia"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    join(user, make_organisation("Cap Emploi Est"), Role.COACH)
    return user


def menu_entries(page) -> list[str]:
    return page.locator("#site-nav a").all_text_contents()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_coach_only_account_has_a_coachs_menu_until_it_starts_its_own_search(
    hosted_browser,  # noqa: F811 (the fixture imported above)
    live_server,
    nadia,
    screenshot,
    language,
):
    page = hosted_browser
    words = WORDS[language]
    host = live_server.url.split("//", 1)[1].split(":", 1)[0]
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "domain": host, "path": "/"}]
    )
    sign_in(page, live_server.url, "nadia@example.org", PASSWORD)
    expect(page).to_have_url(f"{live_server.url}/coaching/caseload/")
    assert [entry.strip() for entry in menu_entries(page)] == words["coach"]

    page.set_viewport_size(DESKTOP)
    page.locator("details.account-menu summary").click()
    expect(page.get_by_role("link", name=words["start"])).to_be_visible()
    screenshot(f"coach-menu-{language}")
    page.locator("details.account-menu summary").click()
    page.set_viewport_size(PHONE)
    page.get_by_role("button", name=words["menu"]).click()
    screenshot(f"coach-menu-{language}-phone")
    page.set_viewport_size(DESKTOP)

    page.locator("details.account-menu summary").click()
    page.get_by_role("link", name=words["start"]).click()
    screenshot(f"coach-own-search-{language}")
    page.get_by_role("main").get_by_role("button", name=words["start"]).click()
    expect(page).to_have_url(f"{live_server.url}/plan/today/")
    entries = [entry.strip() for entry in menu_entries(page)]
    assert entries[:2] == words["coach"][:2]
    assert all(word in entries for word in words["seeker"]), entries
    assert "Rapports" not in entries and "Reports" not in entries
    screenshot(f"coach-full-menu-{language}")
    page.set_viewport_size(PHONE)
    page.get_by_role("button", name=words["menu"]).click()
    screenshot(f"coach-full-menu-{language}-phone")
