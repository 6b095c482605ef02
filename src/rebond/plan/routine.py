"""The daily routine (C1.5, C4.3): timeboxes logged in minutes, wellbeing check-offs, and a
streak that forgives one missed day (the rules are `rebond.method.plan` / `plan_today`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import transaction

from rebond.method.agenda_reviews import timebox_progress
from rebond.method.plan import daily_routine, streak
from rebond.method.plan_today import routine_day_done, routine_days_done, timebox_kind
from rebond.plan.agenda import lang
from rebond.plan.choices import RoutineBlock
from rebond.plan.models import RoutineLog

# The streak looks this far back; a longer streak is shown as "at least" this.
STREAK_WINDOW_DAYS = 400


@dataclass(frozen=True)
class BlockToday:
    id: str
    label: str
    kind: str  # "timebox" or "checkoff"
    minutes_min: int
    minutes_max: int
    minutes: int
    done: bool
    status: str  # timebox: not_started / short / done / over; check-off: done / not_started

    @property
    def timer_steps(self) -> list[dict[str, Any]]:
        return [{"seconds": self.minutes_max * 60, "label": self.label}]


@dataclass(frozen=True)
class RoutineDay:
    day: date
    blocks: list[BlockToday]
    streak: int
    day_done: bool

    @property
    def timeboxes(self) -> list[BlockToday]:
        return [b for b in self.blocks if b.kind == "timebox"]

    @property
    def checkoffs(self) -> list[BlockToday]:
        return [b for b in self.blocks if b.kind == "checkoff"]


def _logged(user: Any, start: date, end: date) -> dict[date, dict[str, int]]:
    per_day: dict[date, dict[str, int]] = defaultdict(dict)
    rows = RoutineLog.objects.for_user(user).filter(day__gte=start, day__lte=end, minutes__gt=0)
    for day, block, minutes in rows.values_list("day", "block", "minutes"):
        per_day[day][block] = minutes
    return per_day


def days_done(user: Any, start: date, end: date) -> list[date]:
    """The days between `start` and `end` that count for the streak."""
    return routine_days_done(_logged(user, start, end))


def day(user: Any, today: date) -> RoutineDay:
    """Today's blocks with what was logged, and the current streak. Two queries."""
    rows = {r.block: r for r in RoutineLog.objects.for_user(user).filter(day=today)}
    minutes = {timebox_kind(b): r.minutes for b, r in rows.items() if r.minutes}
    progress = {p.kind: p for p in timebox_progress(minutes)}
    blocks = []
    for spec in daily_routine(lang(user)):
        row = rows.get(spec.id)
        if spec.kind == "timebox":
            status = progress[timebox_kind(spec.id)].status
            done = status in ("done", "over")
        else:
            done = bool(row and row.done)
            status = "done" if done else "not_started"
        blocks.append(
            BlockToday(
                spec.id,
                spec.label,
                spec.kind,
                spec.minutes_min,
                spec.minutes_max,
                row.minutes if row else 0,
                done,
                status,
            )
        )
    return RoutineDay(today, blocks, current_streak(user, today), routine_day_done(minutes))


def current_streak(user: Any, today: date) -> int:
    """The streak over the last `STREAK_WINDOW_DAYS` days: one read whatever its length (the
    Today page's query count stays the same for a new person and a two-year routine)."""
    start = today - timedelta(days=STREAK_WINDOW_DAYS)
    return streak(days_done(user, start, today), today)


@transaction.atomic
def log(user: Any, today: date, minutes: Mapping[str, int], checked: set[str]) -> None:
    """Record the day's minutes per timebox and its check-offs (replacing earlier values)."""
    for spec in daily_routine(lang(user)):
        if spec.id not in RoutineBlock.values:
            continue
        if spec.kind == "timebox":
            value = int(minutes.get(spec.id, 0))
            if not 0 <= value <= 24 * 60:
                raise ValueError("Minutes must be between 0 and 1440.")
            values: dict[str, Any] = {"minutes": value, "done": value > 0}
        else:
            values = {"minutes": 0, "done": spec.id in checked}
        RoutineLog.objects.update_or_create(user=user, day=today, block=spec.id, defaults=values)
