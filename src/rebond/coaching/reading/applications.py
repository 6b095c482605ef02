"""Applications and funnel: the board by stage, the funnel, interviews to come, outcomes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.translation import gettext as _

from rebond.coaching.readable import Rows, choice, row_label
from rebond.coaching.reading.items import Item, Shown, day, key, moment
from rebond.insights.dashboard import funnel_panel
from rebond.jobs.choices import Stage
from rebond.jobs.services import board

if TYPE_CHECKING:
    from rebond.accounts.models import User


def furthest_stage(rows: Rows) -> Stage | None:
    """The furthest stage any application reached."""
    reached = [
        Stage(r["furthest_stage"]) for r in rows.get("applications", ()) if r.get("furthest_stage")
    ]
    progress = [s for s in reached if s in Stage.progress()]
    return max(progress, key=lambda s: s.rank, default=None)


def open_applications(rows: Rows) -> list[dict[str, Any]]:
    closed = set(Stage.closed())
    return [r for r in rows.get("applications", ()) if r.get("stage") not in closed]


def interviews_to_come(rows: Rows, now: datetime) -> list[Item]:
    coming = sorted(
        (
            r
            for r in rows.get("interviews", ())
            if r.get("scheduled_at") and r["scheduled_at"] >= now
        ),
        key=lambda r: r["scheduled_at"],
    )
    return [
        Item(
            key=key("interviews", r),
            title=row_label("interviews", r, rows),
            facts=[moment(r["scheduled_at"]), choice(r, "format")],
            text=r.get("interviewers") or "",
        )
        for r in coming
    ]


def outcomes(rows: Rows) -> list[Item]:
    applications = {r["id"]: r for r in rows.get("applications", ())}
    found = sorted(rows.get("outcomes", ()), key=lambda r: r.get("decided_on") or "", reverse=True)
    items = []
    for r in found:
        application = applications.get(r.get("application_id"))
        items.append(
            Item(
                key=key("applications", application) if application else "",
                title=row_label("applications", application, rows) if application else "",
                badge=choice(r, "result"),
                facts=[
                    day(r.get("decided_on")),
                    _("stage reached: %(stage)s") % {"stage": choice(r, "stage_reached") or "—"},
                ],
                text=r.get("reason") or "",
                alert=r.get("result") == Stage.REJECTED,
            )
        )
    return items


def last_rejection(rows: Rows) -> Item | None:
    return next((item for item in outcomes(rows) if item.alert), None)


def _board(seeker: User, rows: Rows) -> list[dict[str, Any]]:
    shown = {r["id"] for r in rows.get("applications", ())}
    columns = []
    for column in board(seeker):
        tiles = [
            Item(
                key=f"applications:{a.pk}",
                title=a.role,
                facts=[a.company.name if a.company_id else ""],
            )
            for a in column.applications
            if a.pk in shown
        ]
        if column.count:
            columns.append({"stage": column.stage.label, "count": column.count, "tiles": tiles})
    return columns


def read(seeker: User, rows: Rows, now: datetime) -> dict[str, Any]:
    today = timezone.localdate(now)
    return {
        "board": _board(seeker, rows),
        "funnel": funnel_panel(seeker, today),
        "interviews": Shown(interviews_to_come(rows, now)),
        "outcomes": Shown(outcomes(rows)),
    }
