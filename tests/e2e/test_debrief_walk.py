"""The debrief walked the way a tester does (issue 19): every step, in French and in English, at
laptop (1280 px) and phone (390 px) width, with a screenshot of each (`debrief-walk-*`). The
checks are about layout: nothing wider than the page, checkboxes on their label's line,
legends inside their border, selects wide enough for their longest option."""

from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.debrief.services import flow
from rebond.jobs import services as jobs
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db(transaction=True)
WIDTHS = {"laptop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
STEPS = ("checkin", "reset", "cooldown", "columns", "causes", "replay", "summary")

# Elements wider than their box, or boxes wider than the page (JS run in the page).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  const scrolls = (el) => el.closest(".table-wrap, details:not([open])");
  for (const el of document.querySelectorAll("main *")) {
    if (scrolls(el) || !el.checkVisibility()) continue;
    const box = el.getBoundingClientRect();
    if (box.width && box.right > width + 1) found.push(el.tagName + "." + el.className);
  }
  for (const select of document.querySelectorAll("main select")) {
    const probe = document.createElement("span");
    probe.style.cssText = "position:absolute;visibility:hidden;white-space:nowrap;font:"
      + getComputedStyle(select).font;
    document.body.append(probe);
    for (const option of select.options) {
      probe.textContent = option.text;
      // 2.2rem for the arrow and the padding.
      if (probe.getBoundingClientRect().width + 30 > select.clientWidth) {
        found.push("select " + select.name + " cuts " + option.text);
      }
    }
    probe.remove();
  }
  return found;
}"""

CHECKBOXES = """() => [...document.querySelectorAll("main input[type=checkbox]")].filter((box) => {
  const label = box.closest("label") || document.querySelector(`label[for="${box.id}"]`);
  if (!label) return true;
  const a = box.getBoundingClientRect();
  const text = document.createRange();
  text.selectNodeContents(label);
  const b = [...text.getClientRects()].find((r) => r.width > 20) || label.getBoundingClientRect();
  const apart = Math.abs(a.top + a.height / 2 - (b.top + b.height / 2));
  return !(a.right <= b.left + 2 && apart < b.height);
}).map((box) => box.name + "=" + box.value)"""

LEGENDS = """() => [...document.querySelectorAll("main fieldset > legend")].filter((legend) => {
  const a = legend.getBoundingClientRect();
  const b = legend.parentElement.getBoundingClientRect();
  return a.top < b.top + 2;
}).map((legend) => legend.textContent.trim().slice(0, 40))"""


def _language(page, live_server, lang: str) -> None:
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": lang, "domain": host, "path": "/"}]
    )


def _fill(debrief, user, lang: str) -> None:
    """What a person would have written by the end, so each page shows its filled state."""
    flow.save_checkin(debrief, user, {"emotion": "disappointment", "intensity": 6}, lang)
    flow.save_fields(debrief, {"reset_fact": "SQL 5 ans / 5 years of SQL", "facts": "45 min"})
    causes = flow.method.guide(lang)["causes"]
    flow.save_causes(
        debrief,
        [
            (causes["structural"][1], "external", "structural"),
            ("SQL", "controllable", "improvable"),
        ],
    )
    flow.save_replay(
        debrief,
        [
            {"question": "Parlez-moi de vous", "mark": "too_long", "short_version": "Analyste."},
            {"question": "Pourquoi Globex ?", "mark": "strong", "long_version": "mot " * 180},
        ],
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_debrief_step_is_finished_at_both_widths(live_server, page, screenshot, lang):
    user = local_user()
    application = make_application(user, company="Globex", stages=("interview_1",))
    jobs.log_interview(
        application,
        scheduled_at=timezone.now() - timedelta(days=2),
        questions="Parlez-moi de vous\nPourquoi Globex ?",
    )
    # The French walk is the tester's: a "no" with a reason. The English one came without.
    reason = "Profil SQL trop léger pour le poste." if lang == "fr" else ""
    jobs.close_application(application, reason=reason)
    debrief = flow.start(user, application)
    _fill(debrief, user, lang)
    _language(page, live_server, lang)
    page.goto(issue_login_link(live_server.url))

    problems = {}
    for n, key in enumerate(STEPS, start=1):
        for width, size in WIDTHS.items():
            page.set_viewport_size(size)
            page.goto(f"{live_server.url}/debrief/{debrief.pk}/{key}/")
            expect(page.locator("h1")).to_be_visible()
            page.wait_for_load_state("load")
            screenshot(f"debrief-walk-{lang}-{width}-{n}-{key}")
            for name, script in (("overflow", OVERFLOW), ("checkbox", CHECKBOXES)):
                found = page.evaluate(script)
                if found:
                    problems[f"{key} {width} {name}"] = found
            found = page.evaluate(LEGENDS)
            if found:
                problems[f"{key} {width} legend"] = found
    for width, size in WIDTHS.items():
        page.set_viewport_size(size)
        page.goto(f"{live_server.url}/debrief/{debrief.pk}/")
        screenshot(f"debrief-walk-{lang}-{width}-8-summary-page")
        page.goto(f"{live_server.url}/debrief/")
        screenshot(f"debrief-walk-{lang}-{width}-0-home")
    assert not problems, problems


def test_the_pacer_says_what_the_timer_is_doing(live_server, page, screenshot):
    user = local_user()
    application = make_application(user, stages=("interview_1",))
    jobs.close_application(application)
    debrief = flow.start(user, application)
    _language(page, live_server, "en")
    page.goto(issue_login_link(live_server.url))
    page.clock.install()
    page.goto(f"{live_server.url}/debrief/{debrief.pk}/reset/")
    pacer = page.locator("[data-pacer]")
    label = pacer.locator("[data-pacer-label]")
    timer = page.locator("[data-timer]")

    expect(label).to_have_text("Start the timer to follow the pacer")
    screenshot("debrief-walk-pacer-idle")
    timer.get_by_role("button", name="Start").click()
    page.clock.run_for(2_000)
    expect(label).to_have_text("Breathe in")
    screenshot("debrief-walk-pacer-breathing")
    timer.get_by_role("button", name="Pause").click()
    expect(pacer).to_have_attribute("data-phase", "paused")
    expect(label).to_have_text("Paused. Resume the timer when you are ready.")
    screenshot("debrief-walk-pacer-paused")
    timer.get_by_role("button", name="Resume").click()
    page.clock.run_for(3_000)
    expect(label).to_have_text("Breathe out")
    page.clock.run_for(180_000)  # the three minutes of breathing are over, the timer runs on
    expect(timer).to_have_attribute("data-state", "running")
    expect(pacer).to_have_attribute("data-phase", "after")
    expect(label).to_have_text("Breathing done. Go on with the next steps at your own pace.")
    screenshot("debrief-walk-pacer-after")
    page.clock.run_for(420_000)
    expect(timer).to_have_attribute("data-state", "done")
    expect(label).to_have_text("The ten minutes are over. Well done.")
    screenshot("debrief-walk-pacer-done")
    timer.get_by_role("button", name="Reset").click()
    expect(label).to_have_text("Start the timer to follow the pacer")


def test_the_replay_times_a_rewrite_while_it_is_typed(live_server, page, screenshot):
    user = local_user()
    application = make_application(user, stages=("interview_1",))
    jobs.close_application(application)
    debrief = flow.start(user, application)
    _language(page, live_server, "fr")
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/debrief/{debrief.pk}/replay/")
    page.wait_for_load_state("load")
    short = page.locator("#id_replay-0-short_version")
    line = page.locator("#id_replay-0-short_version-length")
    expect(line).to_be_hidden()

    short.press_sequentially("Je veux aider Globex à grandir")
    expect(line).to_be_visible()
    expect(line).to_have_attribute("data-state", "short")
    expect(line).to_contain_text("Trop court")
    expect(line).to_contain_text("Aucun chiffre")
    short.fill(" ".join(["mot"] * 45) + " et 30 % de délais en moins")  # 50 words: 20 s
    expect(line).to_have_attribute("data-state", "ok")
    expect(line).to_contain_text("20,4 s")
    long = page.locator("#id_replay-0-long_version-length")
    page.locator("#id_replay-0-long_version").fill(" ".join(["mot"] * 300))
    expect(long).to_have_attribute("data-state", "long")
    # Nothing was sent: the field still has the focus, the page's own check is untouched.
    expect(page.locator(".version-check")).to_have_count(0)
    screenshot("debrief-walk-replay-live-length")
