"""Words as features: stems and stem pairs, hashed, with negation marked (French and English).

Sentence vectors blur "no error" into "error"; a word in the scope of a negation ("aucune
erreur", "never rambled", "pas de question") becomes its own feature here (`NOT_erreur`), the
classic way to let a linear model read negation. Stems come from Snowball (PyStemmer); the
hashing keeps a fixed width without a vocabulary file.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray

from rebond.method.text.language import Lang, fold

WIDTH = 16_384
# Words that open a negation's scope; it closes at punctuation or after `_SCOPE` words.
_NEGATIONS = frozenset(
    "ne n pas jamais aucun aucune sans rien ni nul nulle guere "
    "not no never without nothing nobody none neither nor cannot hardly".split()
)
_SCOPE = 4
_TOKENS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[.,;:!?()]")
_ELISION = re.compile(r"^(?:[a-z]{1,2}|qu|jusqu|lorsqu|puisqu)'")


@cache
def _stemmer(lang: Lang):  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("french" if lang == "fr" else "english")


def negated(text: str) -> str:
    """The words of `text` inside a negation's scope, folded, joined by spaces.

    >>> negated("Votre pitch n'a pas convaincu le jury, mais les exemples étaient clairs.")
    'convaincu le jury'
    >>> negated("Aucune erreur dans le cas.")
    'erreur dans le cas'
    """
    folded = fold(text).replace("n't", " not").replace("’", "'")
    folded = re.sub(r"\s[-–—]+\s", " , ", folded)
    found: list[str] = []
    scope = 0
    for match in _TOKENS.finditer(folded):
        token = _ELISION.sub("", match.group())
        if token in ".,;:!?()":
            scope = 0
        elif token in _NEGATIONS:
            scope = _SCOPE
        elif scope:
            found.append(token)
            scope -= 1
    return " ".join(found)


def _tokens(text: str, lang: Lang) -> list[tuple[str, float]]:
    """(feature, weight) pairs: each stem (1.0) and each pair of neighbouring stems (0.5)."""
    folded = fold(text).replace("n't", " not").replace("’", "'")
    folded = re.sub(r"\s[-–—]+\s", " , ", folded)
    stem = _stemmer(lang).stemWord
    found: list[tuple[str, float]] = []
    scope = 0
    previous = ""
    for match in _TOKENS.finditer(folded):
        token = match.group()
        if token in ".,;:!?()":
            scope, previous = 0, ""
            continue
        token = _ELISION.sub("", token)
        if token in _NEGATIONS:
            scope, previous = _SCOPE, ""
            continue
        word = ("NOT_" if scope else "") + stem(token)
        found.append((word, 1.0))
        if previous:
            found.append((f"{previous} {word}", 0.5))
        previous = word
        scope = max(0, scope - 1)
    return found


@dataclass(frozen=True)
class Bag:
    """Hashed stem counts of many texts, sparse: entry k is (rows[k], cols[k], values[k]).

    Rows are L2-normalised. `dot` and `tdot` are the two products a linear model needs, without
    ever building the dense (texts × WIDTH) matrix.
    """

    rows: NDArray[np.int64]
    cols: NDArray[np.int64]
    values: NDArray[np.float64]
    count: int
    width: int = WIDTH

    def dot(self, weights: NDArray[np.float64]) -> NDArray[np.float64]:
        """(texts × classes) = bag @ weights, for weights of shape (width × classes)."""
        products = self.values[:, None] * weights[self.cols]
        columns = [
            np.bincount(self.rows, weights=products[:, c], minlength=self.count)
            for c in range(weights.shape[1])
        ]
        return np.stack(columns, axis=1).reshape(self.count, weights.shape[1]).astype(np.float64)

    def tdot(self, gradient: NDArray[np.float64]) -> NDArray[np.float64]:
        """(width × classes) = bag.T @ gradient, for a gradient of shape (texts × classes)."""
        products = self.values[:, None] * gradient[self.rows]
        columns = [
            np.bincount(self.cols, weights=products[:, c], minlength=self.width)
            for c in range(gradient.shape[1])
        ]
        return np.stack(columns, axis=1).reshape(self.width, gradient.shape[1]).astype(np.float64)

    def take(self, rows: Sequence[int]) -> Bag:
        """The bag of the texts at `rows`, in that order."""
        where = {old: new for new, old in enumerate(rows)}
        keep = np.array([r in where for r in self.rows.tolist()], dtype=bool)
        new_rows = np.array([where[r] for r in self.rows[keep].tolist()], dtype=np.int64)
        return Bag(new_rows, self.cols[keep], self.values[keep], len(rows), self.width)


def bag(texts: Sequence[str], langs: Sequence[Lang], width: int = WIDTH) -> Bag:
    """Hashed stem and stem-pair counts of each text, L2-normalised per text.

    >>> both = bag(["Aucune erreur.", "Une erreur."], ["fr", "fr"])
    >>> sorted(set(both.cols[both.rows == 0]) & set(both.cols[both.rows == 1]))
    []
    """
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for k, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        counts: dict[int, float] = {}
        for token, weight in _tokens(text, lang):
            col = zlib.crc32(token.encode()) % width
            counts[col] = counts.get(col, 0.0) + weight
        norm = float(np.sqrt(sum(v * v for v in counts.values()))) or 1.0
        for col, value in counts.items():
            rows.append(k)
            cols.append(col)
            values.append(value / norm)
    return Bag(
        np.array(rows, dtype=np.int64),
        np.array(cols, dtype=np.int64),
        np.array(values, dtype=np.float64),
        len(texts),
        width,
    )
