"""Weekly, monthly and quarterly reviews, and the daily timebox."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from itertools import pairwise

import pytest

from rebond.method.agenda.reviews import (
    daily_timebox,
    monthly_review_due,
    quarterly_milestone_due,
    timebox_progress,
    weekly_review_due,
)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


WEDNESDAY = utc(2026, 3, 4, 12)  # 4 March 2026


@pytest.mark.parametrize(
    ("last_done", "weekday", "tz", "due"),
    [
        (None, None, "UTC", utc(2026, 3, 6, 9)),
        (None, "wednesday", "UTC", utc(2026, 3, 4, 9)),  # today's slot, even if 9:00 passed
        (None, "Monday", "UTC", utc(2026, 3, 9, 9)),
        # done on Friday -> next Friday
        (utc(2026, 2, 27, 16), None, "UTC", utc(2026, 3, 6, 9)),
        # done a day late (Saturday) -> it covered that Friday; next one this Friday
        (utc(2026, 2, 28, 10), None, "UTC", utc(2026, 3, 6, 9)),
        # done a day early (Thursday 5 March) -> it covers this Friday; next one the 13th
        (utc(2026, 3, 5, 10), None, "UTC", utc(2026, 3, 13, 9)),
        # last done three weeks ago -> the slot after it is in the past (overdue)
        (utc(2026, 2, 6, 10), None, "UTC", utc(2026, 2, 13, 9)),
        # New York: Friday 6 March is still EST (9:00 = 14:00 UTC) ...
        (None, None, "America/New_York", utc(2026, 3, 6, 14)),
        # ... the next Friday is after the change to EDT (9:00 = 13:00 UTC)
        (utc(2026, 3, 6, 20), None, "America/New_York", utc(2026, 3, 13, 13)),
        # Sydney: 23:00 UTC Friday is already Saturday there -> it covered that Friday
        (utc(2026, 3, 6, 23), None, "Australia/Sydney", utc(2026, 3, 12, 22)),
    ],
)
def test_it_schedules_the_weekly_review_on_the_chosen_weekday(
    last_done: datetime | None, weekday: str | None, tz: str, due: datetime
) -> None:
    found = weekly_review_due(WEDNESDAY, tz, last_done_at=last_done, weekday=weekday)
    assert (found.kind, found.title_key, found.due_at) == ("weekly_review", "weekly_review", due)


def test_it_rejects_an_unknown_weekday() -> None:
    with pytest.raises(ValueError, match="weekday"):
        weekly_review_due(WEDNESDAY, "UTC", weekday="vendredi")


@pytest.mark.parametrize(
    ("now", "last_done", "tz", "due"),
    [
        (utc(2026, 1, 10), None, "UTC", utc(2026, 1, 30, 9)),  # 31 Jan is a Saturday
        (utc(2026, 1, 31, 12), None, "UTC", utc(2026, 2, 27, 9)),  # past January's slot
        (utc(2026, 2, 1), utc(2026, 1, 30, 17), "UTC", utc(2026, 2, 27, 9)),
        # done on 2 February: nearest slot was 30 January -> next is February's
        (utc(2026, 2, 3), utc(2026, 2, 2, 17), "UTC", utc(2026, 2, 27, 9)),
        (utc(2028, 2, 3), None, "UTC", utc(2028, 2, 29, 9)),  # leap day, a Tuesday
        (utc(2026, 5, 3), None, "UTC", utc(2026, 5, 29, 9)),  # 31 May is a Sunday
        (utc(2026, 12, 1), None, "UTC", utc(2026, 12, 31, 9)),
        (utc(2026, 3, 2), None, "Europe/Paris", utc(2026, 3, 31, 7)),  # after DST: CEST
        (utc(2026, 4, 2), None, "Australia/Sydney", utc(2026, 4, 29, 23)),  # AEST
        # missed for two months -> the slot after the last one done is overdue
        (utc(2026, 6, 10), utc(2026, 3, 31, 9), "UTC", utc(2026, 4, 30, 9)),
    ],
)
def test_it_schedules_the_monthly_review_on_the_last_working_day(
    now: datetime, last_done: datetime | None, tz: str, due: datetime
) -> None:
    assert monthly_review_due(now, tz, last_done_at=last_done).due_at == due


@pytest.mark.parametrize(
    ("now", "last_done", "due"),
    [
        (utc(2026, 1, 5), None, utc(2026, 3, 31, 9)),
        (utc(2026, 4, 2), None, utc(2026, 6, 30, 9)),
        (utc(2026, 4, 2), utc(2026, 3, 31, 15), utc(2026, 6, 30, 9)),
        (utc(2026, 10, 1), None, utc(2026, 12, 31, 9)),
        (utc(2027, 1, 4), utc(2026, 12, 31, 10), utc(2027, 3, 31, 9)),
        (utc(2027, 7, 1), None, utc(2027, 9, 30, 9)),
        # done a week late (8 July) still covers June's milestone
        (utc(2026, 7, 9), utc(2026, 7, 8, 10), utc(2026, 9, 30, 9)),
    ],
)
def test_it_schedules_the_quarterly_milestone_at_the_end_of_each_quarter(
    now: datetime, last_done: datetime | None, due: datetime
) -> None:
    assert quarterly_milestone_due(now, "UTC", last_done_at=last_done).due_at == due


@pytest.mark.parametrize(
    ("day", "tz", "start", "first"),
    [
        (date(2026, 3, 9), "UTC", None, utc(2026, 3, 9, 9)),
        (date(2026, 3, 29), "Europe/Paris", None, utc(2026, 3, 29, 7)),  # DST day
        (date(2026, 11, 2), "America/New_York", time(8, 30), utc(2026, 11, 2, 13, 30)),
    ],
)
def test_it_lays_out_the_daily_timebox_in_local_time(
    day: date, tz: str, start: time | None, first: datetime
) -> None:
    blocks = daily_timebox(day, tz, start)
    assert [b.kind for b in blocks] == ["sourcing", "connecting", "improving"]
    assert [(b.min_minutes, b.max_minutes) for b in blocks] == [(60, 90), (30, 30), (30, 30)]
    assert blocks[0].start_at == first
    assert all(a.end_at == b.start_at for a, b in pairwise(blocks))
    assert (blocks[-1].end_at - blocks[0].start_at).total_seconds() == 150 * 60


@pytest.mark.parametrize(
    ("logged", "statuses"),
    [
        ({}, ["not_started"] * 3),
        ({"sourcing": 59, "connecting": 30, "improving": 31}, ["short", "done", "over"]),
        ({"sourcing": 60}, ["done", "not_started", "not_started"]),
        ({"sourcing": 90, "improving": 5}, ["done", "not_started", "short"]),
        ({"sourcing": 240}, ["over", "not_started", "not_started"]),
    ],
)
def test_it_compares_logged_minutes_with_the_timebox(
    logged: dict[str, int], statuses: list[str]
) -> None:
    assert [p.status for p in timebox_progress(logged)] == statuses


@pytest.mark.parametrize("logged", [{"napping": 20}, {"sourcing": -5}, {"sourcing": 1.5}])
def test_it_rejects_bad_timebox_logs(logged: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        timebox_progress(logged)
