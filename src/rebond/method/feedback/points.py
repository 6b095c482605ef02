"""Recurring points (C3.4) and the strengths journal (C3.5), ranked.

Groups come from `feedback_groups`. Points are ranked by impact × frequency: the dimension's
impact weight times the sum, over distinct sources, of each source's most recent weighted
mention, halved every `half_life_days`; a trend says whether a point comes up more or less
often lately.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from numpy.typing import NDArray

from rebond.method.feedback.groups import (
    FeedbackItem,
    Vectors,
    group_ids,
    labelled_vectors,
)
from rebond.method.feedback.settings import settings
from rebond.method.text.language import Lang


@dataclass(frozen=True)
class RecurringPoint:
    """A point several statements make; `label` is its most central statement."""

    label: str
    theme: str
    dimension: str
    polarity: str
    statements: tuple[str, ...]
    indices: tuple[int, ...]
    count: int
    sources: int
    first_seen: datetime | None
    last_seen: datetime | None
    trend: str
    score: float


def _decay(date: datetime | None, now: datetime, half_life: float) -> float:
    if date is None:
        return 1.0
    age_days = max(0.0, (now - date).total_seconds() / 86400.0)
    return float(0.5 ** (age_days / half_life))


def _trend(dates: list[datetime], now: datetime, window_days: float) -> str:
    # A date a few hours ahead of `now` is today's (pages date each piece at noon UTC of the
    # day it came in): it counts as recent, not as nothing.
    ages = [max(0.0, (now - d).total_seconds() / 86400.0) for d in dates]
    recent = sum(a < window_days for a in ages)
    before = sum(window_days <= a < 2 * window_days for a in ages)
    if recent > before:
        return "rising"
    if recent < before or recent == 0:
        return "fading"
    return "steady"


def decayed(
    weights: Sequence[float] | NDArray[np.float64],
    dates: Sequence[datetime | None],
    now: datetime | None,
    half_life: float,
) -> NDArray[np.float64]:
    """Each mention's weight halved every `half_life` days of age (undated: not decayed;
    a date after `now` counts as today; no `now`: weights as they are)."""
    values = np.asarray(weights, dtype=np.float64)
    if now is None or not len(values):
        return values.copy()
    reference = now.timestamp()
    ages = np.array([np.nan if d is None else reference - d.timestamp() for d in dates])
    ages = np.maximum(ages, 0.0) / 86400.0
    return np.where(np.isnan(ages), values, values * 0.5 ** (ages / half_life))


@dataclass(frozen=True)
class Tally:
    """Per-group figures for ranking, aligned on `groups` (ids in order of first appearance).

    `members` are row positions in row order; `weighted` is, over the group's distinct
    sources, the sum of each source's largest (decayed) weight: frequency, recency and weight.
    """

    groups: list[int]
    members: list[list[int]]
    sources: NDArray[np.int64]
    weighted: NDArray[np.float64]

    @property
    def counts(self) -> NDArray[np.int64]:
        return np.array([len(m) for m in self.members], dtype=np.int64)


def tally(
    ids: Sequence[int] | NDArray[np.int64],
    sources: Sequence[int] | NDArray[np.int64],
    values: NDArray[np.float64],
) -> Tally:
    """Group ids, source codes and decayed weights per row → per-group figures, no loop per row.

    >>> t = tally([5, 5, 2, 5], [0, 0, 1, 1], np.array([1.0, 0.5, 2.0, 0.25]))
    >>> t.groups, t.members, t.sources.tolist(), t.weighted.tolist()
    ([5, 2], [[0, 1, 3], [2]], [2, 1], [1.25, 2.0])
    """
    gid = np.asarray(ids, dtype=np.int64)
    if not len(gid):
        return Tally([], [], np.zeros(0, np.int64), np.zeros(0, np.float64))
    found, first, inverse = np.unique(gid, return_index=True, return_inverse=True)
    rank = np.empty(len(found), dtype=np.int64)  # unique order → order of first appearance
    rank[np.argsort(first, kind="stable")] = np.arange(len(found))
    group_of = rank[inverse]
    order = np.argsort(group_of, kind="stable")
    bounds = np.cumsum(np.bincount(group_of, minlength=len(found)))[:-1]
    members = [part.tolist() for part in np.split(order, bounds)]
    src = np.asarray(sources, dtype=np.int64)
    pairs, pair_of = np.unique(group_of * (int(src.max()) + 1) + src, return_inverse=True)
    best = np.full(len(pairs), -np.inf)
    np.maximum.at(best, pair_of, values)
    pair_group = pairs // (int(src.max()) + 1)
    return Tally(
        groups=found[np.argsort(first, kind="stable")].tolist(),
        members=members,
        sources=np.bincount(pair_group, minlength=len(found)).astype(np.int64),
        weighted=np.bincount(pair_group, weights=best, minlength=len(found)).astype(np.float64),
    )


def make_point(
    idx: Sequence[int],
    central: int,
    texts: Sequence[str] | Mapping[int, str],
    lead: tuple[str, str, str],
    dates: Sequence[datetime | None],
    now: datetime | None,
    lang: Lang,
    sources: int,
    weighted: float,
) -> RecurringPoint:
    """The point of one group: rows `idx`, its `central` row, the lead's (theme, dimension,
    polarity), the rows' dates and the group's `tally` figures.

    `texts` may be a mapping that holds only some rows (those a page shows): `statements` then
    lists those; `count` still counts every row.
    """
    conf = settings(lang)
    theme, dimension, polarity = lead
    partial = isinstance(texts, Mapping)
    seen = sorted(d for d in (dates[k] for k in idx) if d is not None)
    return RecurringPoint(
        label=texts[central],
        theme=theme,
        dimension=dimension,
        polarity=polarity,
        statements=tuple(texts[k] for k in idx if k in texts)
        if partial
        else tuple(texts[k] for k in idx),
        indices=tuple(idx),
        count=len(idx),
        sources=sources,
        first_seen=seen[0] if seen else None,
        last_seen=seen[-1] if seen else None,
        trend=_trend(seen, now, conf.trend_window_days) if now and seen else "steady",
        score=round(conf.impact[dimension] * weighted, 4),
    )


def _points(
    items: Sequence[FeedbackItem],
    now: datetime | None,
    lang: Lang,
    threshold: float | None,
    keep: set[str],
    ids: Sequence[int] | None = None,
    leads: Mapping[int, int] | None = None,
) -> list[RecurringPoint]:
    conf = settings(lang)
    vecs: Vectors | None = None
    if ids is not None and leads is not None and all(i.labels for i in items):
        # Stored groups and their central statements: no vector is needed at all.
        texts, labels = [i.text for i in items], [i.labels for i in items]
    else:
        texts, labels, vecs = labelled_vectors(items, None)
    chosen = [k for k, lab in enumerate(labels) if lab.polarity in keep]
    if ids is None:
        assert vecs is not None
        ids = group_ids(
            [labels[k] for k in chosen],
            vecs[chosen],
            conf.group_threshold if threshold is None else threshold,
            conf.group_dimension_gap,
        )
    else:
        # Stored ids (computed when statements were saved, by `group_labelled` over their
        # buckets): buckets split praise from the rest, and `keep` is either side, so groups
        # stay whole.
        if len(ids) != len(items):
            raise ValueError("ids must give one group id per item")
        ids = [ids[k] for k in chosen]
    codes: dict[str, int] = {}
    source_of = [codes.setdefault(items[k].source or f"#{k}", len(codes)) for k in chosen]
    dates = [i.date for i in items]
    values = decayed(
        [items[k].weight for k in chosen], [dates[k] for k in chosen], now, conf.half_life_days
    )
    found = tally(ids, source_of, values)
    points = []
    for g, gid in enumerate(found.groups):
        idx = [chosen[j] for j in found.members[g]]
        if leads is not None and gid in leads:
            central = leads[gid]
        else:
            sub = (vecs if vecs is not None else labelled_vectors(items, None)[2])[idx]
            central = idx[int((sub @ sub.T).sum(axis=1).argmax())]
        lab = labels[central]
        lead = (lab.theme, lab.dimension, lab.polarity)
        points.append(
            make_point(
                idx,
                central,
                texts,
                lead,
                dates,
                now,
                lang,
                int(found.sources[g]),
                float(found.weighted[g]),
            )
        )
    return points


def point_order(point: RecurringPoint) -> tuple[float, int, str]:
    """Sort key of points to work on: impact × frequency, then sources, then label."""
    return (-point.score, -point.sources, point.label)


def strength_order(point: RecurringPoint) -> tuple[int, int, float, str]:
    """Sort key of the strengths journal: most confirmed first."""
    return (-point.sources, -point.count, -point.score, point.label)


def rank_points(
    items: Sequence[FeedbackItem],
    now: datetime,
    *,
    threshold: float | None = None,
    lang: Lang = "fr",
    include_strengths: bool = False,
    ids: Sequence[int] | None = None,
    leads: Mapping[int, int] | None = None,
) -> list[RecurringPoint]:
    """Points to work on (weaknesses and context), highest impact × frequency first.

    Pass stored `vector`s on the items to skip the encoder, and the `ids` that `group` gave
    them when they were saved to skip the clustering; with `leads` (`centres` of those ids,
    stored too) no vector is read at all. `now` drives recency and trend.
    """
    keep = {"weakness", "neutral"} | ({"strength"} if include_strengths else set())
    points = _points(items, now, lang, threshold, keep, ids, leads)
    return sorted(points, key=point_order)


def strengths(
    items: Sequence[FeedbackItem],
    now: datetime | None = None,
    *,
    threshold: float | None = None,
    lang: Lang = "fr",
    ids: Sequence[int] | None = None,
    leads: Mapping[int, int] | None = None,
) -> list[RecurringPoint]:
    """The strengths journal: praised points grouped like `rank_points`, most confirmed first.

    `ids` and `leads` are stored group ids and centres, as for `rank_points`.
    """
    points = _points(items, now, lang, threshold, {"strength"}, ids, leads)
    return sorted(points, key=strength_order)
