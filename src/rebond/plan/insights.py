"""What the insights app asks of the plan (contracts in rebond/insights/hooks.py):
the dashboard's plan-progress panel and the reviews' next objectives."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, cast

from django.db.models import Count, Q

from rebond.accounts.language import playbook_lang
from rebond.method.plan import objective_current_days, progress_days
from rebond.plan.choices import ActionStatus, Axis, Cadence
from rebond.plan.models import Action, Review

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.method.plan.cadence import Cadence as CadenceName


def progress(user: User, today: date) -> list[tuple[str, int, int]]:
    """Per axis: actions done and actions planned (not dropped), due or done in the last
    `[plan] progress_days` (90) or still open. One query."""
    since = today - timedelta(days=progress_days(playbook_lang(user)))
    recent = Q(status__in=ActionStatus.open()) | Q(due_on__gte=since) | Q(done_at__date__gte=since)
    rows = (
        Action.objects.for_user(user)
        .exclude(status=ActionStatus.DROPPED)
        .filter(recent)
        .order_by()
        .values_list("axis")
        .annotate(done=Count("id", filter=Q(status=ActionStatus.DONE)), total=Count("id"))
    )
    found = {axis: (done, total) for axis, done, total in rows}
    return [(str(axis.label), *found[axis.value]) for axis in Axis if axis.value in found]


def next_objectives(user: User, today: date) -> list[str]:
    """The latest objective of each review cadence, while still current
    (`[plan.objective_current_days]`). One query."""
    latest: dict[str, str] = {}
    current_days = objective_current_days(playbook_lang(user))
    since = today - timedelta(days=max(current_days.values()))
    rows = (
        Review.objects.for_user(user)
        .filter(done_at__date__gte=since)
        .exclude(objective="")
        .order_by("-done_at", "-id")
        .values_list("cadence", "objective", "done_at")
    )
    for cadence, objective, done_at in rows:
        fresh = done_at.date() >= today - timedelta(days=current_days[cast("CadenceName", cadence)])
        if cadence not in latest and fresh:
            latest[cadence] = objective
    return [latest[c] for c in (Cadence.WEEKLY, Cadence.MONTHLY, Cadence.QUARTERLY) if c in latest]
