"""Feedback: recurring points grouped and strengths (the feedback app's own ranking, which
keeps out the statements still waiting for the person's answer), then each piece of feedback
with its statements; a label is shown only once it is sure (confident, or confirmed)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from rebond.coaching.readable import Rows, choice
from rebond.coaching.reading.items import Item, Shown, day, key
from rebond.feedback.choices import Dimension
from rebond.feedback.services.points import Point, recurring_points, strength_points

if TYPE_CHECKING:
    from rebond.accounts.models import User

TOP_POINTS = 10


def _point(point: Point) -> Item:
    p = point.point
    facts = [
        str(dict(Dimension.choices).get(p.dimension, "")),
        _("%(n)s statements, %(s)s sources") % {"n": p.count, "s": p.sources},
    ]
    if p.last_seen:
        facts.append(_("last %(day)s") % {"day": day(p.last_seen)})
    return Item(
        key=f"feedback_statements:{point.quotes[0].statement_id}" if point.quotes else "",
        title=p.label,
        badge={"rising": _("rising"), "fading": _("fading")}.get(p.trend, _("steady")),
        facts=facts,
        children=[
            Item(
                key="",
                title=" · ".join(p for p in (q.source_name, day(q.received_on)) if p),
                text=q.text,
            )
            for q in point.quotes
        ],
    )


def points(seeker: User, now: datetime, limit: int = TOP_POINTS) -> list[Item]:
    return [_point(p) for p in recurring_points(seeker, now, limit=limit)]


def _statement(row: dict[str, Any]) -> Item:
    if row.get("doubt"):
        return Item(
            key=key("feedback_statements", row), title=row.get("text") or "", badge=_("to confirm")
        )
    return Item(
        key=key("feedback_statements", row),
        title=row.get("text") or "",
        badge=choice(row, "polarity"),
        facts=[choice(row, "dimension")],
    )


def items(rows: Rows) -> list[Item]:
    by_item: dict[Any, list[dict[str, Any]]] = {}
    for row in rows.get("feedback_statements", ()):
        by_item.setdefault(row.get("item_id"), []).append(row)
    found = sorted(
        rows.get("feedback_items", ()), key=lambda r: (r.get("received_on"), r["id"]), reverse=True
    )
    return [
        Item(
            key=key("feedback_items", r),
            title=r.get("source_name") or choice(r, "source_kind"),
            facts=[day(r.get("received_on")), choice(r, "source_kind")],
            badge=_("set aside") if r.get("set_aside") else "",
            children=[
                _statement(s) for s in sorted(by_item.get(r["id"], ()), key=lambda s: s["position"])
            ],
        )
        for r in found
    ]


def read(seeker: User, rows: Rows, now: datetime) -> dict[str, Any]:
    return {
        "points": points(seeker, now),
        "strengths": [_point(p) for p in strength_points(seeker, now, limit=TOP_POINTS)],
        "items": Shown(items(rows), 20),
    }
