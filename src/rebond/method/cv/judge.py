"""Does the CV show this requirement? A small logistic model weighs what the reader found.

The reader finds candidate evidence three ways: the line's keywords on the CV, most of its words
on one CV line, and its meaning close to a CV line (the sentence encoder). Each alone is a poor
judge: one generic word found ("formation", "health") does not cover "Formation Bac+2 en
commerce", and a paraphrase shares no word at all. The model weighs the signals together. Its
weights are learned from the gold readings of independent writers (`bench/cv_judge_train.py`,
development writers only) and ship in `judge.json`; without that file the reader's own
verdict stands.

The features describe the reading, never the words themselves, so they carry over to any
sector and either language.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rebond.method.cv.terms import is_technical, tokens

WEIGHTS = Path(__file__).with_name("judge.json")
FEATURES = (
    "keywords_found",
    "keywords_absent",
    "specific_found",
    "specific_absent",
    "found_share",
    "same_words_share",
    "same_words_count",
    "cosine_best",
    "cosine_top3",
    "required",
    "nice",
    "duty",
    "content_words",
    "phrases",
    "keywords_cover",
    "french",
    "shaped_gap",
)


@dataclass(frozen=True)
class Reading:
    """What the reader found for one requirement line."""

    found: Sequence[str]  # keywords of the line the CV shows
    absent: Sequence[str]  # keywords of the line it does not
    phrases: int  # noun phrases of the line the CV does not show
    content_words: int
    same_words_share: float  # best share of the line's content stems on one CV line
    same_words_count: int
    cosines: Sequence[float]  # with every CV line
    kind: str
    keywords_cover: bool  # the reader's own verdict from keywords and same words
    french: bool
    named_gap: bool = False  # a tool, acronym or vocabulary skill of the line is absent

    shaped_gap: bool = False  # a noun phrase of the line shaped like a name is absent

    @property
    def decided(self) -> bool:
        """Not covered by its keywords while a name the keyword reader knows is absent: never
        said in other words, whatever the encoder finds (the judge is not asked)."""
        return self.named_gap and not self.keywords_cover


def specific(term: str) -> bool:
    """A name rather than a common word: several words, an acronym or product shape, or a
    capital.

    >>> [specific(t) for t in ("formation", "Power BI", "SQL", "Jamf", "gestion de paie")]
    [False, True, True, True, True]
    """
    words = [t.text for t in tokens(term)]
    return len(words) > 1 or any(is_technical(w) or w[:1].isupper() for w in words)


def features(reading: Reading) -> list[float]:
    found, absent = list(reading.found), list(reading.absent)
    listed = len(found) + len(absent)
    best = sorted(reading.cosines, reverse=True)[:3] or [0.0]
    return [
        float(len(found)),
        float(len(absent)),
        float(any(specific(t) for t in found)),
        float(any(specific(t) for t in absent)),
        len(found) / listed if listed else 0.0,
        reading.same_words_share,
        float(reading.same_words_count),
        best[0],
        sum(best) / len(best),
        float(reading.kind == "required"),
        float(reading.kind == "nice"),
        float(reading.kind == "duty"),
        float(reading.content_words),
        float(reading.phrases),
        float(reading.keywords_cover),
        float(reading.french),
        float(reading.shaped_gap),
    ]


@dataclass(frozen=True)
class Model:
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]  # one per feature, then the intercept

    def probability(self, values: Sequence[float]) -> float:
        z = self.weights[-1] + sum(
            w * (v - m) / s
            for w, v, m, s in zip(self.weights, values, self.mean, self.scale, strict=False)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model | None:
    """The shipped weights, or None when there are none (the reader's verdict stands)."""
    try:
        raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(raw.get("features", ())) != FEATURES:
        return None  # weights of another feature set: retrain
    return Model(tuple(raw["mean"]), tuple(raw["scale"]), tuple(raw["weights"]))


def shows(reading: Reading) -> bool:
    """The verdict: the model's when it ships, else the reader's own."""
    weighed = model()
    if reading.decided:
        return False
    if weighed is None:
        return reading.keywords_cover
    return weighed.probability(features(reading)) >= 0.5
