"""A coach's tools in the browser (hosted pages): a private note, a comment on an application
the seeker answers from the application's page, an action the coach proposes and the seeker
adds to their plan from Today. In French and in English, at 1280 and 390 px."""

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link
from rebond.coaching.choices import Role, Section
from rebond.coaching.models import Note
from rebond.coaching.tests.factories import join, make_organisation, share
from rebond.jobs.tests.factories import make_application
from rebond.plan.models import Action

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "fr": {
        "notes": "Mes notes privées",
        "proposals": "Actions proposées",
        "from_coach": "De la part de votre coach",
        "accepted": "Ajoutée au plan",
    },
    "en": {
        "notes": "My private notes",
        "proposals": "Proposed actions",
        "from_coach": "From your coach",
        "accepted": "Accepted into the plan",
    },
}


def sign_in(page, live_server, settings, user, lang) -> None:
    # One-time links are local mode's; the pages visited afterwards are the hosted ones.
    page.context.clear_cookies()
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": lang, "domain": host, "path": "/"}]
    )
    settings.LOCAL_MODE = True
    page.goto(issue_login_link(live_server.url, user))
    settings.LOCAL_MODE = False


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_coach_notes_comments_and_proposes_and_the_seeker_answers(
    live_server, page, screenshot, settings, django_user_model, lang
):
    from cryptography.fernet import Fernet

    settings.LOCAL_MODE = False  # coaching pages exist in hosted mode only
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    words = WORDS[lang]
    lea = django_user_model.objects.create(username="lea", first_name="Léa")
    coach = django_user_model.objects.create(username="nadia", first_name="Nadia")
    organisation = make_organisation()
    join(lea, organisation)
    join(coach, organisation, Role.COACH)
    share(lea, coach, Section.APPLICATIONS, Section.PLAN)
    application = make_application(lea)

    def shots(name: str) -> None:
        page.set_viewport_size({"width": 1280, "height": 900})
        screenshot(f"coaching-tools-{name}-{lang}-1280")
        page.set_viewport_size({"width": 390, "height": 844})
        screenshot(f"coaching-tools-{name}-{lang}-390")
        page.set_viewport_size({"width": 1280, "height": 900})

    # The coach: a private note, then a proposed action, on the person's page.
    sign_in(page, live_server, settings, coach, lang)
    page.goto(f"{live_server.url}/coaching/people/{lea.pk}/")
    expect(page.get_by_role("heading", name=words["notes"])).to_be_visible()
    page.locator("#note-text").fill("Seems tired, ask about sleep next time")
    page.locator("#notes button[type=submit]").last.click()
    expect(page.get_by_text("Seems tired, ask about sleep next time")).to_be_visible()
    page.locator("#proposals input[name=title]").fill("Call three alumni of Acme")
    page.locator("#proposals input[name=due_on]").fill("2030-01-15")
    page.locator("#proposals button[type=submit]").click()
    expect(page.locator("#proposals li")).to_have_count(1)
    shots("coach-person")

    # ... then a comment on the application, in the shared section.
    page.goto(f"{live_server.url}/coaching/people/{lea.pk}/applications/")
    item = page.locator(f'[data-key="applications:{application.pk}"]')
    item.locator(".coaching-comment-area summary").click()
    item.locator(".coaching-comment-area textarea").fill("Did you send the follow-up")
    item.locator(".coaching-comment-area button[type=submit]").click()
    expect(page.locator(".coaching-thread")).to_contain_text("Did you send the follow-up")

    # The seeker: Today shows the comment and the proposal; answers from the application page.
    sign_in(page, live_server, settings, lea, lang)
    page.goto(f"{live_server.url}/plan/today/")
    news = page.locator("section", has=page.get_by_role("heading", name=words["from_coach"]))
    expect(news).to_contain_text("Did you send the follow-up")
    expect(news).to_contain_text("Call three alumni of Acme")
    assert "Seems tired" not in page.content()
    shots("seeker-today")
    news.get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(rf"/applications/{application.pk}/#comment-\d+$"))
    page.locator(".coaching-reply textarea").fill("Yes, on Monday morning")
    page.locator(".coaching-reply button[type=submit]").click()
    expect(page.locator(".coaching-thread")).to_contain_text("Yes, on Monday morning")
    shots("seeker-application")
    page.goto(f"{live_server.url}/coaching/sharing/")
    expect(page.locator(".coaching-thread")).to_contain_text("Yes, on Monday morning")
    shots("seeker-sharing")
    page.goto(f"{live_server.url}/plan/today/")
    page.locator(".coaching-proposals form").first.locator("button").click()
    titles = [action.title for action in Action.objects.filter(user=lea)]  # encrypted at rest
    assert titles.count("Call three alumni of Acme") == 1
    page.goto(f"{live_server.url}/plan/")
    expect(page.get_by_text("Call three alumni of Acme").first).to_be_visible()

    # The coach sees the answer next to the item, and the proposal accepted.
    sign_in(page, live_server, settings, coach, lang)
    page.goto(f"{live_server.url}/coaching/people/{lea.pk}/applications/")
    expect(page.locator(".coaching-thread")).to_contain_text("Yes, on Monday morning")
    shots("coach-section")
    page.goto(f"{live_server.url}/coaching/people/{lea.pk}/")
    expect(page.locator("#proposals")).to_contain_text(words["accepted"])
    assert Note.objects.count() == 1
