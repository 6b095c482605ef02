"""The plan's part of the full export (X3): sprints, actions, reviews, routine log.
Calendar feed secrets are not exported (only their hash is kept, and it opens nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.plan.models import Action, Review, RoutineLog, Sprint

if TYPE_CHECKING:
    from rebond.accounts.models import User

SPRINTS = ["id", "starts_on", "ends_on", "created_at"]
ACTIONS = [
    "id",
    "sprint_id",
    "title",
    "axis",
    "theme",
    "target",
    "hours",
    "template_id",
    "due_on",
    "status",
    "evidence",
    "done_at",
    "source_kind",
    "source_id",
    "follows_id",
    "created_at",
]
REVIEWS = [
    "id",
    "cadence",
    "period_start",
    "period_end",
    "objective",
    "answers",
    "figures",
    "done_at",
]
ROUTINE = ["day", "block", "minutes", "done"]


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    return {
        "plan_sprints": (
            SPRINTS,
            list(Sprint.objects.for_user(user).order_by("id").values(*SPRINTS)),
        ),
        "plan_actions": (
            ACTIONS,
            list(Action.objects.for_user(user).order_by("id").values(*ACTIONS)),
        ),
        "plan_reviews": (
            REVIEWS,
            list(Review.objects.for_user(user).order_by("id").values(*REVIEWS)),
        ),
        "plan_routine": (
            ROUTINE,
            list(RoutineLog.objects.for_user(user).order_by("day", "block").values(*ROUTINE)),
        ),
    }
