"""The calendar's privacy choice and the erasure's progress page, as a person sees them: in
French and English, at desktop and phone width (issue 22). The erasure runs in the browser's
flow: confirm, land signed out on the progress page, watch it end with everything gone."""

import re
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.plan.tests.factories import make_action
from rebond.privacy import erasure

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = Path("/tmp/shots-hosted-trust")


def shoot(page, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_calendar_choice_and_erasure_progress(live_server, page, settings, language):
    # Queued (hosted mode's runner), so the page is seen waiting; the test is the worker.
    settings.ERASURE_RUNNER = "queue"
    user = local_user()
    make_action(user, title="Calmer ma peur des entretiens", due_on=timezone.localdate())
    page.set_default_timeout(30_000)  # the first page of a run builds its caches
    page.goto(issue_login_link(live_server.url))
    page.context.add_cookies([{"name": "django_language", "value": language,
                               "url": live_server.url}])  # fmt: skip
    page.goto(f"{live_server.url}/plan/calendar/")
    box = page.locator("input[name=calendar_shows_titles]")
    expect(box).not_to_be_checked()
    shoot(page, f"calendar-{language}")
    box.check()
    page.locator("form[action$='/calendar/titles/'] button").click()
    expect(page.locator("input[name=calendar_shows_titles]")).to_be_checked()

    page.goto(f"{live_server.url}/privacy/")
    word = "EFFACER" if language == "fr" else "ERASE"
    page.locator("input[name=confirmation]").fill(word)
    page.locator("form.privacy-erase button").click()
    expect(page).to_have_url(re.compile(r"/privacy/erasure/"))
    shoot(page, f"erasure-progress-{language}")
    assert erasure.run_pending() == 1
    done = "Votre compte est effacé" if language == "fr" else "Your account is erased"
    expect(page.locator("h1")).to_have_text(done, timeout=30_000)
    shoot(page, f"erasure-done-{language}")
    assert not type(user).objects.filter(pk=user.pk).exists()
