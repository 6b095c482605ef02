"""The space statements are grouped in: centred sentence vectors through a learned projection.

The sentence encoder places two wordings of one point ("tendance à vous étendre sur le
contexte", "answers too long") only a little closer than two different points of the same
dimension. A linear map of the centred vectors (512 × 512, starting from the identity) is
learned from the training statements' points: inside each writer's statements, each statement
should find its own point's other statements among its nearest (a softmax over cosines, the
"neighbourhood components" loss), while the map stays near the identity (a penalty on the
change). Writers are the batches, so a point is only ever told apart from the points its own
writer wrote, as a person's points are from each other.

Fitted on the train writers only (`data/feedback/train_writers.jsonl` and `train.jsonl`, rows
with a `group`), chosen on the dev writers (bench/feedback_writers.py); the weights ship with
the package (`metric.npz`, `bench/feedback_corpus.py --build`), stamped with a digest of the
examples, this code and the classifier's centring.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from rebond.method.feedback.classifier import TRAINING_FILES, model_digest, shipped_model
from rebond.method.feedback.paraphrase import centred
from rebond.method.learning import embeddings, model_store

Vectors = NDArray[np.float32]
Matrix = NDArray[np.float64]

SHIPPED_PROJECTION = TRAINING_FILES[0].with_name("metric.npz")
# Softmax temperature over cosines, penalty on the change from the identity, and Adam steps:
# chosen on the dev writers (bench/feedback_writers.py), fitted on the train writers.
TEMPERATURE = 0.1
PENALTY = 0.01
STEPS = 150
_RATE = 0.01


def _loss_and_gradient(
    w: Matrix, batches: Sequence[tuple[Matrix, NDArray[np.bool_]]], start: Matrix
) -> tuple[float, Matrix]:
    """Mean over anchors of −log(the softmax mass on the anchor's own point), plus the penalty."""
    loss, gradient, anchors = 0.0, np.zeros_like(w), 0
    for x, same in batches:
        raw = x @ w
        norms = np.maximum(np.linalg.norm(raw, axis=1, keepdims=True), 1e-9)
        z = raw / norms
        scores = (z @ z.T) / TEMPERATURE
        np.fill_diagonal(scores, -np.inf)
        scores -= scores.max(axis=1, keepdims=True)
        weights = np.exp(scores)
        p = weights / weights.sum(axis=1, keepdims=True)
        own = np.where(same, p, 0.0)
        mass = own.sum(axis=1, keepdims=True)
        has = same.any(axis=1)
        loss -= float(np.log(np.maximum(mass[has, 0], 1e-300)).sum())
        d_scores = p - own / np.maximum(mass, 1e-300)
        d_scores[~has] = 0.0
        d_z = (d_scores + d_scores.T) @ z / TEMPERATURE
        d_raw = (d_z - z * (d_z * z).sum(axis=1, keepdims=True)) / norms
        gradient += x.T @ d_raw
        anchors += int(has.sum())
    change = w - start
    anchors = max(anchors, 1)
    return (
        loss / anchors + PENALTY * float((change**2).sum()),
        gradient / anchors + 2 * PENALTY * change,
    )


def train_projection(space: Matrix, points: Sequence[str], batches: Sequence[str]) -> Matrix:
    """The projection (d × d) learned from centred vectors `space`, each row's point and the
    batch (writer) it belongs to; Adam from the identity, `STEPS` full passes."""
    rows: dict[str, list[int]] = defaultdict(list)
    for k, batch in enumerate(batches):
        rows[batch].append(k)
    data = []
    for members in rows.values():
        labels = np.array([points[k] for k in members])
        same = labels[:, None] == labels[None, :]
        np.fill_diagonal(same, False)
        data.append((space[members], same))
    start = np.eye(space.shape[1])
    w = start.copy()
    first, second = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, STEPS + 1):
        _, gradient = _loss_and_gradient(w, data, start)
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        w -= _RATE * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return w


def training_points() -> tuple[list[str], list[str], list[str]]:
    """(texts, points, writers) of every shipped training statement that names its point."""
    texts, points, writers = [], [], []
    for path in TRAINING_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("group"):
                texts.append(row["text"])
                writers.append(f"{path.name}:{row.get('source', '')}")
                points.append(f"{writers[-1]}:{row['group']}")
    return texts, points, writers


def train() -> dict[str, Matrix]:
    texts, points, writers = training_points()
    model = shipped_model()
    space = centred(embeddings.encode(texts), model.mean, model.common).astype(np.float64)
    return {"projection": train_projection(space, points, writers)}


def digest() -> str:
    code = (Path(__file__), Path(__file__).with_name("paraphrase.py"))
    return model_store.digest((*TRAINING_FILES, *code), model_digest())


@cache
def shipped_projection() -> Matrix:
    arrays = model_store.kept(
        "feedback-metric", digest(), ["projection"], train, shipped=SHIPPED_PROJECTION
    )
    return np.asarray(arrays["projection"], dtype=np.float32)


def grouping_space(vectors: Vectors) -> Vectors:
    """Unit-length rows of the space statements are grouped in (module doc).

    Row by row (a stack of vector × matrix products, not one matrix product): a row's value
    must not depend on the rows beside it, so that grouping some buckets gives, for them, the
    groups that grouping every bucket gives.
    """
    model = shipped_model()
    base = centred(vectors, model.mean, model.common)
    projection = shipped_projection()
    if not len(base):
        return np.zeros((0, projection.shape[1]), dtype=np.float32)
    mapped = np.matmul(base[:, None, :], projection)[:, 0, :]
    norms = np.maximum(np.linalg.norm(mapped, axis=1, keepdims=True), 1e-9)
    return np.asarray(mapped / norms, dtype=np.float32)
