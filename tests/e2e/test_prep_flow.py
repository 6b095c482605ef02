"""A person prepares an interview: writes a story and reads its check, drafts a pitch and
watches the spoken-duration estimate follow the typing, uploads a mock-interview transcript
and reads the metrics, then opens the interview's checklist and runs the centring timer.

Fields are found by their ids and results by their markup, so the test holds in either
language of the interface."""

import re

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link
from rebond.prep.models import MockSession
from rebond.prep.tests.factories import VTT, make_interview

pytestmark = pytest.mark.django_db(transaction=True)


def seconds_shown(page) -> int:
    text = page.locator("#pitch-check .duration strong").inner_text()
    return int(re.search(r"\d+", text).group())


def test_it_prepares_an_interview_end_to_end(live_server, page, screenshot, tmp_path):
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/prep/")
    screenshot("prep-home-empty")

    # A story with a vague verb and a result without a figure.
    page.goto(f"{live_server.url}/prep/stories/new/")
    page.locator("#id_title").fill("Délais de livraison")
    page.locator("#id_situation").fill("Chez Acme, les délais de livraison explosaient.")
    page.locator("#id_task").fill("Je devais les réduire avant l'été.")
    page.locator("#id_actions").fill("J'ai aidé l'équipe à revoir tout le planning.")
    page.locator("#id_result").fill("Les délais ont nettement baissé.")
    page.locator("#id_tags").fill("planification, logistique")
    page.locator("form button[type=submit]").first.click()
    checks = page.locator("ul.checks")
    checks.wait_for()
    assert checks.locator("li.bad").count() >= 3  # missing parts, no figure, vague verb
    assert "J'ai aidé" in checks.inner_text()
    screenshot("prep-story-check")

    # The pitch estimate follows the typing (htmx), then the version is saved.
    page.goto(f"{live_server.url}/prep/pitch/")
    text = page.locator("#id_text")
    text.fill("Je suis analyste de données.")
    page.wait_for_selector("#pitch-check .duration")
    short = seconds_shown(page)
    text.fill(
        "Je suis analyste de données depuis huit ans dans le commerce. J'aide les enseignes à "
        "éviter les ruptures de stock : 30 % de ruptures en moins en 2023 chez Acme, et deux "
        "jours de travail gagnés chaque mois par les acheteurs grâce à des prévisions simples."
    )
    page.wait_for_function(
        "n => /\\d+/.test(document.querySelector('#pitch-check .duration strong')?.textContent)"
        " && parseInt(document.querySelector('#pitch-check .duration strong').textContent"
        ".match(/\\d+/)[0]) > n",
        arg=short,
    )
    assert seconds_shown(page) > short
    screenshot("prep-pitch-estimate")
    page.locator("form button[type=submit]").first.click()
    assert page.locator("table input[name=a]").count() == 1

    # A WebVTT transcript from a video call.
    transcript = tmp_path / "appel.vtt"
    transcript.write_text(VTT, encoding="utf-8")
    page.goto(f"{live_server.url}/prep/mock/")
    page.locator("#id_title").fill("Simulation avec Claire")
    page.locator("#id_interviewer").fill("Q")
    page.locator("#id_file").set_input_files(str(transcript))
    page.locator("form button[type=submit]").first.click()
    metrics = page.locator("dl.metrics")
    metrics.wait_for()
    assert re.search(r"\d+", metrics.locator("dd").first.inner_text())
    assert page.locator("table tbody tr").count() == 2  # two answers
    screenshot("prep-mock-metrics")

    # A second timed session draws the progress chart, with its figures as a table.
    from datetime import timedelta

    from rebond.accounts.services import local_user
    from rebond.prep.services import mocks

    faster = VTT.replace("Um, ", "").replace("you know, ", "")
    session = MockSession.objects.get()
    mocks.create_session(
        local_user(),
        title="Deuxième essai",
        text=faster,
        held_at=session.held_at + timedelta(days=2),
    )
    page.goto(f"{live_server.url}/prep/mock/")
    chart = page.locator("figure.chart svg[role=img]")
    assert chart.locator("title[id^=prep-chart-title]").count() == 1
    assert chart.locator("desc[id^=prep-chart-desc]").count() == 1
    assert page.locator("table tbody tr").count() == 2
    screenshot("prep-mock-progress")


def test_it_runs_the_centring_ritual_timer_fast(live_server, page, screenshot, django_user_model):
    from rebond.accounts.services import local_user

    user = local_user()
    interview = make_interview(
        user, job_description="Profil recherché :\n- Maîtrise de SQL\n- Gestion de projet"
    )
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/prep/interviews/{interview.pk}/?speed=120")
    timer = page.locator("[data-timer]")
    assert timer.locator("li[data-seconds]").count() == 6
    timer.locator("[data-action=start]").click()
    page.wait_for_function("document.querySelector('[data-timer] li[aria-current=step]') !== null")
    live = timer.locator("[data-timer-live]")
    assert live.inner_text().strip()  # the current step is announced
    screenshot("prep-checklist-timer-running")
    page.wait_for_function(
        "document.querySelector('[data-timer]').dataset.state === 'done'", timeout=15_000
    )
    assert timer.locator("li.is-done").count() == 6
    screenshot("prep-checklist-timer-done")
    page.goto(f"{live_server.url}/prep/interviews/{interview.pk}/brief/")
    screenshot("prep-brief")


def test_it_keeps_the_timer_bar_still_within_a_step_when_motion_is_reduced(
    live_server, page, screenshot
):
    page.emulate_media(reduced_motion="reduce")
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/prep/drill/?speed=20")
    timer = page.locator("[data-timer]")
    timer.locator("[data-action=start]").click()
    page.wait_for_timeout(600)  # about 12 s of the 30 s first step
    bar = timer.locator("[data-timer-bar]")
    assert bar.evaluate("el => el.style.width") == "0%"
    timer.locator("[data-action=pause]").click()
    assert timer.get_attribute("data-state") == "paused"
    clock = timer.locator("[data-timer-clock]").inner_text()
    page.wait_for_timeout(400)
    assert timer.locator("[data-timer-clock]").inner_text() == clock  # paused means paused
    screenshot("prep-drill-paused")
    timer.locator("[data-action=reset]").click()
    assert timer.locator("[data-timer-clock]").inner_text() == "00:30"


@pytest.mark.parametrize("path", ["/prep/", "/prep/pitch/", "/prep/drill/", "/prep/mock/"])
def test_it_fits_a_phone_screen(live_server, page, screenshot, path):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}{path}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    if path == "/prep/pitch/":
        screenshot("prep-pitch-phone")


def test_it_asks_which_speaker_is_you_and_then_measures(live_server, page, screenshot):
    from rebond.accounts.services import local_user
    from rebond.prep.services import mocks

    text = (
        "Claire Martin : Pouvez-vous vous présenter ?\n"
        "Léa Dupont : Je suis contrôleuse de gestion depuis six ans, dans l'industrie.\n"
        "Claire Martin : Pourquoi nous ?\n"
        "Léa Dupont : Parce que votre projet de transformation me parle vraiment."
    )
    session = mocks.create_session(local_user(), title="Entretien blanc", text=text)
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/prep/mock/{session.pk}/")
    expect(
        page.get_by_role("heading", name="Qui êtes-vous dans cette transcription ?")
    ).to_be_visible()
    screenshot("prep-mock-which-speaker-fr")
    page.get_by_role("button", name="Je suis Léa Dupont").click()
    expect(page.get_by_role("heading", name="Votre parole")).to_be_visible()
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("prep-mock-after-choice-fr-phone")
