"""Grouping statements into recurring points (C3.4); their ranking is in `feedback_points`.

Statements that make the same point in other words, in either language, from different
recruiters get one group id: average-linkage clustering on the cosine of sentence vectors in
the space learned for it (`feedback_metric`: centred, then a projection fitted on the train
writers' points), run inside buckets of statements that agree on dimension and on being praise
or not (a praise and a criticism of the same topic are not the same point; a criticism read as
"neutral" still is),
stopping when the closest groups' mean similarity falls under the playbook's
`group_threshold` (chosen on the dev writers: bench/feedback_writers.py; see `_cluster` for
the optional dimension gap).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

import numpy as np
from numpy.typing import NDArray

from rebond.method.feedback.classifier import FeedbackLabels, classify_many
from rebond.method.feedback.metric import grouping_space
from rebond.method.feedback.settings import DIMENSIONS, settings
from rebond.method.learning import embeddings
from rebond.method.learning.linkage import average_linkage
from rebond.method.text.language import Lang

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


GroupInput = str | tuple[str, FeedbackLabels] | FeedbackItem


def labelled_vectors(
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
    _, labels, vecs = labelled_vectors(items, vectors)
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


class Bucket(NamedTuple):
    """Statements that may share a group: praise or not and one dimension, or, with the
    playbook's dimension gap, every dimension of a side (`dimension` None)."""

    praise: bool
    dimension: str | None


def bucket_of(polarity: str, dimension: str, gap: float | None) -> Bucket:
    """The bucket a statement of this polarity and dimension is grouped in (`_cluster`)."""
    return Bucket(polarity == "strength", None if gap is not None else dimension)


def group_ids(
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
    either with praise, and splitting on that confusion cut real groups in two.

    The gap (playbook `group_dimension_gap`, off by default) lets a statement whose dimension
    was misread still join its point. It stays off: its gain on the training set did not carry
    to the dev set, and one similarity matrix per side costs seconds and about a gigabyte for
    10,000 lines. The figures are in docs/feedback.md ("Tuning history").
    """
    space = grouping_space(vectors)
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
        raw[index] = average_linkage(similarity, threshold) + offset
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
