"""Recurring points (C3.4) and the strengths journal (C3.5) from stored statements.

Statements carry their labels, sentence vector and group id (refreshed on save), so a page
reads them in one query and ranks them without the encoder or the clustering.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from rebond.feedback.models import Statement
from rebond.method.feedback import (
    FeedbackItem,
    FeedbackLabels,
    RecurringPoint,
    rank_points,
    strengths,
)
from rebond.method.feedback_sources import source_weights

# No vector: groups and their central statements were stored when statements were saved.
_COLUMNS = (
    "id", "text", "lang", "theme", "dimension", "polarity", "nature", "cause", "group",
    "central", "item_id", "item__source_kind", "item__source_name", "item__application_id",
    "item__received_on",
)  # fmt: skip


@dataclass(frozen=True)
class Quote:
    """One statement of a point, with who said it and when."""

    statement_id: int
    item_id: int
    text: str
    source_kind: str
    source_name: str
    received_on: date


@dataclass(frozen=True)
class Point:
    """A ranked point and its statements; `group` is the stored group id (stable in a session)."""

    point: RecurringPoint
    group: int
    quotes: tuple[Quote, ...]  # the most recent ones, at most QUOTES
    statement_ids: tuple[int, ...]

    @property
    def more(self) -> int:
        """Statements of the point not quoted on the page."""
        return self.point.count - len(self.quotes)


# Quotes shown per point: a page lists the gist, not 200 copies of the same remark.
QUOTES = 6


def _source_key(kind: str, name: str, application_id: int | None, item_id: int) -> str:
    folded = " ".join(name.lower().split())
    if folded:
        return f"{kind}:{folded}"
    return f"{kind}:application-{application_id}" if application_id else f"item-{item_id}"


def _load(
    user: Any, since: date | None = None, until: date | None = None
) -> tuple[list[dict[str, Any]], list[FeedbackItem], dict[int, int]]:
    query = Statement.objects.for_user(user).filter(group__isnull=False)
    if since is not None:
        query = query.filter(item__received_on__gte=since)
    if until is not None:
        query = query.filter(item__received_on__lte=until)
    rows = [dict(zip(_COLUMNS, values, strict=True)) for values in query.values_list(*_COLUMNS)]
    weights = source_weights(_lang(user))
    noon = time(12)
    # Few distinct label sets and days: build each frozen value once, not once per row.
    labels: dict[tuple, FeedbackLabels] = {}
    days: dict[date, datetime] = {}
    items = []
    for r in rows:
        key = (r["theme"], r["dimension"], r["polarity"], r["nature"], r["cause"], r["lang"])
        lab = labels.get(key)
        if lab is None:
            lab = labels[key] = FeedbackLabels(*key[:4], key[4] or None, key[5])
        day = r["item__received_on"]
        moment = days.get(day)
        if moment is None:
            moment = days[day] = datetime.combine(day, noon, tzinfo=UTC)
        source = _source_key(
            r["item__source_kind"], r["item__source_name"], r["item__application_id"], r["item_id"]
        )
        items.append(
            FeedbackItem(r["text"], lab, source, moment, weights.get(r["item__source_kind"], 1.0))
        )
    leads = {r["group"]: k for k, r in enumerate(rows) if r["central"]}
    return rows, items, leads


def _wrap(points: list[RecurringPoint], rows: list[dict], limit: int | None) -> list[Point]:
    out = []
    for p in points[:limit]:
        recent = sorted(p.indices, key=lambda k: rows[k]["item__received_on"], reverse=True)
        quotes = tuple(
            Quote(
                statement_id=rows[k]["id"],
                item_id=rows[k]["item_id"],
                text=rows[k]["text"],
                source_kind=rows[k]["item__source_kind"],
                source_name=rows[k]["item__source_name"],
                received_on=rows[k]["item__received_on"],
            )
            for k in recent[:QUOTES]
        )
        ids = tuple(rows[k]["id"] for k in p.indices)
        out.append(Point(p, rows[p.indices[0]]["group"], quotes, ids))
    return out


def recurring_points(
    user: Any,
    now: datetime,
    limit: int | None = 20,
    since: date | None = None,
    until: date | None = None,
) -> list[Point]:
    """Points to work on, highest impact × frequency first (weaknesses and context)."""
    rows, items, leads = _load(user, since, until)
    if not items:
        return []
    ids = [r["group"] for r in rows]
    ranked = rank_points(items, now, ids=ids, leads=_complete(leads, ids, user), lang=_lang(user))
    return _wrap(ranked, rows, limit)


def strength_points(user: Any, now: datetime, limit: int | None = None) -> list[Point]:
    """The strengths journal: praise grouped the same way, most confirmed first."""
    rows, items, leads = _load(user)
    if not items:
        return []
    ids = [r["group"] for r in rows]
    found = strengths(items, now, ids=ids, leads=_complete(leads, ids, user), lang=_lang(user))
    return _wrap(found, rows, limit)


def strengths_for(user: Any, now: datetime | None = None) -> list[str]:
    """What recruiters praised, one line per point, for the interview-preparation app."""
    moment = now or datetime.now(UTC)
    return [p.point.label for p in strength_points(user, moment)]


def point_for_group(user: Any, group: int, now: datetime) -> Point | None:
    """The ranked point whose stored group id is `group`, or None (someone else's, or gone)."""
    rows, items, leads = _load(user)
    ids = [r["group"] for r in rows]
    leads = _complete(leads, ids, user)
    for p in rank_points(
        items, now, ids=ids, leads=leads, lang=_lang(user), include_strengths=True
    ):
        if ids[p.indices[0]] == group:
            return _wrap([p], rows, None)[0]
    return None


def _complete(leads: dict[int, int], ids: list[int], user: Any) -> dict[int, int]:
    """Every group needs its stored central statement; a date filter may have cut it out,
    then the first statement of the period stands for the group."""
    for k, gid in enumerate(ids):
        leads.setdefault(gid, k)
    return leads


def _lang(user: Any) -> str:
    return "en" if getattr(user, "content_language", "fr") == "en" else "fr"
