"""Journal (shared only on its own): debrief summaries, mood over time, thought records."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.utils import timezone
from django.utils.translation import gettext as _

from rebond.coaching.readable import Rows, cell_text, heading
from rebond.coaching.reading.items import Item, Shown, day, key
from rebond.insights.dashboard import mood_panel
from rebond.method.plan.today import MoodTrend, mood_trend

if TYPE_CHECKING:
    from rebond.accounts.models import User

TREND_DAYS = 14
DEBRIEF_PARTS = ("reset_fact", "facts", "lessons", "tests")
THOUGHT_PARTS = ("situation", "evidence_for", "evidence_against", "reformulation")


def trend(rows: Rows, now: datetime, days: int = TREND_DAYS) -> MoodTrend:
    """Mood of the last `days` days against the `days` before (the reviews' own rule)."""
    start = now - timedelta(days=days)
    moods = [(r["at"], r["mood"]) for r in rows.get("checkins", ()) if r.get("mood") is not None]
    recent = [m for at, m in moods if start <= at <= now]
    before = [m for at, m in moods if start - timedelta(days=days) <= at < start]
    return mood_trend(before, recent)


def trend_label(value: MoodTrend) -> str:
    return str({"up": _("rising"), "down": _("falling"), "steady": _("steady")}.get(value, ""))


def _parts(row: dict[str, Any], names: tuple[str, ...]) -> list[Item]:
    known = frozenset(row)
    return [Item(key="", title=heading(n, known), text=str(row[n])) for n in names if row.get(n)]


def _debrief(row: dict[str, Any]) -> Item:
    facts = [_("started %(day)s") % {"day": day(row.get("started_at"))}]
    facts.append(_("debrief finished") if row.get("finished_at") else _("not finished"))
    return Item(
        key=key("debriefs", row),
        title=_("Debrief of %(day)s")
        % {"day": day(row.get("rejected_at") or row.get("started_at"))},
        facts=facts,
        children=_parts(row, DEBRIEF_PARTS),
    )


def _thought(row: dict[str, Any]) -> Item:
    before, after = row.get("intensity_before"), row.get("intensity_after")
    facts = [day(row.get("created_at")), cell_text("emotion", row.get("emotion"), {})]
    facts.append(cell_text("distortions", row.get("distortions"), {}))
    if before is not None and after is not None:
        facts.append(_("intensity %(before)s → %(after)s") % {"before": before, "after": after})
    return Item(
        key=key("thought_records", row),
        title=row.get("thought") or "",
        facts=facts,
        children=_parts(row, THOUGHT_PARTS),
    )


def read(seeker: User, rows: Rows, now: datetime) -> dict[str, Any]:
    newest = sorted(rows.get("debriefs", ()), key=lambda r: r["started_at"], reverse=True)
    thoughts = sorted(rows.get("thought_records", ()), key=lambda r: r["created_at"], reverse=True)
    return {
        "mood": mood_panel(seeker, timezone.localdate(now)),
        "trend": trend_label(trend(rows, now)),
        "debriefs": Shown([_debrief(r) for r in newest]),
        "thoughts": Shown([_thought(r) for r in thoughts]),
    }
