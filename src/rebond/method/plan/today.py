"""Small rules behind the Today page and the reviews (C9.1, C5.3, C1.5).

- `review_period`: the calendar week, month or quarter a review covers.
- `next_best_action`: which open action to suggest first.
- `routine_day_done`: whether a day counts for the routine streak (`routine_days_done`: for
  many days at once).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from rebond.method.agenda.reviews import timebox_progress
from rebond.method.plan.cadence import Cadence

# The routine's block ids (plan.toml) that are timeboxes of the agenda's daily timebox
# (timings.toml) under another name.
_TIMEBOX_ALIASES = {"improving_tools": "improving"}


def review_period(cadence: Cadence, day: date) -> tuple[date, date]:
    """First and last day of the week (Monday to Sunday), month or quarter holding `day`.

    >>> review_period("weekly", date(2026, 3, 4))
    (datetime.date(2026, 3, 2), datetime.date(2026, 3, 8))
    >>> review_period("quarterly", date(2026, 5, 20))
    (datetime.date(2026, 4, 1), datetime.date(2026, 6, 30))
    """
    if cadence == "weekly":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6)
    if cadence == "monthly":
        first_month = last_month = day.month
    elif cadence == "quarterly":
        first_month = 3 * ((day.month - 1) // 3) + 1
        last_month = first_month + 2
    else:
        raise ValueError(f"unknown review cadence: {cadence!r}")
    last_day = calendar.monthrange(day.year, last_month)[1]
    return date(day.year, first_month, 1), date(day.year, last_month, last_day)


@dataclass(frozen=True)
class ActionCandidate:
    """What the rule needs to know about an open action; `reference` is the caller's id."""

    reference: int
    due_on: date | None
    hours: float
    in_current_sprint: bool


def next_best_action(candidates: Iterable[ActionCandidate], today: date) -> ActionCandidate | None:
    """The action to do next: late ones first (oldest deadline), then today's, then the
    current sprint's by deadline, then the rest; a quicker action wins a tie (a small win
    restarts momentum), then the older one.

    >>> d = date(2026, 3, 10)
    >>> picks = [ActionCandidate(1, None, 1, True), ActionCandidate(2, d + timedelta(3), 5, True),
    ...          ActionCandidate(3, d - timedelta(1), 2, False)]
    >>> next_best_action(picks, d).reference
    3
    """

    def rank(item: ActionCandidate) -> tuple[int, date, float, int]:
        if item.due_on is not None and item.due_on <= today:
            group = 0
        elif item.in_current_sprint:
            group = 1
        else:
            group = 2
        return (group, item.due_on or date.max, item.hours, item.reference)

    return min(candidates, key=rank, default=None)


def timebox_kind(block_id: str) -> str:
    """The daily-timebox kind of a routine block id ("improving_tools" -> "improving")."""
    return _TIMEBOX_ALIASES.get(block_id, block_id)


def routine_day_done(logged_minutes: Mapping[str, int]) -> bool:
    """A day counts for the streak when at least one timebox block reached its minimum.

    One full block is the regular, modest effort the routine asks for; asking for all of
    them every day would make the streak a marathon. Keys are timebox kinds or routine ids.

    >>> routine_day_done({"sourcing": 45}), routine_day_done({"connecting": 30})
    (False, True)
    """
    return bool(routine_days_done({date.min: logged_minutes}))


def routine_days_done(per_day: Mapping[date, Mapping[str, int]]) -> list[date]:
    """The days, in order, that count for the streak (`routine_day_done`, for many days).

    The playbook's minimums are read once, not once per day (a year of logs for the streak).

    >>> routine_days_done({date(2026, 3, 2): {"connecting": 30}, date(2026, 3, 1): {"sourcing": 5}})
    [datetime.date(2026, 3, 2)]
    """
    minimums = {p.kind: p.min_minutes for p in timebox_progress({})}
    done = []
    for day, logged in per_day.items():
        merged: dict[str, int] = {}
        for key, minutes in logged.items():
            kind = timebox_kind(key)
            merged[kind] = merged.get(kind, 0) + minutes
        if not merged.keys() <= minimums.keys() or min(merged.values(), default=0) < 0:
            timebox_progress(merged)  # raises, naming the unknown block or the bad value
        if any(merged.get(kind, 0) >= max(low, 1) for kind, low in minimums.items()):
            done.append(day)
    return sorted(done)


MoodTrend = str  # "up", "down", "steady" or "unknown"


def mood_trend(before: Iterable[float], now: Iterable[float], margin: float = 0.5) -> MoodTrend:
    """Whether the mean mood (0-10) rose, fell or held between two periods.

    A change smaller than `margin` points is "steady": a single bad day should not read as
    a trend. "unknown" when either period has no mood noted.

    >>> mood_trend([4, 5], [6, 7]), mood_trend([5], [5.2]), mood_trend([], [3])
    ('up', 'steady', 'unknown')
    """
    first, second = list(before), list(now)
    if not first or not second:
        return "unknown"
    change = sum(second) / len(second) - sum(first) / len(first)
    if change >= margin:
        return "up"
    if change <= -margin:
        return "down"
    return "steady"
