"""Recurring reviews (C5.3) and the daily timebox (C1.5).

- Weekly review on a weekday the person chooses (playbook default: Friday).
- Monthly review on the month's LAST WORKING DAY (Monday to Friday). Chosen over "first
  Monday" because the review then covers a whole calendar month with its figures complete,
  and it lands before the next month's objectives are set. Public holidays are not known
  offline, so a holiday that falls on that day is not skipped.
- Quarterly milestone on the last working day of March, June, September and December.

A review done on any day "covers" the slot nearest to that day (doing Friday's review on
Thursday or on Saturday counts for that Friday); the next one is due at the following slot,
9:00 local. With no review yet, the first slot from today on is due.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from rebond.method.agenda import DueItem
from rebond.method.agenda.local_time import (
    at_local,
    last_working_day,
    local_date,
    to_utc,
    weekday_index,
)
from rebond.method.agenda.timings import timings

SlotFinder = Callable[[date], date]
_ONE_DAY = timedelta(days=1)


def _month_after(year: int, month: int, step: int) -> tuple[int, int]:
    year, index = divmod(year * 12 + month - 1 + step, 12)
    return year, index + 1


def _monthly_on_or_after(day: date, every: int = 1) -> date:
    # Slot months are those whose number is a multiple of `every` (all, or quarter ends).
    year, month = day.year, day.month + (-day.month) % every
    year, month = _month_after(year, month, 0)
    slot = last_working_day(year, month)
    if slot >= day:
        return slot
    return last_working_day(*_month_after(year, month, every))


def _monthly_on_or_before(day: date, every: int = 1) -> date:
    year, month = _month_after(day.year, day.month - day.month % every, 0)
    if day.month % every == 0:
        slot = last_working_day(year, month)
        if slot <= day:
            return slot
        return last_working_day(*_month_after(year, month, -every))
    return last_working_day(year, month)


def _next_slot(
    on_or_after: SlotFinder, on_or_before: SlotFinder, last_done: date | None, today: date
) -> date:
    if last_done is None:
        return on_or_after(today)
    before, after = on_or_before(last_done), on_or_after(last_done)
    covered = before if last_done - before < after - last_done else after
    return on_or_after(covered + _ONE_DAY)


def _review(
    kind: str,
    finders: tuple[SlotFinder, SlotFinder],
    now: datetime,
    tz: str,
    last_done_at: datetime | None,
    reference: str | None,
) -> DueItem:
    today = local_date(to_utc(now, "now"), tz)
    last_done = local_date(last_done_at, tz) if last_done_at is not None else None
    slot = _next_slot(*finders, last_done, today)
    return DueItem(kind, at_local(slot, timings().reminder_time, tz), None, kind, reference)


def weekly_review_due(
    now: datetime,
    tz: str,
    last_done_at: datetime | None = None,
    weekday: str | None = None,
    reference: str | None = None,
) -> DueItem:
    """The next weekly review, 9:00 local on `weekday` (default: the playbook's, Friday).

    >>> from datetime import UTC
    >>> wednesday = datetime(2026, 3, 4, 12, tzinfo=UTC)
    >>> weekly_review_due(wednesday, "Europe/Paris").due_at.isoformat()
    '2026-03-06T08:00:00+00:00'
    """
    chosen = weekday_index(weekday) if weekday is not None else timings().weekly_review_weekday

    def on_or_after(day: date) -> date:
        return day + timedelta(days=(chosen - day.weekday()) % 7)

    def on_or_before(day: date) -> date:
        return day - timedelta(days=(day.weekday() - chosen) % 7)

    return _review("weekly_review", (on_or_after, on_or_before), now, tz, last_done_at, reference)


def monthly_review_due(
    now: datetime, tz: str, last_done_at: datetime | None = None, reference: str | None = None
) -> DueItem:
    """The next monthly review, 9:00 local on the month's last working day.

    >>> from datetime import UTC
    >>> monthly_review_due(datetime(2026, 1, 10, tzinfo=UTC), "UTC").due_at.date()
    datetime.date(2026, 1, 30)
    """
    finders = (_monthly_on_or_after, _monthly_on_or_before)
    return _review("monthly_review", finders, now, tz, last_done_at, reference)


def quarterly_milestone_due(
    now: datetime, tz: str, last_done_at: datetime | None = None, reference: str | None = None
) -> DueItem:
    """The next quarterly milestone, 9:00 local on the quarter's last working day.

    >>> from datetime import UTC
    >>> quarterly_milestone_due(datetime(2026, 4, 2, tzinfo=UTC), "UTC").due_at.date()
    datetime.date(2026, 6, 30)
    """
    finders: tuple[SlotFinder, SlotFinder] = (
        lambda day: _monthly_on_or_after(day, 3),
        lambda day: _monthly_on_or_before(day, 3),
    )
    return _review("quarterly_milestone", finders, now, tz, last_done_at, reference)


@dataclass(frozen=True)
class TimeboxBlock:
    """One block of the day's routine, planned at its longest length."""

    kind: str
    title_key: str
    min_minutes: int
    max_minutes: int
    start_at: datetime
    end_at: datetime


def daily_timebox(day: date, tz: str, start: time | None = None) -> tuple[TimeboxBlock, ...]:
    """The day's routine as consecutive blocks from `start` local (default 9:00).

    Playbook default: 60-90 min of targeted sourcing, 30 min of networking, 30 min
    improving one's tools; regular short blocks rather than marathons.

    >>> blocks = daily_timebox(date(2026, 3, 9), "UTC")
    >>> [(b.kind, b.start_at.strftime("%H:%M")) for b in blocks]
    [('sourcing', '09:00'), ('connecting', '10:30'), ('improving', '11:00')]
    >>> blocks[-1].end_at.strftime("%H:%M")
    '11:30'
    """
    rules = timings()
    cursor = at_local(day, start or rules.reminder_time, tz)
    blocks = []
    for spec in rules.daily_timebox:
        end = cursor + timedelta(minutes=spec.max_minutes)
        blocks.append(
            TimeboxBlock(spec.kind, spec.kind, spec.min_minutes, spec.max_minutes, cursor, end)
        )
        cursor = end
    return tuple(blocks)


TimeboxStatus = Literal["not_started", "short", "done", "over"]


@dataclass(frozen=True)
class TimeboxProgress:
    kind: str
    logged_minutes: int
    min_minutes: int
    max_minutes: int
    status: TimeboxStatus


def timebox_progress(logged: Mapping[str, int]) -> tuple[TimeboxProgress, ...]:
    """Compare a day's logged minutes per block with the playbook's range.

    "over" means beyond the block's longest length: regularity beats marathons.

    >>> [p.status for p in timebox_progress({"sourcing": 75, "connecting": 10})]
    ['done', 'short', 'not_started']
    """
    specs = timings().daily_timebox
    unknown = set(logged) - {spec.kind for spec in specs}
    if unknown:
        raise ValueError(f"unknown timebox blocks: {sorted(unknown)}")
    progress = []
    for spec in specs:
        minutes = logged.get(spec.kind, 0)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            raise ValueError(f"logged minutes for {spec.kind!r} must be a non-negative integer")
        status: TimeboxStatus = "done"
        if minutes == 0:
            status = "not_started"
        elif minutes < spec.min_minutes:
            status = "short"
        elif minutes > spec.max_minutes:
            status = "over"
        progress.append(
            TimeboxProgress(spec.kind, minutes, spec.min_minutes, spec.max_minutes, status)
        )
    return tuple(progress)
