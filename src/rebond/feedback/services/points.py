"""Recurring points (C3.4) and the strengths journal (C3.5) from stored statements.

Statements carry their labels, sentence vector and group id (refreshed on save), so a page
ranks them without the encoder or the clustering. It reads no text and no vector to rank: one
query for the statements' group ids and labels, one for the pieces of feedback (who, when),
the figures per group in numpy, then one query for the text of the groups that are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

import numpy as np

from rebond.accounts.language import content_lang
from rebond.feedback.models import FeedbackItem, Statement
from rebond.method.feedback.points import (
    RecurringPoint,
    decayed,
    make_point,
    point_order,
    strength_order,
    tally,
)
from rebond.method.feedback.settings import settings
from rebond.method.feedback.sources import source_weights

if TYPE_CHECKING:
    from rebond.accounts.models import User

# Past this many statements to show, their texts are read without naming them in the query
# (a long IN list would brush against the database's limit on parameters).
_NAMED_ROWS = 900
# Ranking reads these columns of the statements, none of them the text or the vector.
_ROW = ("id", "item_id", "position", "group", "polarity", "theme", "dimension")
_ITEM = ("id", "source_kind", "source_name", "application_id", "received_on")


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
    """A ranked point and its statements; `group` is the stored group id (stable in a session).

    Only the texts a page shows are read: `point.statements` holds the label's and the quotes'
    texts, while `point.count` and `statement_ids` cover every statement of the point.
    """

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


def _statements(user: User, since: date | None, until: date | None, group: int | None) -> Any:
    query = Statement.objects.for_user(user).filter(group__isnull=False)
    if since is not None:
        query = query.filter(item__received_on__gte=since)
    if until is not None:
        query = query.filter(item__received_on__lte=until)
    if group is not None:
        query = query.filter(group=group)
    return query.order_by()


@dataclass
class _Rows:
    """The person's grouped statements, most recent piece of feedback first (as items are
    listed), as columns; `item` indexes `items`, one row per piece of feedback."""

    ids: list[int]
    item: list[int]
    group: list[int]
    central: list[bool]
    polarity: list[str]
    theme: list[str]
    dimension: list[str]
    items: list[tuple[int, str, str, int | None, date]]
    dates: list[datetime]  # per item, noon UTC of the day it was received
    query: Any  # the statements query, to read the texts of the groups shown


def _load(user: User, since: date | None, until: date | None, group: int | None = None) -> _Rows:
    query = _statements(user, since, until, group)
    raw = list(query.values_list(*_ROW))
    # Central statements apart: a boolean column would cost the ORM a conversion on every row.
    central = set(query.filter(central=True).values_list("id", flat=True))
    found = FeedbackItem.objects.for_user(user)
    if since is not None:
        found = found.filter(received_on__gte=since)
    if until is not None:
        found = found.filter(received_on__lte=until)
    if group is not None:
        found = found.filter(statements__group=group).distinct()
    # Items newest first, as they are listed (then the highest id first).
    items = sorted(found.order_by().values_list(*_ITEM), key=lambda i: (i[4], i[0]), reverse=True)
    noon = time(12)
    rows = _Rows(
        ids=[],
        item=[],
        group=[],
        central=[],
        polarity=[],
        theme=[],
        dimension=[],
        items=items,
        dates=[datetime.combine(i[4], noon, tzinfo=UTC) for i in items],
        query=query,
    )
    if not raw:
        return rows
    cols = list(zip(*raw, strict=True))
    rank = {i[0]: k for k, i in enumerate(items)}
    item = np.array([rank[i] for i in cols[1]], dtype=np.int64)
    order = np.lexsort((np.array(cols[2]), item))  # statements in their order within an item
    rows.ids = np.array(cols[0], dtype=np.int64)[order].tolist()
    rows.item = item[order].tolist()
    rows.group = np.array(cols[3], dtype=np.int64)[order].tolist()
    rows.central = [i in central for i in rows.ids]
    for name, col in (("polarity", 4), ("theme", 5), ("dimension", 6)):
        setattr(rows, name, np.array(cols[col], dtype=object)[order].tolist())
    return rows


def _ranked(
    user: User,
    now: datetime,
    keep: set[str],
    order: Callable[[RecurringPoint], tuple],
    limit: int | None,
    since: date | None = None,
    until: date | None = None,
    group: int | None = None,
) -> list[Point]:
    """Points of the statements whose polarity is in `keep`, sorted by `order`, at most `limit`.

    Every group's figures come from `tally`; texts are read only for the groups that can be
    among the first `limit` (those tied with the last one included, since ties are broken on
    the label), so a page costs the same few queries whatever the amount of feedback.
    """
    rows = _load(user, since, until, group)
    lang = content_lang(user)
    chosen = [k for k, pol in enumerate(rows.polarity) if pol in keep]
    if not chosen:
        return []
    weights = source_weights(lang)
    codes: dict[str, int] = {}
    item_source = [
        codes.setdefault(_source_key(kind, name, app, item_id), len(codes))
        for item_id, kind, name, app, _day in rows.items
    ]
    item_weight = np.array([weights.get(i[1], 1.0) for i in rows.items])
    at = np.array([rows.item[k] for k in chosen], dtype=np.int64)
    item_value = decayed(item_weight, rows.dates, now, settings(lang).half_life_days)
    found = tally([rows.group[k] for k in chosen], np.array(item_source)[at], item_value[at])
    members = [[chosen[j] for j in m] for m in found.members]
    # The group's stored central statement names it; a date filter may have cut it out, then
    # the first (most recent) statement of the period stands for the group.
    leads = [next((k for k in m if rows.central[k]), m[0]) for m in members]
    impact = settings(lang).impact
    score = np.array(
        [
            round(impact[rows.dimension[k]] * float(w), 4)
            for k, w in zip(leads, found.weighted, strict=True)
        ]
    )
    counts = found.counts
    keys: tuple[np.ndarray, ...]
    if order is strength_order:
        keys = (-score, -counts, -found.sources)  # np.lexsort: the last key sorts first
    else:
        keys = (-found.sources, -score)
    ranking = np.lexsort(keys)
    if limit is not None and limit < len(ranking):
        last = tuple(k[ranking[limit - 1]] for k in keys)
        end = limit
        while end < len(ranking) and tuple(k[ranking[end]] for k in keys) == last:
            end += 1
        ranking = ranking[:end]
    shown = [int(g) for g in ranking]
    # Only the texts shown are read: each group's label and its most recent statements.
    texts = _texts(rows, sorted({k for g in shown for k in (leads[g], *members[g][:QUOTES])}))
    dates = [rows.dates[i] for i in rows.item]
    points = []
    for g in shown:
        k = leads[g]
        point = make_point(
            members[g],
            k,
            texts,
            (rows.theme[k], rows.dimension[k], rows.polarity[k]),
            dates,
            now,
            lang,
            int(found.sources[g]),
            float(found.weighted[g]),
        )
        points.append((point, found.groups[g]))
    points.sort(key=lambda pg: order(pg[0]))
    return [_wrap(point, gid, rows, texts) for point, gid in points[:limit]]


def _texts(rows: _Rows, wanted: list[int]) -> dict[int, str]:
    """Row position → statement text, for the rows in `wanted` (labels and quotes)."""
    query = rows.query
    ids = [rows.ids[k] for k in wanted]
    if len(ids) <= _NAMED_ROWS:
        query = query.filter(id__in=ids)
    by_id = dict(query.values_list("id", "text"))
    return {k: by_id[rows.ids[k]] for k in wanted}


def _wrap(point: RecurringPoint, group: int, rows: _Rows, texts: dict[int, str]) -> Point:
    # Rows are most recent first already: the first statements are the quotes.
    quotes = tuple(
        Quote(
            statement_id=rows.ids[k],
            item_id=rows.items[rows.item[k]][0],
            text=texts[k],
            source_kind=rows.items[rows.item[k]][1],
            source_name=rows.items[rows.item[k]][2],
            received_on=rows.items[rows.item[k]][4],
        )
        for k in point.indices[:QUOTES]
    )
    return Point(point, group, quotes, tuple(rows.ids[k] for k in point.indices))


def recurring_points(
    user: User,
    now: datetime,
    limit: int | None = 20,
    since: date | None = None,
    until: date | None = None,
) -> list[Point]:
    """Points to work on, highest impact × frequency first (weaknesses and context)."""
    return _ranked(user, now, {"weakness", "neutral"}, point_order, limit, since, until)


def strength_points(user: User, now: datetime, limit: int | None = None) -> list[Point]:
    """The strengths journal: praise grouped the same way, most confirmed first."""
    return _ranked(user, now, {"strength"}, strength_order, limit)


def strengths_for(user: User, now: datetime | None = None) -> list[str]:
    """What recruiters praised, one line per point, for the interview-preparation app."""
    moment = now or datetime.now(UTC)
    return [p.point.label for p in strength_points(user, moment)]


def point_for_group(user: User, group: int, now: datetime) -> Point | None:
    """The point whose stored group id is `group`, or None (someone else's, or gone)."""
    keep = {"weakness", "neutral", "strength"}
    found = _ranked(user, now, keep, point_order, None, group=group)
    return found[0] if found else None
