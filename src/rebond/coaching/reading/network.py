"""Network: contacts by name with their last interaction and whether keeping in touch is due."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from rebond.coaching.readable import Rows, choice, row_label
from rebond.coaching.reading.items import SHOWN, Item, Shown, day, key

if TYPE_CHECKING:
    from rebond.accounts.models import User


def keep_warm_due(row: dict[str, Any], now: datetime) -> bool:
    return bool(row.get("keep_warm") and row.get("due_at") and row["due_at"] <= now)


def _contact(row: dict[str, Any], rows: Rows, now: datetime, last: dict[Any, Any]) -> Item:
    due = keep_warm_due(row, now)
    facts = [" · ".join(p for p in (row.get("role"), row.get("company_name")) if p)]
    interaction = last.get(row["id"])
    if interaction is not None:
        facts.append(
            _("last interaction %(day)s (%(channel)s)")
            % {
                "day": day(interaction["occurred_at"]),
                "channel": choice(interaction, "channel") or "—",
            }
        )
    elif row.get("last_interaction_at"):
        facts.append(_("last interaction %(day)s") % {"day": day(row["last_interaction_at"])})
    if row.get("keep_warm") and row.get("due_at"):
        facts.append(_("next check-in %(day)s") % {"day": day(row["due_at"])})
    return Item(
        key=key("contacts", row),
        title=row_label("contacts", row, rows),
        badge=_("keep in touch now") if due else choice(row, "kind"),
        alert=due,
        facts=facts,
        text=(interaction or {}).get("summary") or "",
    )


def read(seeker: User, rows: Rows, now: datetime) -> dict[str, Any]:
    last: dict[Any, dict[str, Any]] = {}
    for interaction in rows.get("interactions", ()):
        seen = last.get(interaction.get("contact_id"))
        if seen is None or interaction["occurred_at"] > seen["occurred_at"]:
            last[interaction.get("contact_id")] = interaction
    # Due first, then the most recently in touch.
    contacts = sorted(
        rows.get("contacts", ()),
        key=lambda r: (
            not keep_warm_due(r, now),
            -(r["last_interaction_at"].timestamp() if r.get("last_interaction_at") else 0),
            row_label("contacts", r, rows).lower(),
        ),
    )
    return {
        "contacts": Shown(
            [_contact(r, rows, now, last) for r in contacts[:SHOWN]], total=len(contacts)
        ),
        "due_count": sum(keep_warm_due(r, now) for r in contacts),
    }
