"""Interview preparation: STAR stories, the pitch, mock interviews in figures, CV versions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _

from rebond.coaching.readable import Rows, choice, heading
from rebond.coaching.reading.items import Item, Shown, day, key, moment

if TYPE_CHECKING:
    from rebond.accounts.models import User

STAR = ("situation", "task", "actions", "result", "learnings")


def _story(row: dict[str, Any]) -> Item:
    return Item(
        key=key("stories", row),
        title=row.get("title") or "",
        facts=[
            ", ".join(row["tags"]) if isinstance(row.get("tags"), list) else row.get("tags") or ""
        ],
        children=[
            Item(key="", title=heading(part, frozenset(row)), text=str(row[part]))
            for part in STAR
            if row.get(part)
        ],
    )


def _pitch(row: dict[str, Any]) -> Item:
    return Item(
        key=key("pitch_versions", row),
        title=row.get("label") or choice(row, "kind"),
        facts=[choice(row, "kind"), day(row.get("created_at"))],
        text=row.get("text") or "",
    )


# Language code -> its name (settings.LANGUAGES), for the CV versions.
_LANGUAGES: dict[Any, Any] = dict(settings.LANGUAGES)


def _mock(row: dict[str, Any]) -> Item:
    stored = row.get("metrics")
    metrics: dict[str, Any] = stored if isinstance(stored, dict) else {}
    facts = [moment(row.get("held_at"))]
    if metrics.get("wpm"):
        facts.append(_("%(n)s words/min") % {"n": formats.localize(round(metrics["wpm"]))})
    if metrics.get("filler_total") is not None:
        facts.append(_("%(n)s filler words") % {"n": metrics["filler_total"]})
    if isinstance(metrics.get("answers"), list):
        facts.append(_("%(n)s answers") % {"n": len(metrics["answers"])})
    return Item(key=key("mock_sessions", row), title=row.get("title") or "", facts=facts)


def _cv(row: dict[str, Any], rows: Rows) -> Item:
    uses = sum(1 for u in rows.get("cv_uses", ()) if u.get("cv_id") == row["id"])
    return Item(
        key=key("cv_versions", row),
        title=row.get("label") or row.get("original_name") or "",
        facts=[
            choice(row, "kind"),
            str(_LANGUAGES.get(row.get("lang"), row.get("lang") or "")),
            day(row.get("created_at")),
            _("sent %(n)s times") % {"n": uses},
        ],
    )


def _newest(rows: list[dict[str, Any]], field: str = "created_at") -> list[dict[str, Any]]:
    return sorted(
        rows, key=lambda r: (r.get(field) is not None, r.get(field), r["id"]), reverse=True
    )


def read(seeker: User, rows: Rows, now: datetime) -> dict[str, Any]:
    return {
        "stories": Shown([_story(r) for r in _newest(rows.get("stories", []))]),
        "pitches": Shown([_pitch(r) for r in _newest(rows.get("pitch_versions", []))], 10),
        "mocks": Shown([_mock(r) for r in _newest(rows.get("mock_sessions", []), "held_at")]),
        "cvs": Shown([_cv(r, rows) for r in _newest(rows.get("cv_versions", []))]),
    }
