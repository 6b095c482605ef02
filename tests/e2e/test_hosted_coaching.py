"""A job seeker shares their plan with a coach of their organisation; the coach reads it from
the caseload and leaves a comment; the seeker reads the comment and the access log, then
downloads the full export from My data. (Hosted pages, driven with one-time links.)"""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link
from rebond.coaching.choices import Role
from rebond.coaching.tests.factories import join, make_organisation
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db(transaction=True)


def english(page, live_server) -> None:
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )


def sign_in(page, live_server, settings, user) -> None:
    # One-time links are local mode's; the pages visited afterwards are the hosted ones.
    page.context.clear_cookies()
    english(page, live_server)
    settings.LOCAL_MODE = True
    page.goto(issue_login_link(live_server.url, user))
    settings.LOCAL_MODE = False


def test_it_shares_the_plan_with_a_coach_who_comments(
    live_server, page, screenshot, settings, django_user_model
):
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False  # coaching pages exist in hosted mode only
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    lea = django_user_model.objects.create(username="lea", first_name="Léa")
    coach = django_user_model.objects.create(username="nadia", first_name="Nadia")
    organisation = make_organisation()
    join(lea, organisation)
    join(coach, organisation, Role.COACH)
    make_action(lea, title="Ask Acme for feedback")

    sign_in(page, live_server, settings, lea)
    page.goto(f"{live_server.url}/coaching/sharing/")
    expect(page.get_by_role("heading", name="Nadia")).to_be_visible()
    journal = page.get_by_label("Journal and thought records")
    expect(journal).not_to_be_checked()
    page.get_by_label("Plan").check()
    page.get_by_role("button", name="Save what I share").click()
    expect(page.get_by_text("Sharing updated.")).to_be_visible()
    expect(page.get_by_label("Plan")).to_be_checked()
    screenshot("hosted-sharing")

    sign_in(page, live_server, settings, coach)
    page.goto(f"{live_server.url}/coaching/caseload/")
    page.get_by_role("link", name="Léa").click()
    page.get_by_role("link", name="Plan").last.click()
    action = page.locator("li.coaching-item", has_text="Ask Acme for feedback")
    expect(action).to_be_visible()
    action.get_by_text("Comment", exact=True).click()
    action.get_by_label("Your comment").fill("Good step: send it by Friday.")
    action.get_by_role("button", name="Send").click()
    expect(page.get_by_text("Comment added.")).to_be_visible()
    screenshot("hosted-coach-section")
    page.goto(f"{live_server.url}/coaching/caseload/")
    screenshot("hosted-caseload")

    sign_in(page, live_server, settings, lea)
    page.goto(f"{live_server.url}/coaching/sharing/")
    expect(page.get_by_text("Good step: send it by Friday.")).to_be_visible()
    log = page.locator("section", has=page.get_by_role("heading", name="Who looked at my data"))
    # Header + caseload, summary (the plan's block), the summary's activity timeline, section,
    # comment, section again (after the comment), caseload again.
    expect(log.get_by_role("row")).to_have_count(8)
    screenshot("hosted-sharing-log")

    page.goto(f"{live_server.url}/privacy/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my data (zip)").click()
    assert download.value.suggested_filename.startswith("rebond-export-")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("hosted-my-data-phone")
