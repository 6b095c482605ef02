"""The learned half of the distortion spotter: logistic regressions on sentence vectors + cues.

Each target (`distorted`, then one per distortion type) gets its own L2-regularised logistic
regression, fitted by Newton's method in numpy on the labelled examples shipped in
`rebond/method/data/thoughts/train.jsonl`. Features are the multilingual sentence embedding
(so a French paraphrase of an English example lands nearby) plus the cue-rule hits of
`thoughts_cues` (so grammar the embedding blurs, like "never" tied to the self, still counts).
Training takes well under a second once the examples are embedded, so it happens on first use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from rebond.method import embeddings
from rebond.method.language import Lang, normalise_lang
from rebond.method.thoughts_cues import DISTORTIONS, FEATURES, cue_vector

TRAINING_FILE = Path(__file__).parent / "data" / "thoughts" / "train.jsonl"
TARGETS: tuple[str, ...] = ("distorted", *DISTORTIONS)
Matrix = NDArray[np.float64]

# Cue features are 0/1 while embedding components are about ±0.05: scaling the cues keeps the
# same L2 penalty from silencing them. Chosen by cross-validation on the training file.
CUE_SCALE = 0.6
L2 = 0.5


@dataclass(frozen=True)
class Example:
    """One labelled thought."""

    text: str
    lang: Lang
    distorted: bool
    distortions: tuple[str, ...]


@dataclass(frozen=True)
class Model:
    """One row of weights (bias last) per target of `TARGETS`."""

    weights: Matrix

    def probabilities(self, features: Matrix) -> Matrix:
        """(n, len(TARGETS)) probabilities for feature rows from `featurise`."""
        return _sigmoid(_with_bias(features) @ self.weights.T)


def read_examples(path: Path) -> list[Example]:
    """Labelled thoughts from a JSONL file (`text`, `lang`, `distorted`, `distortions`)."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        lang = normalise_lang(row.get("lang"))
        kinds = tuple(row.get("distortions", []))
        unknown = set(kinds) - set(DISTORTIONS)
        if lang is None or unknown:
            raise ValueError(f"{path.name}:{number}: bad lang or distortion type")
        examples.append(Example(row["text"], lang, bool(row["distorted"]), kinds))
    return examples


def featurise(texts: Sequence[str], langs: Sequence[Lang], vectors: Matrix) -> Matrix:
    """Embedding rows joined with the scaled cue hits of each text."""
    cues = np.array([cue_vector(t, lang) for t, lang in zip(texts, langs, strict=True)])
    cues = cues.reshape(len(texts), len(FEATURES))
    return np.hstack([np.asarray(vectors, dtype=np.float64), CUE_SCALE * cues])


def labels(examples: Sequence[Example]) -> Matrix:
    """0/1 matrix of targets, in the order of `TARGETS`."""
    rows = [[float(e.distorted)] + [float(k in e.distortions) for k in DISTORTIONS] for e in examples]
    return np.array(rows, dtype=np.float64)


def fit(features: Matrix, targets: Matrix, l2: float = L2) -> Model:
    """Fit one logistic regression per target column (Newton steps, L2 on the weights)."""
    x = _with_bias(features)
    penalty = l2 * np.eye(x.shape[1])
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    weights = np.zeros((targets.shape[1], x.shape[1]))
    for column in range(targets.shape[1]):
        w = np.zeros(x.shape[1])
        y = targets[:, column]
        for _ in range(25):
            p = _sigmoid(x @ w)
            gradient = x.T @ (p - y) + penalty @ w
            hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
            step = np.linalg.solve(hessian, gradient)
            w -= step
            if float(np.abs(step).max()) < 1e-6:
                break
        weights[column] = w
    return Model(weights)


@cache
def default_model() -> Model:
    """The model trained on the shipped examples; built once per process."""
    examples = read_examples(TRAINING_FILE)
    texts = [e.text for e in examples]
    vectors = embeddings.encode(texts).astype(np.float64)
    return fit(featurise(texts, [e.lang for e in examples], vectors), labels(examples))


def _with_bias(features: Matrix) -> Matrix:
    return np.hstack([features, np.ones((features.shape[0], 1))])


def _sigmoid(z: Matrix) -> Matrix:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)
