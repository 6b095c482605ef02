from datetime import UTC, datetime, timedelta

import pytest

from rebond.method.caseload import is_away, is_stuck, signals

NOW = datetime(2026, 3, 1, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("last_seen", "joined", "expected"),
    [
        (NOW - timedelta(days=13), NOW - timedelta(days=90), False),
        (NOW - timedelta(days=14), NOW - timedelta(days=90), True),
        (None, NOW - timedelta(days=3), False),
        (None, NOW - timedelta(days=20), True),
    ],
)
def test_it_calls_away_after_two_weeks(last_seen, joined, expected):
    assert is_away(last_seen, joined, NOW) is expected


@pytest.mark.parametrize(
    ("last_progress", "open_count", "expected"),
    [
        (NOW - timedelta(days=20), 3, False),
        (NOW - timedelta(days=21), 3, True),
        (None, 0, True),
        (None, 2, False),
    ],
)
def test_it_calls_stuck_after_three_weeks_without_a_move(last_progress, open_count, expected):
    assert is_stuck(last_progress, open_count, NOW) is expected


def test_it_never_calls_stuck_from_data_that_was_not_shared():
    found = signals(now=NOW, joined=NOW, last_seen=NOW, last_progress=None, progress_shared=False)
    assert not found.stuck and not found.needs_attention
    assert signals(now=NOW, joined=NOW, last_seen=NOW, overdue=2).needs_attention
