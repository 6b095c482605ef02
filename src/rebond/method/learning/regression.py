"""Multinomial logistic regression in numpy: the small, transparent models of the method."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from rebond.method.learning.word_features import Bag

Matrix = NDArray[np.float64]


def softmax(scores: Matrix) -> Matrix:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=1, keepdims=True))


def fit(
    x: Matrix,
    y: NDArray[np.int64],
    n_classes: int,
    *,
    l2: float = 1e-3,
    steps: int = 300,
    balanced: bool = True,
) -> Matrix:
    """Weights by full-batch gradient descent with momentum; classes are balanced so that a
    rare class is not drowned by frequent ones, unless `balanced` is False (the classes'
    own frequencies then count, as they do for accuracy)."""
    return fit_with_words(x, None, y, n_classes, l2=l2, steps=steps, balanced=balanced)[0]


def fit_with_words(
    x: Matrix,
    words: Bag | None,
    y: NDArray[np.int64],
    n_classes: int,
    *,
    word_scale: float = 1.0,
    l2: float = 1e-3,
    steps: int = 300,
    balanced: bool = True,
) -> tuple[Matrix, Matrix]:
    """Weights of dense features `x` and of sparse word features (`word_features.Bag`, each
    value times `word_scale`), fitted together."""
    onehot = np.eye(n_classes)[y]
    counts = np.maximum(onehot.sum(axis=0), 1.0)
    sample_weight = (
        (len(y) / (n_classes * counts))[y][:, None] if balanced else np.ones((len(y), 1))
    )
    w = np.zeros((x.shape[1], n_classes))
    velocity = np.zeros_like(w)
    width = words.width if words is not None else 0
    v = np.zeros((width, n_classes))
    v_velocity = np.zeros_like(v)
    for _ in range(steps):
        scores = x @ w
        if words is not None:
            scores += word_scale * words.dot(v)
        error = (softmax(scores) - onehot) * sample_weight / len(y)
        grad = x.T @ error + l2 * w
        velocity = 0.9 * velocity - 2.0 * grad
        w += velocity
        if words is not None:
            v_grad = word_scale * words.tdot(error) + l2 * v
            v_velocity = 0.9 * v_velocity - 2.0 * v_grad
            v += v_velocity
    return w, v
