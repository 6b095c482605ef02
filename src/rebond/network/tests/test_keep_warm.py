"""Keep-warm cadence (C6.2), informational-interview steps (C6.3) and the agenda's items."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from rebond.method.network.rules import (
    default_follow_up_on,
    info_follow_up_due,
    info_thanks_due,
    suggested_questions,
)
from rebond.network import services
from rebond.network.agenda import due_items
from rebond.network.models import Contact
from rebond.network.tests import factories

pytestmark = pytest.mark.django_db
ADDED = datetime(2026, 1, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("cadence", "exchanges", "expected_local_day"),
    [
        (None, [], date(2026, 4, 10)),  # default: a quarter after the contact was added
        (1, [], date(2026, 2, 10)),
        (6, [], date(2026, 7, 10)),
        (None, [datetime(2026, 3, 1, 9, tzinfo=UTC)], date(2026, 6, 1)),  # resets on exchange
        # An older exchange logged late never pulls the date back.
        (None, [datetime(2026, 3, 1, 9, tzinfo=UTC), datetime(2026, 2, 1, 9, tzinfo=UTC)],
         date(2026, 6, 1)),
        (2, [datetime(2026, 12, 31, 23, 30, tzinfo=UTC)], date(2027, 3, 1)),  # Paris: Jan 1st
    ],
)  # fmt: skip
def test_it_counts_the_next_check_in_from_the_last_real_exchange(
    owner, cadence, exchanges, expected_local_day
):
    with time_machine.travel(ADDED, tick=False):
        person = factories.contact(owner, cadence_months=cadence)
    for moment in exchanges:
        services.log_interaction(person, summary="News", occurred_at=moment)
    person.refresh_from_db()
    local = person.due_at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Paris"))
    assert (local.date(), local.hour) == (expected_local_day, 9)


def test_it_moves_the_check_in_when_the_cadence_changes(owner):
    with time_machine.travel(ADDED, tick=False):
        person = factories.contact(owner)
    services.update_contact(person, cadence_months=12)
    assert person.due_at.date() == date(2027, 1, 10)
    services.update_contact(person, keep_warm=False)
    assert person.due_at is None


def test_it_lists_only_people_due_the_longest_waiting_first(owner, other):
    with time_machine.travel(ADDED, tick=False):
        early = factories.contact(owner, first_name="A", cadence_months=1)
        late = factories.contact(owner, first_name="B", cadence_months=2)
        factories.contact(owner, first_name="C")  # April: not due yet
        factories.contact(owner, first_name="D", cadence_months=1, keep_warm=False)
        factories.contact(other, first_name="E", cadence_months=1)
    due = services.due_contacts(owner, datetime(2026, 3, 20, tzinfo=UTC))
    assert list(due) == [early, late]


def test_it_turns_interviewers_into_linked_contacts_once(owner):
    interview = factories.interview(owner)
    lea = services.contact_from_interviewer(interview, "Léa Martin", "head of data")
    again = services.contact_from_interviewer(interview, "Lea  Martin", "")
    assert again == lea
    assert (lea.kind, lea.company_name, lea.interview, lea.company.name) == (
        "interviewer", "Doctolib", interview, "Doctolib"
    )  # fmt: skip
    assert Contact.objects.for_user(owner).count() == 1


@pytest.mark.parametrize(
    ("held_utc", "expected_due", "expected_end"),
    [
        # Evening call in Paris: thanks from 9:00 next morning, within 24 h of the call.
        (datetime(2026, 4, 2, 19, 30, tzinfo=UTC), "2026-04-03T07:00", "2026-04-03T19:30"),
        # Afternoon call: right away, same 24 h window.
        (datetime(2026, 4, 2, 13, 0, tzinfo=UTC), "2026-04-02T13:00", "2026-04-03T13:00"),
    ],
)
def test_it_times_the_summary_and_thanks(held_utc, expected_due, expected_end):
    item = info_thanks_due(held_utc, "Europe/Paris")
    assert item.due_at.strftime("%Y-%m-%dT%H:%M") == expected_due
    assert item.window_end.strftime("%Y-%m-%dT%H:%M") == expected_end
    assert info_thanks_due(held_utc, "Europe/Paris", thanks_sent=True) is None


def test_it_offers_a_follow_up_three_weeks_after_the_call():
    held = datetime(2026, 4, 2, 22, 30, tzinfo=UTC)  # already April 3rd in Paris
    assert default_follow_up_on(held, "Europe/Paris") == date(2026, 4, 24)
    assert info_follow_up_due(date(2026, 4, 24), "UTC", done=True) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_suggests_three_questions_per_goal(lang):
    assert len(suggested_questions("close_gap", lang)) == 3
    assert suggested_questions("unknown", lang) == suggested_questions("explore_role", lang)


def test_it_puts_every_network_step_on_the_agenda(owner):
    now = datetime(2026, 11, 20, 10, tzinfo=UTC)
    with time_machine.travel(datetime(2026, 8, 1, tzinfo=UTC), tick=False):
        person = factories.contact(owner)  # check-in due November 1st: overdue
    info = factories.info(person, scheduled_at=datetime(2026, 11, 21, 14, tzinfo=UTC))
    held = factories.info(person, topic="pricing", scheduled_at=datetime(2026, 11, 18, tzinfo=UTC))
    services.record_info_interview(held, notes="", key_points="Start small", next_step="",
                                   held_at=datetime(2026, 11, 18, 10, tzinfo=UTC))  # fmt: skip
    with time_machine.travel(now, tick=False):
        plan = factories.rejected_plan(owner)
        items = due_items(owner, now, "Europe/Paris")
    kinds = sorted((i.kind, i.reference) for i in items)
    assert kinds == sorted([
        ("info_interview", f"network.info:{info.pk}"),
        ("info_thanks", f"network.info:{held.pk}"),
        ("info_follow_up", f"network.info:{held.pk}"),
        ("connect_after_rejection", f"network.company:{plan.pk}"),
    ])  # fmt: skip
    # Recording the call counted as an exchange: the contact's check-in moved to February.
    person.refresh_from_db()
    assert person.due_at.date() == date(2027, 2, 18)
    assert all(i.title and i.url for i in items)


def test_it_opens_the_re_apply_window_once_the_gap_is_closed(owner):
    rejected = datetime(2026, 6, 1, 10, tzinfo=UTC)
    with time_machine.travel(rejected, tick=False):
        plan = factories.rejected_plan(owner)
    later = datetime(2026, 9, 1, 10, tzinfo=UTC)
    assert "reapply" not in {i.kind for i in due_items(owner, later, "Europe/Paris")}
    services.close_gap(plan, "Cloud certificate passed", at=datetime(2026, 8, 20, 12, tzinfo=UTC))
    reapply = [i for i in due_items(owner, later, "Europe/Paris") if i.kind == "reapply"]
    assert reapply[0].due_at == datetime(2026, 8, 20, 12, tzinfo=UTC)
    with pytest.raises(ValueError):
        services.close_gap(plan, "  ")
