"""The calendar feed (C5.5): a private, revocable, read-only URL, and a one-off download."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar
from tests.hosted.conftest import _static_without_manifest  # noqa: F401 - pages in hosted mode

from rebond.plan import feed
from rebond.plan.models import FeedToken
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db


def show_titles(person) -> None:
    person.calendar_shows_titles = True
    person.save(update_fields=["calendar_shows_titles"])


def events(body: bytes) -> dict[str, object]:
    calendar = Calendar.from_ical(body)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_it_serves_the_feed_without_login_to_whoever_has_the_secret(client, owner):
    owner.time_zone = "America/New_York"
    owner.save()
    show_titles(owner)
    make_action(owner, title="Rewrite the pitch", due_on=date(2030, 5, 6), target="5 rehearsals")
    token = feed.issue_token(owner)
    response = client.get(f"/plan/feed/{token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    found = events(response.content)
    pitch = next(e for uid, e in found.items() if uid.startswith("action-"))
    start = pitch.decoded("DTSTART")
    assert (start.hour, str(start.tzinfo), start.date()) == (
        9,
        "America/New_York",
        date(2030, 5, 6),
    )
    assert "5 rehearsals" in str(pitch["DESCRIPTION"])
    assert pitch.walk("VALARM")[0].decoded("TRIGGER") == -timedelta(minutes=15)
    assert Calendar.from_ical(response.content).walk("VTIMEZONE")
    routine = found["routine-sourcing@rebond"]
    assert routine["RRULE"]["FREQ"] == ["DAILY"]
    assert FeedToken.objects.get().last_fetched_at is not None


def test_it_answers_404_to_a_wrong_or_revoked_secret(client, owner):
    token = feed.issue_token(owner)
    assert client.get("/plan/feed/not-the-secret.ics").status_code == 404
    newer = feed.issue_token(owner)  # a new link replaces the old one
    assert client.get(f"/plan/feed/{token}.ics").status_code == 404
    assert client.get(f"/plan/feed/{newer}.ics").status_code == 200
    feed.revoke(owner)
    assert client.get(f"/plan/feed/{newer}.ics").status_code == 404


def test_it_stores_only_a_hash_of_the_secret(owner):
    token = feed.issue_token(owner)
    stored = FeedToken.objects.get()
    assert token not in stored.digest and stored.digest == FeedToken.hash(token)


def test_it_lists_nothing_of_another_person(client, owner, other):
    show_titles(owner)
    show_titles(other)
    make_action(other, title="Other's secret plan", due_on=timezone.localdate())
    make_action(owner, title="Mine", due_on=timezone.localdate())
    body = client.get(f"/plan/feed/{feed.issue_token(owner)}.ics").content.decode()
    assert "Mine" in body and "Other's secret plan" not in body


def test_it_makes_the_link_once_then_shows_only_that_it_exists(owner_client, owner):
    response = owner_client.post("/plan/calendar/link/")
    assert response.url == "/plan/calendar/"
    first = owner_client.get("/plan/calendar/").content.decode()
    assert "/plan/feed/" in first
    second = owner_client.get("/plan/calendar/").content.decode()
    assert "/plan/feed/" not in second
    owner_client.post("/plan/calendar/revoke/")
    assert feed.active_token(owner) is None


def test_it_offers_a_one_off_download(owner_client, owner):
    show_titles(owner)
    make_action(owner, title="Download me", due_on=timezone.localdate() + timedelta(days=1))
    response = owner_client.get("/plan/agenda.ics")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert any(str(e["SUMMARY"]) == "Download me" for e in events(response.content).values())


def test_it_parses_with_a_second_independent_reader(client, owner):
    vobject = pytest.importorskip("vobject")
    show_titles(owner)
    make_action(owner, title="Café avec Léa", due_on=timezone.localdate() + timedelta(days=2))
    body = client.get(f"/plan/feed/{feed.issue_token(owner)}.ics").content.decode()
    calendar = vobject.readOne(body, validate=True)
    summaries = [event.summary.value for event in calendar.vevent_list]
    assert "Café avec Léa" in summaries
    routine = next(e for e in calendar.vevent_list if e.uid.value == "routine-sourcing@rebond")
    assert routine.rrule.value == "FREQ=DAILY"
    assert routine.dtstart.value.tzinfo is not None


def test_it_falls_back_to_the_default_zone_for_an_unknown_one(client, owner):
    owner.time_zone = "Mars/Olympus"
    owner.save()
    response = client.get(f"/plan/feed/{feed.issue_token(owner)}.ics")
    assert response.status_code == 200
    assert b"X-WR-TIMEZONE:Europe/Paris" in response.content


def test_the_subscription_speaks_the_persons_language_not_the_calendar_programs(client, owner):
    owner.content_language = "en"
    owner.save()
    token = feed.issue_token(owner)
    response = client.get(f"/plan/feed/{token}.ics", HTTP_ACCEPT_LANGUAGE="fr")
    titles = [str(e["SUMMARY"]) for e in events(response.content).values()]
    assert "Find well-targeted openings" in titles


def _action_events(body: bytes) -> list:
    return [e for uid, e in events(body).items() if uid.startswith("action-")]


@pytest.mark.parametrize(
    ("language", "neutral"), [("fr", "Action Rebond"), ("en", "Rebond action")]
)
def test_without_opt_in_the_feed_names_no_action(client, owner, language, neutral):
    owner.content_language = language
    owner.save()
    make_action(owner, title="Calmer ma peur", due_on=timezone.localdate(), target="3 appels")
    body = client.get(f"/plan/feed/{feed.issue_token(owner)}.ics").content
    (event,) = _action_events(body)
    assert str(event["SUMMARY"]) == neutral
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == neutral
    text = body.decode()
    assert "peur" not in text and "3 appels" not in text
    assert "/plan/actions/" in str(event["URL"])  # the link still leads to it (after sign-in)


def test_without_opt_in_the_download_names_no_action_either(owner_client, owner):
    make_action(owner, title="Calmer ma peur", due_on=timezone.localdate())
    body = owner_client.get("/plan/agenda.ics").content
    assert "peur" not in body.decode()
    assert [str(e["SUMMARY"]) for e in _action_events(body)] in (
        ["Rebond action"],
        ["Action Rebond"],
    )


def test_the_person_opts_in_on_the_calendar_page(owner_client, owner, client):
    assert owner.calendar_shows_titles is False
    make_action(owner, title="Calmer ma peur", due_on=timezone.localdate())
    page = owner_client.get("/plan/calendar/").content.decode()
    assert 'name="calendar_shows_titles"' in page
    response = owner_client.post("/plan/calendar/titles/", {"calendar_shows_titles": "on"})
    assert response.status_code == 302
    owner.refresh_from_db()
    assert owner.calendar_shows_titles is True
    body = client.get(f"/plan/feed/{feed.issue_token(owner)}.ics").content
    assert [str(e["SUMMARY"]) for e in _action_events(body)] == ["Calmer ma peur"]
    owner_client.post("/plan/calendar/titles/", {})  # unticked: off again
    owner.refresh_from_db()
    assert owner.calendar_shows_titles is False
