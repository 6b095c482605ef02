"""The caseload's pure rules: each signal, its threshold from the playbook, shared data only."""

from __future__ import annotations

import doctest
from datetime import UTC, datetime, timedelta

import pytest

from rebond.method import caseload
from rebond.method.caseload import Facts, Kind, Thresholds, signals
from rebond.method.playbook import PlaybookError, rules

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)
EVERYTHING = frozenset({"applications", "plan", "journal"})


def kinds(facts: Facts, limits: Thresholds | None = None) -> list[str]:
    return [s.kind.value for s in signals(facts, NOW, limits or Thresholds())]


def test_the_doctests_hold():
    assert doctest.testmod(caseload).failed == 0


def test_the_thresholds_are_the_playbook_numbers():
    assert caseload.thresholds() == caseload.read_thresholds(rules()["caseload"])
    with pytest.raises(PlaybookError, match="page_size"):
        caseload.read_thresholds({**rules()["caseload"], "page_size": "50"})


def test_a_final_round_rejection_with_a_falling_mood_outranks_overdue_actions():
    facts = Facts(
        shared=EVERYTHING,
        rejected_at=NOW - timedelta(days=1),
        rejected_stage="final",
        overdue=2,
        moods=((NOW - timedelta(days=5), 7), (NOW - timedelta(hours=1), 2)),
        last_activity=NOW,
    )
    assert kinds(facts) == ["rejection", "mood", "overdue"]


def test_a_rejection_and_an_interview_tomorrow_and_an_offer():
    facts = Facts(
        shared=EVERYTHING,
        rejected_at=NOW - timedelta(days=3),
        next_interview=NOW + timedelta(days=1),
        offer_at=NOW - timedelta(hours=3),
        last_activity=NOW,
    )
    assert kinds(facts) == ["rejection", "interview", "offer"]


def test_old_events_and_far_interviews_raise_nothing():
    facts = Facts(
        shared=EVERYTHING,
        rejected_at=NOW - timedelta(days=8),
        next_interview=NOW + timedelta(days=8),
        offer_at=NOW - timedelta(days=15),
        last_activity=NOW - timedelta(days=13),
    )
    assert kinds(facts) == []


def test_idle_counts_from_the_last_activity_or_the_first_share():
    assert kinds(Facts(shared=EVERYTHING, last_activity=NOW - timedelta(days=14))) == ["idle"]
    assert kinds(Facts(shared=EVERYTHING, shared_since=NOW - timedelta(hours=1))) == []
    assert kinds(Facts(shared=EVERYTHING, shared_since=NOW - timedelta(days=30))) == ["idle"]
    assert (
        kinds(
            Facts(shared=EVERYTHING, last_activity=NOW - timedelta(days=20)),
            Thresholds(idle_days=30),
        )
        == []
    )


def test_an_unshared_section_raises_no_signal():
    facts = Facts(
        shared=frozenset({"plan"}),
        rejected_at=NOW - timedelta(days=1),
        next_interview=NOW + timedelta(days=1),
        moods=((NOW - timedelta(days=5), 9), (NOW, 1)),
        last_activity=NOW,
    )
    assert kinds(facts) == []


def test_not_signed_up_and_sharing_nothing():
    assert kinds(Facts(signed_up=False, invited_at=NOW - timedelta(days=2))) == ["not_signed_up"]
    assert kinds(Facts()) == ["shares_nothing"]


def test_people_without_a_signal_sort_last():
    assert caseload.urgency(()) > caseload.urgency((caseload.Signal(Kind.NOT_SIGNED_UP),))
