"""Plan: the running sprint and its actions, other open actions (overdue ones marked), reviews.

Actions and reviews come from the section's rows, where ROW_RULES already took out what belongs
to the journal (a debrief's actions, the mood figures of a review).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.translation import gettext as _

from rebond.coaching.readable import Rows, choice, row_label
from rebond.coaching.reading.items import Item, Shown, day, key
from rebond.plan.choices import ActionStatus
from rebond.plan.services import current_sprint

if TYPE_CHECKING:
    from rebond.accounts.models import User

OPEN = frozenset(ActionStatus.open())


def is_overdue(row: dict[str, Any], today: date) -> bool:
    return row.get("status") in OPEN and row.get("due_on") is not None and row["due_on"] < today


def overdue(rows: Rows, today: date) -> list[dict[str, Any]]:
    return [r for r in rows.get("plan_actions", ()) if is_overdue(r, today)]


def _action(row: dict[str, Any], today: date) -> Item:
    late = is_overdue(row, today)
    facts = [choice(row, "axis")]
    if row.get("due_on"):
        facts.append(_("due %(day)s") % {"day": day(row["due_on"])})
    return Item(
        key=key("plan_actions", row),
        title=row.get("title") or "",
        badge=_("late") if late else choice(row, "status"),
        alert=late,
        facts=facts,
        text=row.get("evidence") or "",
    )


def _review(row: dict[str, Any], rows: Rows) -> Item:
    answers = [
        Item(key="", title=str(pair[0]), text=str(pair[1]))
        for pair in row.get("answers") or ()
        if isinstance(pair, list | tuple) and len(pair) == 2 and pair[1]
    ]
    period = " → ".join(day(row.get(k)) for k in ("period_start", "period_end"))
    return Item(
        key=key("plan_reviews", row),
        title=choice(row, "cadence"),
        facts=[period],
        text=row.get("objective") or "",
        children=answers,
    )


def read(seeker: User, rows: Rows, now: datetime) -> dict[str, Any]:
    today = timezone.localdate(now)
    sprint = current_sprint(seeker, today)
    sprint_row = next(
        (r for r in rows.get("plan_sprints", ()) if sprint is not None and r["id"] == sprint.pk),
        None,
    )
    actions = rows.get("plan_actions", ())
    in_sprint = [
        r for r in actions if sprint_row is not None and r.get("sprint_id") == sprint_row["id"]
    ]
    others = [r for r in actions if r not in in_sprint and r.get("status") in OPEN]
    others.sort(key=lambda r: (not is_overdue(r, today), r.get("due_on") or date.max))
    reviews = sorted(
        rows.get("plan_reviews", ()), key=lambda r: r.get("period_end") or date.min, reverse=True
    )
    return {
        "sprint": row_label("plan_sprints", sprint_row, rows) if sprint_row else "",
        "sprint_actions": [_action(r, today) for r in in_sprint],
        "open_actions": Shown([_action(r, today) for r in others]),
        "overdue_count": len(overdue(rows, today)),
        "reviews": Shown([_review(r, rows) for r in reviews], 10),
    }
