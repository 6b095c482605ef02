"""Near-paraphrases read together: statements that say the same thing share one dimension.

The dimension classifier reads each statement alone and misreads some ("votre aisance en
anglais" read as `skills` when its paraphrase says `nonverbal`); a misread statement then lands
in the wrong grouping bucket and leaves its recurring point. When statements are classified
together, those on the same side (praise or not) that are near-paraphrases, average-linkage
clusters of centred sentence vectors at the playbook's `paraphrase_threshold`, pool their
dimension evidence: each takes the dimension that the sum of their log-probabilities favours.
Distinct texts count once (the same sentence pasted twice is not twice the evidence), and a
statement the person corrected keeps its correction. A batch of more than `MAX_POOLED`
distinct statements (a bulk `rebond analyze feedback` file) is read statement by statement.

The threshold (0.45) was chosen by nested cross-validation over the training set's labelled
points, never reading the dev set (bench/feedback_quality.py --cv-paraphrase).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from rebond.method.learning.linkage import average_linkage

Vectors = NDArray[np.float32]
Matrix = NDArray[np.float64]

# Beyond this many distinct statements read at once (a bulk file, not one person's feedback),
# pooling is skipped and each statement is read alone: its cost grows with the square of the
# count, and 10,000 near-identical bench lines took 14 s more than the 15 s the CLI allows.
MAX_POOLED = 2_000
# Rows are compared this many at a time: the similarity of every pair is never held at once.
_BLOCK = 2048
# Partners per row linked when finding components (`_components`).
_LINKS = 32
# Log of a probability the model calls zero: a bound, so that one vote cannot be infinite.
_LOG_FLOOR = float(np.log(1e-9))


def centred(vectors: Vectors, mean: Vectors, common: Vectors) -> Vectors:
    """Sentence vectors with what all feedback sentences share removed, re-normalised.

    Raw vectors mostly say "this is interview feedback"; taking off the training set's mean and
    main directions leaves what the sentence is about.
    """
    shifted = vectors - mean
    # Row by row (einsum's own loops, not a matrix product): a BLAS product rounds a row
    # differently with other rows beside it, and a bucket's vectors must not depend on the
    # other buckets' for grouping some buckets to match grouping all of them.
    along = np.einsum("nd,kd->nk", shifted, common)
    shifted = shifted - np.einsum("nk,kd->nd", along, common)
    norms = np.maximum(np.linalg.norm(shifted, axis=1, keepdims=True), 1e-9)
    return np.asarray(shifted / norms, dtype=np.float32)


def centred_similarity(
    many: Vectors, few: Vectors, mean: Vectors, common: Vectors
) -> NDArray[np.float32]:
    """Cosines between `centred` rows of `many` and of `few` (len(many) × len(few)), from
    matrix products over `many` as it is: what a stored person's thousands of vectors need to
    find candidates quickly (equal to `centred(many) @ centred(few).T` up to rounding)."""
    target = centred(few, mean, common)  # unit length, already free of mean and `common`
    # (v − mean) projected off `common`, dotted with a target free of `common` and of norm 1:
    dots = many @ target.T - mean @ target.T
    # |(v − mean) off `common`|² = |v − mean|² − |common·(v − mean)|²
    shifted_sq = np.einsum("nd,nd->n", many, many) - 2 * (many @ mean) + mean @ mean
    along = many @ common.T - common @ mean
    norms = np.sqrt(np.maximum(shifted_sq - np.einsum("nk,nk->n", along, along), 1e-18))
    return np.asarray(dots / norms[:, None], dtype=np.float32)


def _components(space: Vectors, threshold: float) -> list[NDArray[np.int64]]:
    """Rows linked by a chain of pairs at least `threshold` similar (two or more rows each).

    Average linkage at `threshold` never joins rows of two such components (a cluster pair's
    mean similarity reaches the threshold only if one of its pairs does), so clustering each
    component alone gives the clusters of clustering everything, without an n × n matrix.
    Only each row's `_LINKS` closest partners are linked: a row with more partners than that
    above the threshold still reaches them through its own, unless they form a separate crowd
    of more than `_LINKS` near-duplicates (then it is pooled with its closest crowd only).
    """
    n = len(space)
    parent = np.arange(n)

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for start in range(0, n, _BLOCK):
        block = space[start : start + _BLOCK] @ space.T
        # Each row's closest `_LINKS` partners at most: a chain through them reaches every row
        # a dense crowd of near-duplicates holds, without walking its millions of pairs.
        keep = min(_LINKS, n)
        near = np.argpartition(-block, keep - 1, axis=1)[:, :keep]
        strong = np.take_along_axis(block, near, axis=1) >= threshold
        rows = np.repeat(np.arange(start, start + len(block)), keep)[strong.ravel()]
        for a, b in zip(rows.tolist(), near[strong].tolist(), strict=True):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(n):
        members[root(k)].append(k)
    return [np.array(m) for m in members.values() if len(m) > 1]


def paraphrase_sets(
    space: Vectors, sides: Sequence[bool], threshold: float
) -> list[NDArray[np.int64]]:
    """Sets of rows (two or more) on one side that are near-paraphrases of each other.

    `space` holds centred, unit-length vectors of distinct texts; `sides` says which rows are
    praise. Average linkage at `threshold`, run inside each side.
    """
    side = np.asarray(sides, dtype=bool)
    found: list[NDArray[np.int64]] = []
    for praise in (True, False):
        rows = np.flatnonzero(side == praise)
        for component in _components(space[rows], threshold):
            index = rows[component]
            sub = space[index]
            ids = average_linkage(sub @ sub.T, threshold)
            for cluster in np.unique(ids):
                chosen = index[ids == cluster]
                if len(chosen) > 1:
                    found.append(chosen)
    return found


def pool_dimensions(
    dimension_probs: Matrix,
    space: Vectors,
    texts: Sequence[str],
    sides: Sequence[bool],
    threshold: float,
) -> Matrix:
    """Dimension probabilities after near-paraphrases pooled their evidence (module doc).

    A row whose best probability is exactly 1 (a full-weight correction) keeps its own.
    """
    distinct: dict[str, int] = {}
    first = [distinct.setdefault(text, k) for k, text in enumerate(texts)]
    keys = list(distinct.values())
    if len(keys) > MAX_POOLED:  # each statement read alone (module doc)
        return dimension_probs
    logs = np.maximum(np.log(np.maximum(dimension_probs[keys], 1e-300)), _LOG_FLOOR)
    pooled = dimension_probs[keys].copy()
    for members in paraphrase_sets(space[keys], [sides[k] for k in keys], threshold):
        total = logs[members].sum(axis=0)
        shared = np.exp(total - total.max())
        pooled[members] = shared / shared.sum()
    position = {row: k for k, row in enumerate(keys)}
    out = pooled[[position[row] for row in first]]
    fixed = dimension_probs.max(axis=1) >= 1.0
    out[fixed] = dimension_probs[fixed]
    return np.asarray(out, dtype=np.float64)
