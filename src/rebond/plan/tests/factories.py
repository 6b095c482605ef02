"""A tiny keyword-default factory for the plan's rows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.utils import timezone

from rebond.plan import services
from rebond.plan.models import Action, Review, RoutineLog


def make_action(user: Any, **fields: Any) -> Action:
    defaults: dict[str, Any] = {
        "title": "Write two STAR stories with figures",
        "axis": "personal_branding",
        "theme": "behavioural",
        "target": "2 STAR stories with figures",
    }
    status = fields.pop("status", "")
    done_at = fields.pop("done_at", None)
    action = services.create_action(user, **{**defaults, **fields})
    if status == "done":
        services.complete_action(action, evidence="Both written.", at=done_at)
    elif status:
        services.set_status(action, status)
    return action


def make_review(
    user: Any, *, cadence: str = "weekly", done_at: datetime | None = None, objective: str = ""
) -> Review:
    when = done_at or timezone.now()
    day = timezone.localdate(when)
    return Review.objects.create(
        user=user,
        cadence=cadence,
        period_start=day,
        period_end=day,
        answers=[["Next?", objective]],
        objective=objective,
        done_at=when,
    )


def make_log(user: Any, day: date, block: str = "sourcing", minutes: int = 60) -> RoutineLog:
    return RoutineLog.objects.create(user=user, day=day, block=block, minutes=minutes, done=True)
