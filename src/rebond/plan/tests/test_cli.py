"""`rebond plan | done | review | ics | today` on the local person's data."""

import json

import pytest
from django.utils import timezone, translation
from icalendar import Calendar
from typer.testing import CliRunner

from rebond.accounts.services import local_user
from rebond.cli import app
from rebond.plan.models import Action
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db
runner = CliRunner()


def rebond(*args: str):
    return runner.invoke(app, list(args))


def test_it_lists_the_plan_and_closes_an_action_with_evidence():
    action = make_action(local_user(), title="Three informational interviews", target="3")
    make_action(local_user(), title="Old one", status="done")
    table = rebond("plan").stdout
    assert "Three informational interviews (3)" in table and "Old one" not in table
    body = json.loads(rebond("plan", "--all", "--json").stdout)
    assert {a["title"] for a in body} == {"Three informational interviews", "Old one"}
    result = rebond("done", str(action.pk), "--evidence", "Met Ana, Léo and Sam")
    assert result.exit_code == 0, result.output
    assert Action.objects.get(pk=action.pk).evidence == "Met Ana, Léo and Sam"
    assert rebond("done", "999999", "--evidence", "x").exit_code == 2
    assert rebond("done", str(action.pk), "--evidence", " ").exit_code == 2


def test_it_prints_a_review_as_markdown():
    make_action(local_user(), title="Pitch rehearsed", status="done")
    text = rebond("review", "weekly").stdout
    assert text.startswith("# ") and "Pitch rehearsed" in text
    assert rebond("review", "yearly").exit_code == 2
    assert json.loads(rebond("review", "quarterly", "--json").stdout)["cadence"] == "quarterly"


def test_it_writes_a_calendar_that_parses():
    person = local_user()
    person.calendar_shows_titles = True  # off by default: "Rebond action" (see test_feed)
    person.save()
    make_action(person, title="Send the portfolio", due_on=timezone.localdate())
    result = rebond("ics")
    calendar = Calendar.from_ical(result.stdout_bytes)
    assert "Send the portfolio" in [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]


@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "Find well-targeted openings"), ("fr", "Repérer des offres ciblées")],
)
def test_it_speaks_the_persons_chosen_language(language, title):
    # No interface is looking: the agenda speaks the language the person chose, not Django's
    # default (an English-content person used to read French titles here).
    person = local_user()
    person.content_language = language
    person.save()
    assert title in rebond("today").stdout
    calendar = Calendar.from_ical(rebond("ics").stdout_bytes)
    assert title in [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert translation.get_language() == "fr"  # and only for the command: nothing leaks out


def test_it_prints_today():
    make_action(local_user(), title="Due today", due_on=timezone.localdate())
    assert "Due today" in rebond("today").stdout
    body = json.loads(rebond("today", "--json").stdout)
    assert body["next_action"]["title"] == "Due today"
