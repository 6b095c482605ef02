"""Is this sentence of a message feedback, or courtesy and boilerplate? (C3.3)

A logistic regression over the sentence vector, its hashed word stems (`word_features`) and a
few transparent signals: whether a playbook courtesy formula matches, the sentence's length,
whether it opens or closes a message of four sentences or more. Trained on the sentences that
the writers' corpus marks as feedback or not (train writers only, `data/feedback/gate.jsonl`,
built by bench/feedback_corpus.py) plus every labelled feedback statement the package ships;
the weights ship with the package (`model_store`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from rebond.method.feedback.classifier import TRAINING_FILES
from rebond.method.feedback.settings import all_email_patterns
from rebond.method.feedback.split import is_courtesy
from rebond.method.learning import embeddings, model_store
from rebond.method.learning.regression import fit_with_words, softmax
from rebond.method.learning.word_features import bag
from rebond.method.text.language import Lang, detect_many, words

GATE_FILE = Path(__file__).parents[1] / "data" / "feedback" / "gate.jsonl"
SHIPPED_WEIGHTS = GATE_FILE.with_name("gate.npz")
_SIGNAL_SCALE = 0.5
# How much the hashed words count next to the vector (chosen on the dev writers).
_WORD_SCALE = 1.0

Matrix = NDArray[np.float64]


def _signals(texts: Sequence[str], edges: Sequence[bool]) -> Matrix:
    rows = [
        [
            float(is_courtesy(text)),
            float(np.log1p(len(words(text)))) / 3.0,
            float(edge),
            1.0,
        ]
        for text, edge in zip(texts, edges, strict=True)
    ]
    return np.array(rows, dtype=np.float64).reshape(len(texts), 4) * _SIGNAL_SCALE


# A message of fewer sentences than this has no "opening" or "closing" sentence: a pasted
# note of two lines is all feedback as often as not.
EDGE_FROM = 4


def edges(count: int) -> list[bool]:
    """Whether each of `count` sentences in a row opens or closes its message."""
    return [count >= EDGE_FROM and k in (0, count - 1) for k in range(count)]


def features(vectors: NDArray[np.float32], texts: Sequence[str], edges: Sequence[bool]) -> Matrix:
    return np.hstack([vectors.astype(np.float64), _signals(texts, edges)])


def training_rows() -> tuple[list[str], list[bool], list[bool]]:
    """(texts, is feedback, opens or closes its message) of every training sentence."""
    texts: list[str] = []
    labels: list[bool] = []
    edges: list[bool] = []
    for line in GATE_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts.append(row["text"])
            labels.append(bool(row["feedback"]))
            edges.append(bool(row.get("edge", False)))
    for path in TRAINING_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
                labels.append(True)
                edges.append(False)
    return texts, labels, edges


def train(
    texts: Sequence[str],
    labels: Sequence[bool],
    edges: Sequence[bool],
    vectors: NDArray[np.float32] | None = None,
) -> dict[str, Matrix]:
    vecs = embeddings.encode(list(texts)) if vectors is None else vectors
    y = np.array([int(v) for v in labels], dtype=np.int64)
    langs = detect_many(list(texts))
    w, v = fit_with_words(
        features(vecs, texts, edges), bag(texts, langs), y, 2, word_scale=_WORD_SCALE
    )
    return {"w": w, "v": v}


def digest() -> str:
    """What the shipped weights are a function of: the examples, the features' code and the
    playbooks' courtesy formulas (one of the features)."""
    method = Path(__file__).parents[1]
    helpers = ("learning/regression.py", "feedback/split.py", "learning/word_features.py")
    code = (Path(__file__), *(method / name for name in helpers))
    courtesy = [p.pattern for p in all_email_patterns()["courtesy"]]
    return model_store.digest((GATE_FILE, *TRAINING_FILES, *code), f"courtesy:{courtesy}")


@cache
def shipped_weights() -> dict[str, Matrix]:
    return model_store.kept(
        "feedback-gate",
        digest(),
        ["w", "v"],
        lambda: train(*training_rows()),
        shipped=SHIPPED_WEIGHTS,
    )


def probabilities(
    texts: Sequence[str],
    edges: Sequence[bool],
    langs: Sequence[Lang],
    vectors: NDArray[np.float32] | None = None,
    weights: dict[str, Matrix] | None = None,
) -> list[float]:
    """The probability that each sentence is feedback."""
    if not texts:
        return []
    vecs = embeddings.encode(list(texts)) if vectors is None else vectors
    fitted = shipped_weights() if weights is None else weights
    scores = features(vecs, texts, edges) @ fitted["w"]
    scores += _WORD_SCALE * bag(texts, langs).dot(fitted["v"])
    return [float(p) for p in softmax(scores)[:, 1]]
