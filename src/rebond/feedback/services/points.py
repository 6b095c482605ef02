"""Recurring points (C3.4) and the strengths journal (C3.5) from stored statements.

Statements carry their labels, sentence vector and group id (refreshed on save), so a page
reads them in one query and ranks them without the encoder or the clustering.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

import numpy as np

from rebond.feedback.models import Statement
from rebond.feedback.services.items import labels_of
from rebond.method.feedback import FeedbackItem, RecurringPoint, rank_points, strengths
from rebond.method.feedback_sources import source_weights

_COLUMNS = (
    "id", "text", "lang", "theme", "dimension", "polarity", "nature", "cause", "embedding",
    "group", "item_id", "item__source_kind", "item__source_name", "item__application_id",
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
    quotes: tuple[Quote, ...]
    statement_ids: tuple[int, ...]


def _source_key(kind: str, name: str, application_id: int | None, item_id: int) -> str:
    folded = " ".join(name.lower().split())
    if folded:
        return f"{kind}:{folded}"
    return f"{kind}:application-{application_id}" if application_id else f"item-{item_id}"


def _load(user: Any, since: date | None = None, until: date | None = None) -> tuple[list, list]:
    query = Statement.objects.for_user(user).filter(group__isnull=False)
    if since is not None:
        query = query.filter(item__received_on__gte=since)
    if until is not None:
        query = query.filter(item__received_on__lte=until)
    rows = [dict(zip(_COLUMNS, values, strict=True)) for values in query.values_list(*_COLUMNS)]
    weights = source_weights(getattr(user, "content_language", "fr") or "fr")
    items = []
    for row in rows:
        stub = Statement(**{k: row[k] for k in _COLUMNS[:8]})
        items.append(
            FeedbackItem(
                text=row["text"],
                labels=labels_of(stub),
                source=_source_key(
                    row["item__source_kind"],
                    row["item__source_name"],
                    row["item__application_id"],
                    row["item_id"],
                ),
                date=datetime.combine(row["item__received_on"], time(12), tzinfo=UTC),
                weight=weights.get(row["item__source_kind"], 1.0),
                vector=np.frombuffer(bytes(row["embedding"]), dtype=np.float32),
            )
        )
    return rows, items


def _wrap(points: list[RecurringPoint], rows: list[dict], limit: int | None) -> list[Point]:
    out = []
    for p in points[:limit]:
        quotes = tuple(
            Quote(
                statement_id=rows[k]["id"],
                item_id=rows[k]["item_id"],
                text=rows[k]["text"],
                source_kind=rows[k]["item__source_kind"],
                source_name=rows[k]["item__source_name"],
                received_on=rows[k]["item__received_on"],
            )
            for k in p.indices
        )
        ids = tuple(q.statement_id for q in quotes)
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
    rows, items = _load(user, since, until)
    if not items:
        return []
    ranked = rank_points(items, now, ids=[r["group"] for r in rows], lang=_lang(user))
    return _wrap(ranked, rows, limit)


def strength_points(user: Any, now: datetime, limit: int | None = None) -> list[Point]:
    """The strengths journal: praise grouped the same way, most confirmed first."""
    rows, items = _load(user)
    if not items:
        return []
    found = strengths(items, now, ids=[r["group"] for r in rows], lang=_lang(user))
    return _wrap(found, rows, limit)


def strengths_for(user: Any, now: datetime | None = None) -> list[str]:
    """What recruiters praised, one line per point, for the interview-preparation app."""
    moment = now or datetime.now(UTC)
    return [p.point.label for p in strength_points(user, moment)]


def point_for_group(user: Any, group: int, now: datetime) -> Point | None:
    """The ranked point whose stored group id is `group`, or None (someone else's, or gone)."""
    rows, items = _load(user)
    ids = [r["group"] for r in rows]
    for p in rank_points(items, now, ids=ids, lang=_lang(user), include_strengths=True):
        if ids[p.indices[0]] == group:
            return _wrap([p], rows, None)[0]
    return None


def _lang(user: Any) -> str:
    return "en" if getattr(user, "content_language", "fr") == "en" else "fr"
