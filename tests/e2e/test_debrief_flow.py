"""A person marks an application rejected, accepts the debrief and goes through every step:
check-in, the 10-minute reset with the breathing pacer (sped-up clock), cool-down action,
three columns, causes, interview replay, summary; then the same pages at phone width."""

from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.debrief.models import Debrief
from rebond.jobs import services as jobs
from rebond.jobs.tests.factories import make_application
from rebond.plan.models import Action

pytestmark = pytest.mark.django_db(transaction=True)
PHONE = {"width": 390, "height": 844}


def english(page, live_server) -> None:
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )


def save(page) -> None:
    page.get_by_role("button", name="Save and continue").click()


def test_it_runs_the_whole_debrief_after_a_rejection(live_server, page, screenshot):
    user = local_user()
    application = make_application(
        user, company="Globex", role="Data analyst", stages=("interview_1",)
    )
    questions = "Tell me about yourself\nWhy Globex?\nA project you are proud of"
    jobs.log_interview(
        application, scheduled_at=timezone.now() - timedelta(days=2), questions=questions
    )
    english(page, live_server)
    page.goto(issue_login_link(live_server.url))

    page.goto(f"{live_server.url}/applications/{application.pk}/")
    page.get_by_role("link", name="Mark rejected").click()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", name="A guided debrief, if you want one")).to_be_visible()
    screenshot("debrief-offer")
    page.get_by_role("button", name="Start the debrief").click()

    # Check-in: choosing an emotion saves at once and shows a matching soothing action.
    expect(page.get_by_role("heading", level=1)).to_have_text("How are you?")
    # htmx binds the autosave once the page has loaded: a change made earlier is not sent.
    page.wait_for_load_state("load")
    page.get_by_label("The emotion closest to what I feel").select_option(label="Anger")
    page.get_by_label("Intensity (0 = barely, 10 = overwhelming)").fill("7")
    expect(page.locator(".soothing")).to_contain_text("thirty steps")
    expect(page.locator(".saved")).to_be_visible()
    screenshot("debrief-checkin")
    save(page)

    # The reset, on Playwright's clock: 2 s in (breathing in), 5 s in (breathing out), then
    # the whole ten minutes run in one jump.
    expect(page.get_by_role("heading", level=1)).to_have_text("Ten minutes to breathe")
    page.clock.install()
    page.reload()
    page.get_by_role("button", name="Start").click()
    pacer = page.locator("[data-pacer]")
    page.clock.run_for(2_000)
    expect(pacer).to_have_attribute("data-phase", "in")
    expect(pacer.locator("[data-pacer-label]")).to_have_text("Breathe in")
    grown = page.locator(".pacer-circle").evaluate("e => e.style.transform")
    page.clock.run_for(3_000)
    expect(pacer).to_have_attribute("data-phase", "out")
    shrinking = page.locator(".pacer-circle").evaluate("e => e.style.transform")
    assert grown.startswith("scale(") and shrinking.startswith("scale(") and grown != shrinking
    screenshot("debrief-reset-breathing")
    page.clock.run_for(181_000)  # past the 3 minutes of breathing: the pacer rests
    expect(pacer).to_have_attribute("data-phase", "after")
    page.clock.run_for(420_000)
    expect(page.locator("[data-timer]")).to_have_attribute("data-state", "done")
    page.get_by_label("I did the breathing").check()
    # The emotion was named at the check-in: shown, not asked again, and still editable.
    expect(page.locator(".named-emotion-value")).to_contain_text("Anger (7/10)")
    page.get_by_text("Change it if it has shifted").click()
    page.get_by_label("The emotion, named as precisely as I can").fill("Disappointed, a bit angry")
    page.get_by_label("One objective fact I learned").fill("They wanted 5 years of SQL")
    page.get_by_label("One constructive intention").fill("Practise 2 SQL cases this week")
    save(page)

    # Cool-down: an action parked for after the 24 hours.
    expect(page.locator(".cooldown-end")).to_be_visible()
    page.get_by_label("An action for after the cool-down").fill("Ask Léa for a mock interview")
    screenshot("debrief-cooldown")
    save(page)

    # Three columns: a "fact" that is an interpretation gets a gentle hint.
    page.get_by_label("Facts").fill(
        "The interview lasted 45 minutes.\nClearly they thought I was too junior."
    )
    page.get_by_label("Interpretations").click()
    # The first analysis loads the sentence encoder: allow for a loaded machine.
    expect(page.locator(".hint")).to_contain_text(
        "Clearly they thought I was too junior.", timeout=30_000
    )
    page.get_by_label("What I can test").fill("Send 2 applications with SQL figures")
    screenshot("debrief-columns")
    save(page)

    # Causes: one structural example and one in my own words.
    page.get_by_label("Budget revised or frozen").check()
    page.get_by_label("Showing impact with numbers").check()
    page.get_by_label("Another cause").first.fill("Not enough figures in my examples")
    save(page)

    # Replay: pre-filled from the logged interview; a vague answer rewritten, timed, flagged.
    expect(page.get_by_label("Question asked").first).to_have_value("Tell me about yourself")
    second = page.locator(".replay-row").nth(1)
    second.get_by_label("My answer was").select_option("vague")
    second.get_by_label("Short version (about 20 s)").fill(
        "Globex ships data products my team built for years; I want to help you grow them."
    )
    page.get_by_label("Their reaction").first.click()
    expect(page.locator(".tally")).to_contain_text("Vague: 1/3")
    expect(page.locator(".version-check")).to_contain_text("No figure")
    screenshot("debrief-replay")
    save(page)

    # The summary step, then the printable summary.
    page.get_by_label("What I learned").fill("Lead with figures\nPrepare SQL depth")
    page.get_by_label("Also turn each").check()
    page.get_by_role("button", name="Save and see the summary").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Debrief summary")
    for text in (
        "Lead with figures",
        "Send 2 applications with SQL figures",
        "Ask Léa for a mock interview",
    ):
        expect(page.locator("main")).to_contain_text(text)
    screenshot("debrief-summary")

    debrief = Debrief.objects.get(application=application)
    assert debrief.finished_at is not None and debrief.reset_fact == "They wanted 5 years of SQL"
    ends = timezone.localtime(debrief.rejected_at + timedelta(hours=24)).date()
    actions = Action.objects.for_user(user).filter(source_kind="debrief")
    assert actions.count() == 2 and all(a.due_on >= ends for a in actions)

    page.set_viewport_size(PHONE)
    screenshot("debrief-summary-phone")
    page.goto(f"{live_server.url}/debrief/{debrief.pk}/reset/")
    screenshot("debrief-reset-phone")
    page.goto(f"{live_server.url}/debrief/{debrief.pk}/replay/")
    screenshot("debrief-replay-phone")


def test_the_pacer_stays_still_with_reduced_motion(live_server, page):
    user = local_user()
    application = make_application(user, stages=("interview_1",))
    jobs.close_application(application)
    english(page, live_server)
    page.goto(issue_login_link(live_server.url))
    page.emulate_media(reduced_motion="reduce")
    page.goto(f"{live_server.url}/debrief/")
    page.get_by_role("button", name="Start a debrief").click()
    page.get_by_role("button", name="Skip this step").click()
    page.clock.install()
    page.reload()
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(5_000)
    pacer = page.locator("[data-pacer]")
    expect(pacer).to_have_attribute("data-phase", "out")
    assert page.locator(".pacer-circle").evaluate("e => e.style.transform") == ""
    expect(pacer.locator("[data-pacer-label]")).to_have_text("Breathe out")
