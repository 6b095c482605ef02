"""A person ticks two lessons to start a sprint, marks an action done with its evidence, runs
the weekly review, logs the day's routine, makes a calendar subscription link and fetches it."""

from urllib.parse import urlparse
from urllib.request import urlopen

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.insights.tests.factories import make_sent
from rebond.plan.models import Action, Review

pytestmark = pytest.mark.django_db(transaction=True)


def english(page, live_server) -> None:
    # French is the default; these strings are checked in English until the catalogue merge.
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )


def test_it_plans_a_sprint_reviews_the_week_and_subscribes(live_server, page, screenshot):
    user = local_user()
    make_sent(user, reached="screening", count=4, channel="referral")
    english(page, live_server)
    page.goto(issue_login_link(live_server.url))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Today")
    screenshot("plan-today-empty")

    page.get_by_role("navigation").get_by_role("link", name="Plan").click()
    page.get_by_label("Concision").check()
    page.get_by_label("Concrete examples").check()
    page.get_by_role("button", name="Create the sprint").click()
    expect(page.locator("#sprint-title")).to_contain_text("Sprint from")
    actions = page.locator("#sprint-title ~ ul .action-item")
    assert actions.count() >= 2
    screenshot("plan-sprint")

    first = actions.first
    title = first.locator(".action-head a").inner_text()
    first.get_by_label("Evidence").fill("Two stories written, each with a figure")
    first.get_by_role("button", name="Mark done").click()
    expect(page.locator(".action-item.done").first).to_be_visible()
    done = next(a for a in Action.objects.for_user(user) if a.title == title)
    assert (done.status, done.evidence) == ("done", "Two stories written, each with a figure")
    screenshot("plan-action-done")

    page.get_by_role("link", name="Reviews").first.click()
    page.get_by_role("link", name="Weekly review").click()
    expect(page.get_by_role("heading", name="What the data already says")).to_be_visible()
    assert title in page.get_by_label("What did I get done this week?").input_value()
    page.get_by_label("What is the next concrete step, and when?").fill(
        "Rehearse the pitch twice before Thursday"
    )
    screenshot("plan-weekly-review")
    page.get_by_role("button", name="Save the review").click()
    expect(page.locator(".objective")).to_contain_text("Rehearse the pitch twice")
    assert Review.objects.for_user(user).get().objective.startswith("Rehearse")

    page.get_by_role("navigation").get_by_role("link", name="Today").click()
    expect(page.get_by_text("This week's objective:")).to_be_visible()
    screenshot("plan-today")

    page.get_by_role("link", name="Log my routine").click()
    page.get_by_role("spinbutton", name="Targeted sourcing of openings").fill("75")
    page.get_by_label("Move (walk, sport)").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Streak: 1 day.")).to_be_visible()
    screenshot("plan-routine")

    page.goto(live_server.url + "/plan/calendar/")
    page.get_by_role("button", name="Make a subscription link").click()
    url = page.get_by_label("Subscription address").input_value()
    screenshot("plan-calendar")
    with urlopen(url) as response:  # no cookie, no login: the secret is the key
        calendar = Calendar.from_ical(response.read())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    titles = [a.title for a in Action.objects.all()]
    assert "Action Rebond" in summaries and not set(summaries) & set(titles)  # not opted in
    page.locator("input[name=calendar_shows_titles]").check()
    page.locator("input[name=calendar_shows_titles]").locator("xpath=ancestor::form").locator(
        "button[type=submit]"
    ).click()
    with urlopen(url) as response:
        calendar = Calendar.from_ical(response.read())
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any(s != title and s in titles for s in summaries)
    assert title not in summaries  # done: no longer due
