"""The learned half of the distortion spotter: logistic regressions on sentence vectors + cues.

Each target (`distorted`, then one per distortion type) gets its own L2-regularised logistic
regression, fitted by Newton's method in numpy on the labelled examples shipped in
`rebond/method/data/thoughts/train.jsonl`. Features are the multilingual sentence embedding
(so a French paraphrase of an English example lands nearby) plus the cue-rule hits of
`thoughts_cues` (so grammar the embedding blurs, like "never" tied to the self, still counts).
The fitted weights ship in `model.npz`; they are refitted in memory if the sources changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from rebond.method.learning import embeddings
from rebond.method.text.language import Lang, normalise_lang
from rebond.method.thoughts.cues import DISTORTIONS, FEATURES, cue_vector

_DATA = Path(__file__).parents[1] / "data" / "thoughts"
TRAINING_FILE = _DATA / "train.jsonl"
# Weights fitted from TRAINING_FILE, shipped so start-up skips embedding ~550 examples. They
# carry a fingerprint of everything they depend on; a stale file is ignored and the model is
# refitted in memory (rebuild with `bench/thoughts_quality.py --rebuild`).
MODEL_FILE = _DATA / "model.npz"
_CUES_SOURCE = Path(__file__).parent / "cues.py"
TARGETS: tuple[str, ...] = ("distorted", *DISTORTIONS)
Matrix = NDArray[np.float64]

# Cue features are 0/1 while embedding components are about ±0.05: scaling the cues keeps the
# same L2 penalty from silencing them. Chosen by cross-validation on the training file.
CUE_SCALE = 0.6
L2 = 0.1


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
    rows = [
        [float(e.distorted)] + [float(k in e.distortions) for k in DISTORTIONS] for e in examples
    ]
    return np.array(rows, dtype=np.float64)


def fit(features: Matrix, targets: Matrix, l2: float = L2, steps: int = 60) -> Model:
    """Fit one logistic regression per target column, all columns at once.

    Uses the bounded-Hessian (MM) variant of Newton's method: the logistic Hessian never exceeds
    X'X/4, so that matrix (plus the L2 term) is inverted once and reused for every step and
    every target. Each step is then two small matrix products, which keeps training on first use
    well under a second.
    """
    x = _with_bias(features)
    penalty = l2 * np.eye(x.shape[1])
    penalty[-1, -1] = 1e-6  # the bias is (almost) not shrunk
    # Inverted once: every step below is then a cheap product, for all targets together.
    inverse_bound = np.linalg.inv(x.T @ x / 4.0 + penalty)
    # Warm start from the ridge solution on ±2 logits: the MM steps then only refine it.
    weights = inverse_bound @ (x.T @ (targets * 4.0 - 2.0)) / 4.0
    for _ in range(steps):
        gradient = x.T @ (_sigmoid(x @ weights) - targets) + penalty @ weights
        step = inverse_bound @ gradient
        weights -= step
        if float(np.abs(step).max()) < 1e-5:
            break
    return Model(weights.T.copy())


def fingerprint() -> str:
    """Hash of the training file, the cue rules and the hyper-parameters the weights depend on."""
    digest = hashlib.sha256()
    for path in (TRAINING_FILE, _CUES_SOURCE):
        digest.update(path.read_bytes())
    digest.update(repr((CUE_SCALE, L2, TARGETS, embeddings.DIMENSIONS)).encode())
    return digest.hexdigest()


def train_default() -> Model:
    """Fit the model on the shipped examples (embeds them: a few seconds)."""
    examples = read_examples(TRAINING_FILE)
    texts = [e.text for e in examples]
    vectors = embeddings.encode(texts).astype(np.float64)
    return fit(featurise(texts, [e.lang for e in examples], vectors), labels(examples))


def save_default(path: Path = MODEL_FILE) -> Model:
    """Refit the default model and write it with its fingerprint (a development step)."""
    model = train_default()
    np.savez_compressed(path, weights=model.weights, fingerprint=np.array(fingerprint()))
    return model


@cache
def default_model() -> Model:
    """The shipped weights when they match the current sources, else a model fitted now."""
    if MODEL_FILE.exists():
        with np.load(MODEL_FILE) as stored:
            if str(stored["fingerprint"]) == fingerprint():
                return Model(np.asarray(stored["weights"], dtype=np.float64))
    return train_default()


def _with_bias(features: Matrix) -> Matrix:
    return np.hstack([features, np.ones((features.shape[0], 1))])


def _sigmoid(z: Matrix) -> Matrix:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)
