"""A person writes a thought record (suggestions appear while typing, help appears instead of an
analysis for a dark sentence), logs a check-in and a small win, lists assets and support people;
then the journal pages at phone width."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.debrief.models import CheckIn, ThoughtRecord, Win

pytestmark = pytest.mark.django_db(transaction=True)
PHONE = {"width": 390, "height": 844}


def english(page, live_server) -> None:
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )


def test_it_keeps_a_confidence_journal(live_server, page, screenshot):
    user = local_user()
    english(page, live_server)
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/debrief/thoughts/")

    page.get_by_label("Situation").fill("Rejected after the second round at Globex")
    page.get_by_label("Automatic thought").fill("I never succeed at anything, I am useless.")
    suggestion = page.locator("#spotted .suggestion")
    expect(suggestion).to_contain_text("Only suggestions", timeout=30_000)
    page.get_by_label("Intensity before (0–10)").fill("8")
    page.get_by_label("Evidence against").fill("I reached the final round twice this year")
    page.get_by_label("Balanced reformulation").fill(
        "This process did not work out; I will improve 2 things for the next one."
    )
    page.get_by_label("Intensity after (0–10)").fill("4")
    screenshot("debrief-thought-record")
    # A full-page screenshot leaves Chromium's scroll position stale until the next focus
    # change; move focus to the button first (as the keyboard would) so the click lands.
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Save the thought record").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thought record", timeout=30_000)
    record = ThoughtRecord.objects.for_user(user).get()
    assert record.distortions and (record.intensity_before, record.intensity_after) == (8, 4)

    # A dark sentence: no analysis, calm words and where to find help.
    page.get_by_label("Automatic thought").fill("Honestly I want to end it all.")
    page.get_by_label("Evidence for").click()
    expect(page.locator("#spotted [role=alert]")).to_contain_text("3114")
    expect(page.locator("#spotted .suggestion")).to_have_count(0)
    screenshot("debrief-thought-help")

    page.goto(f"{live_server.url}/debrief/timeline/")
    page.get_by_label("Overall mood (0 = very low, 10 = very good)").fill("4")
    page.get_by_label("Emotion").select_option(label="Disappointment")
    page.get_by_role("button", name="Log it").click()
    expect(page.locator(".messages")).to_contain_text("Something that may help")
    page.get_by_label("A small win").fill("Called back by a recruiter")
    page.get_by_role("button", name="Add the win").click()
    expect(page.locator("ol.timeline")).to_contain_text("Called back by a recruiter")
    assert CheckIn.objects.for_user(user).get().mood == 4
    assert Win.objects.for_user(user).count() == 1
    screenshot("debrief-timeline")

    page.goto(f"{live_server.url}/debrief/assets/")
    page.get_by_label("Asset").fill("Cut reporting time by 40% in 6 months")
    page.get_by_role("button", name="Add").click()
    expect(page.locator("main")).to_contain_text("Cut reporting time by 40% in 6 months")
    page.goto(f"{live_server.url}/debrief/support/")
    page.get_by_label("Name").fill("Léa")
    page.get_by_label("Role").select_option("buddy")
    page.get_by_role("button", name="Add").click()
    expect(page.locator("main")).to_contain_text("Léa")
    screenshot("debrief-support")

    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/debrief/thoughts/")
    screenshot("debrief-thoughts-phone")
    page.goto(f"{live_server.url}/debrief/timeline/")
    screenshot("debrief-timeline-phone")
