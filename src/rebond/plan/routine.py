"""The daily routine (C1.5, C4.3): timeboxes logged in minutes, wellbeing check-offs, and a
streak that forgives one missed day (the rules are `rebond.method.plan` / `plan_today`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q

from rebond.accounts.language import playbook_lang
from rebond.method.agenda.reviews import timebox_progress
from rebond.method.errors import ServiceError
from rebond.method.plan import daily_routine, streak, streak_grace_days
from rebond.method.plan.today import routine_day_done, routine_days_done, timebox_kind
from rebond.plan.agenda import shared
from rebond.plan.choices import RoutineBlock
from rebond.plan.models import RoutineLog

if TYPE_CHECKING:
    from rebond.accounts.models import User

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


def _logged(user: User, start: date, end: date) -> dict[date, dict[str, int]]:
    per_day: dict[date, dict[str, int]] = defaultdict(dict)
    rows = RoutineLog.objects.for_user(user).filter(day__gte=start, day__lte=end, minutes__gt=0)
    for day, block, minutes in rows.values_list("day", "block", "minutes"):
        per_day[day][block] = minutes
    return per_day


def days_done(user: User, start: date, end: date) -> list[date]:
    """The days between `start` and `end` that count for the streak."""
    return routine_days_done(_logged(user, start, end))


def recent_logs(user: User, today: date) -> list[tuple[date, str, int, bool]]:
    """(day, block, minutes, done): every row of `today`, and the rows with minutes of the
    streak's window. One read, shared within a `shared_reads()` block (the Today page's routine
    card and the agenda's routine source)."""
    start = today - timedelta(days=STREAK_WINDOW_DAYS)

    def read() -> list[tuple[date, str, int, bool]]:
        rows = RoutineLog.objects.for_user(user).filter(
            Q(minutes__gt=0) | Q(day=today), day__gte=start, day__lte=today
        )
        return list(rows.order_by().values_list("day", "block", "minutes", "done"))

    return shared(("routine.recent_logs", user.pk, today), read)


def logged_on(user: User, today: date) -> dict[str, tuple[int, bool]]:
    """`today`'s rows: block → (minutes, done)."""
    return {b: (m, done) for d, b, m, done in recent_logs(user, today) if d == today}


def day(user: User, today: date) -> RoutineDay:
    """Today's blocks with what was logged, and the current streak. One query."""
    logs = recent_logs(user, today)
    rows = {b: (m, done) for d, b, m, done in logs if d == today}
    minutes = {timebox_kind(b): m for b, (m, _done) in rows.items() if m}
    progress = {p.kind: p for p in timebox_progress(minutes)}
    blocks = []
    for spec in daily_routine(playbook_lang(user)):
        logged, checked = rows.get(spec.id, (0, False))
        if spec.kind == "timebox":
            status = progress[timebox_kind(spec.id)].status
            done = status in ("done", "over")
        else:
            done = checked
            status = "done" if done else "not_started"
        blocks.append(
            BlockToday(
                spec.id,
                spec.label,
                spec.kind,
                spec.minutes_min,
                spec.minutes_max,
                logged,
                done,
                status,
            )
        )
    return RoutineDay(today, blocks, _streak(logs, today), routine_day_done(minutes))


def current_streak(user: User, today: date) -> int:
    """The streak over the last `STREAK_WINDOW_DAYS` days: one read whatever its length (the
    Today page's query count stays the same for a new person and a two-year routine)."""
    return _streak(recent_logs(user, today), today)


def _streak(logs: list[tuple[date, str, int, bool]], today: date) -> int:
    per_day: dict[date, dict[str, int]] = defaultdict(dict)
    for logged_day, block, minutes, _done in logs:
        if minutes > 0:
            per_day[logged_day][block] = minutes
    grace = streak_grace_days(playbook_lang())
    return streak(routine_days_done(per_day), today, grace)


@transaction.atomic
def log(user: User, today: date, minutes: Mapping[str, int], checked: set[str]) -> None:
    """Record the day's minutes per timebox and its check-offs (replacing earlier values)."""
    for spec in daily_routine(playbook_lang(user)):
        if spec.id not in RoutineBlock.values:
            continue
        if spec.kind == "timebox":
            value = int(minutes.get(spec.id, 0))
            if not 0 <= value <= 24 * 60:
                raise ServiceError("Minutes must be between 0 and 1440.")
            values: dict[str, Any] = {"minutes": value, "done": value > 0}
        else:
            values = {"minutes": 0, "done": spec.id in checked}
        RoutineLog.objects.update_or_create(user=user, day=today, block=spec.id, defaults=values)
