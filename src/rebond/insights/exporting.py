"""The insights app's part of the full export (X3): the person's experiments."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.insights.models import Experiment

if TYPE_CHECKING:
    from rebond.accounts.models import User

COLUMNS = [
    "id",
    "title",
    "hypothesis",
    "change",
    "change_detail",
    "metric",
    "start",
    "end",
    "baseline_start",
    "baseline_end",
    "stopped_on",
    "created_at",
]


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    rows = list(Experiment.objects.for_user(user).order_by("start", "id").values(*COLUMNS))
    return {"experiments": (COLUMNS, rows)}
