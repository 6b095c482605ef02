"""Recurring points (C3.4) and the strengths journal (C3.5).

Statements that make the same point in other words, in either language, from different
recruiters get one group id: average-linkage clustering on centred sentence-vector cosine, run
inside buckets of statements that agree on dimension and on being praise or not (a praise and
a criticism of the same topic are not the same point; a criticism read as "neutral" still is),
stopping when the closest groups' mean similarity falls under the playbook's
`group_threshold` (chosen on half of the dev set's groups, measured on the other half:
bench/feedback_quality.py; see `_cluster` for the optional dimension gap). Points are
then ranked by impact × frequency: the dimension's impact weight times the sum, over distinct
sources, of each source's most recent weighted mention, halved every `half_life_days`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from rebond.method import embeddings
from rebond.method.feedback_classify import FeedbackLabels, classify_many, shipped_model
from rebond.method.feedback_settings import DIMENSIONS, settings
from rebond.method.language import Lang

Vectors = NDArray[np.float32]


@dataclass(frozen=True)
class FeedbackItem:
    """One stored statement: its labels, who said it, when, and how much it counts."""

    text: str
    labels: FeedbackLabels
    source: str = ""
    date: datetime | None = None
    weight: float = 1.0
    vector: Vectors | None = field(default=None, compare=False, repr=False)


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


GroupInput = str | tuple[str, FeedbackLabels] | FeedbackItem


def _average_linkage(similarity: NDArray[np.float32], threshold: float) -> NDArray[np.int64]:
    """Cluster ids from average linkage, merging while the best mean similarity ≥ threshold.

    Nearest-neighbour chain (O(n²) time, no full scan per merge): follow each cluster's most
    similar partner until two clusters are each other's best; merge them if they are similar
    enough, otherwise retire both, since average linkage never brings them closer to anyone.
    """
    n = similarity.shape[0]
    parent = np.arange(n)
    sim = np.array(similarity, dtype=np.float32)
    np.fill_diagonal(sim, -np.inf)
    size = np.ones(n)
    alive = list(range(n))
    retired = np.zeros(n, dtype=bool)
    chain: list[int] = []
    # Only columns are blanked when a cluster leaves: its row is never read again.
    while True:
        if not chain:
            while alive and retired[alive[-1]]:
                alive.pop()
            if not alive:
                break
            chain.append(alive[-1])
        a = chain[-1]
        row = sim[a]
        b = int(row.argmax())
        best = float(row[b])
        if best == -np.inf:  # nobody left to merge with
            retired[a] = True
            chain.pop()
            continue
        if len(chain) > 1 and row[chain[-2]] >= best:
            b = chain[-2]
        if len(chain) < 2 or b != chain[-2]:
            chain.append(b)
            continue
        chain.pop()
        chain.pop()
        if best < threshold:
            retired[[a, b]] = True
            sim[:, [a, b]] = -np.inf
            continue
        merged = (size[a] * row + size[b] * sim[b]) / (size[a] + size[b])
        merged[a] = -np.inf
        sim[a, :] = merged
        sim[:, a] = merged
        sim[:, b] = -np.inf
        size[a] += size[b]
        retired[b] = True
        parent[b] = a
    for k in range(n):  # follow merges to each statement's final cluster
        root = k
        while parent[root] != root:
            root = parent[root]
        parent[k] = root
    return parent


def _normalise(
    items: Sequence[GroupInput], vectors: Vectors | None
) -> tuple[list[str], list[FeedbackLabels], Vectors]:
    texts = [
        i if isinstance(i, str) else i.text if isinstance(i, FeedbackItem) else i[0] for i in items
    ]
    if vectors is None:
        given = [i.vector if isinstance(i, FeedbackItem) else None for i in items]
        missing = [k for k, v in enumerate(given) if v is None]
        if missing:
            fresh = embeddings.encode([texts[k] for k in missing])
            for k, row in zip(missing, fresh, strict=True):
                given[k] = row
        vectors = (
            np.vstack([np.asarray(v, dtype=np.float32) for v in given])
            if items
            else np.zeros((0, embeddings.DIMENSIONS), dtype=np.float32)
        )
    raw = [
        None if isinstance(i, str) else i.labels if isinstance(i, FeedbackItem) else i[1]
        for i in items
    ]
    unlabelled = [k for k, lab in enumerate(raw) if lab is None]
    if unlabelled:
        found = classify_many([texts[k] for k in unlabelled], vectors=vectors[unlabelled])
        for k, lab in zip(unlabelled, found, strict=True):
            raw[k] = lab
    labels = [lab for lab in raw if lab is not None]
    return texts, labels, vectors


def group(
    items: Sequence[GroupInput],
    threshold: float | None = None,
    *,
    vectors: Vectors | None = None,
    lang: Lang = "fr",
) -> list[int]:
    """A group id per statement; the same id for statements that make the same point.

    Items are plain texts (classified here), (text, labels) pairs or `FeedbackItem`s; `vectors`
    may carry their precomputed embeddings. Ids are 0, 1, 2… in order of first appearance.
    `lang` names the playbook whose `group_threshold` applies when `threshold` is None.

    >>> group(["Vos exemples restaient trop généraux.", "Your examples were too vague.",
    ...        "Le poste a été pourvu en interne."])
    [0, 0, 1]
    """
    _, labels, vecs = _normalise(items, vectors)
    return group_labelled([(lab.polarity, lab.dimension) for lab in labels], vecs, threshold, lang)


def group_labelled(
    labels: Sequence[tuple[str, str]],
    vectors: Vectors,
    threshold: float | None = None,
    lang: Lang = "fr",
) -> list[int]:
    """`group` for statements whose (polarity, dimension) and vectors are known already.

    Buckets are independent: grouping only the statements of some buckets gives, for them,
    the groups that grouping everything gives (what stored statements rely on when one piece
    of feedback is saved: only the buckets it touches are grouped again).
    """
    conf = settings(lang)
    return _cluster(
        labels,
        vectors,
        conf.group_threshold if threshold is None else threshold,
        conf.group_dimension_gap,
    )


def _centred(vectors: Vectors) -> Vectors:
    """Sentence vectors with what all feedback sentences share removed, re-normalised.

    Raw vectors mostly say "this is interview feedback"; taking off the training set's mean and
    main directions leaves what the sentence is about.
    """
    model = shipped_model()
    centred = vectors - model.mean
    # Row by row (einsum's own loops, not a matrix product): a BLAS product rounds a row
    # differently with other rows beside it, and a bucket's vectors must not depend on the
    # other buckets' for grouping some buckets to match grouping all of them.
    along = np.einsum("nd,kd->nk", centred, model.common)
    centred = centred - np.einsum("nk,kd->nd", along, model.common)
    norms = np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)
    return np.asarray(centred / norms, dtype=np.float32)


class Bucket(NamedTuple):
    """Statements that may share a group: praise or not and one dimension, or, with the
    playbook's dimension gap, every dimension of a side (`dimension` None)."""

    praise: bool
    dimension: str | None


def bucket_of(polarity: str, dimension: str, gap: float | None) -> Bucket:
    """The bucket a statement of this polarity and dimension is grouped in (`_cluster`)."""
    return Bucket(polarity == "strength", None if gap is not None else dimension)


def _group_ids(
    labels: Sequence[FeedbackLabels],
    vectors: Vectors,
    threshold: float,
    gap: float | None = None,
) -> list[int]:
    """`_cluster` of labelled statements."""
    return _cluster([(lab.polarity, lab.dimension) for lab in labels], vectors, threshold, gap)


def _cluster(
    labels: Sequence[tuple[str, str]],
    vectors: Vectors,
    threshold: float,
    gap: float | None = None,
) -> list[int]:
    """Group ids of statements given as (polarity, dimension): average linkage inside each
    (praise or not, dimension) bucket (`bucket_of`); with a dimension `gap`, inside each side
    (praise, the rest) instead, statements of different dimensions being `gap` less similar.
    Ids are 0, 1, 2… in order of first appearance.

    Weakness and neutral share a side: the classifier confuses them more than it confuses
    either with praise, and splitting on that confusion cut real groups in two (held-out ARI
    0.565 → 0.592 at the playbook threshold, bench/feedback_quality.py).

    The gap (playbook `group_dimension_gap`, off by default) lets a statement whose dimension
    was misread still join its point. Nested cross-validation on the training set's labelled
    points (bench/feedback_quality.py --cv-groups) chose threshold 0.05 and gap 0.2 in every
    fold, ARI 0.601 against 0.502 for buckets at threshold 0.1; on the dev set it gave 0.596 on
    the held-out half (buckets: 0.592) but 0.448 on the whole set (0.467), and one similarity
    matrix per side costs 4.5 s and ~0.9 GB for 10,000 lines, so it stays off.
    """
    space = _centred(vectors)
    buckets: dict[Bucket, list[int]] = defaultdict(list)
    for k, (polarity, dimension) in enumerate(labels):
        buckets[bucket_of(polarity, dimension, gap)].append(k)
    raw = np.zeros(len(labels), dtype=np.int64)
    offset = 0
    for members in buckets.values():
        index = np.array(members)
        sub = space[index]
        similarity = sub @ sub.T
        if gap is not None:
            dims = np.array([DIMENSIONS.index(labels[k][1]) for k in members])
            similarity -= np.float32(gap) * (dims[:, None] != dims[None, :])
        raw[index] = _average_linkage(similarity, threshold) + offset
        offset += len(members)
    renumber: dict[int, int] = {}
    return [renumber.setdefault(int(c), len(renumber)) for c in raw]


def centres(ids: Sequence[int], vectors: Vectors) -> dict[int, int]:
    """For each group id, the index of its most central statement (the point's label).

    Store it with the group ids to rank later without loading any vector.

    >>> import numpy as np
    >>> centres([0, 0, 0, 1], np.array([[1, 0], [0.8, 0.6], [0.6, 0.8], [0, 1]], "float32"))
    {0: 1, 1: 3}
    """
    members: dict[int, list[int]] = defaultdict(list)
    for k, gid in enumerate(ids):
        members[gid].append(k)
    found = {}
    for gid, idx in members.items():
        sub = vectors[idx]
        found[gid] = idx[int((sub @ sub.T).sum(axis=1).argmax())]
    return found


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
        weighted=np.bincount(pair_group, weights=best, minlength=len(found)),
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
        texts, labels, vecs = _normalise(items, None)
    chosen = [k for k, lab in enumerate(labels) if lab.polarity in keep]
    if ids is None:
        assert vecs is not None
        ids = _group_ids(
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
            sub = (vecs if vecs is not None else _normalise(items, None)[2])[idx]
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
