"""Thought records (C4.1): spot cognitive distortions in an automatic thought, suggest a rewrite.

`analyze` reads one journal line; `analyze_many` reads thousands at once (sentences are embedded
in batches, each distinct sentence once per process). The verdict comes from cue rules and a
small learned model (`thoughts_cues`, `thoughts_model`); the suggested reformulation comes from
the playbook (`[thoughts]`) and is offered as something to try, never as the right answer.
A text that suggests self-harm is not analysed: `crisis` is set and the caller shows help.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from rebond.method import playbook
from rebond.method.learning import embeddings
from rebond.method.safety import crisis_signal
from rebond.method.text.language import Lang, detect_many, normalise_lang
from rebond.method.thoughts.cues import DISTORTIONS
from rebond.method.thoughts.model import TARGETS, Matrix, default_model, featurise

__all__ = ["DISTORTIONS", "ThoughtAnalysis", "analyze", "analyze_many", "reformulation"]

# Chosen by cross-validation on the training file (see bench/thoughts_quality.py --cv).
DISTORTED_THRESHOLD = 0.5
TYPE_THRESHOLD = 0.3
_CACHE_LIMIT = 50_000

# A sentence ends at . ! ? … followed by a space; semicolons stay inside the sentence because
# "this did not work out; I will improve two things" is one balanced thought.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_LETTER = re.compile(r"[^\W\d_]")
_probability_cache: dict[tuple[str, Lang], Matrix] = {}


@dataclass(frozen=True)
class ThoughtAnalysis:
    """What the spotter found in one text.

    `distortions` are ordered by confidence; `reformulation` is a suggestion in the text's
    language; when `crisis` is True nothing else is filled in and help should be shown instead.
    """

    text: str
    lang: Lang
    distorted: bool
    distortions: list[str] = field(default_factory=list)
    reformulation: str | None = None
    crisis: bool = False


def analyze(text: str, lang: Lang | str | None = None) -> ThoughtAnalysis:
    """Spot distortions in one automatic thought.

    >>> result = analyze("Je suis nul en entretien.")
    >>> result.distorted, result.distortions[0], result.lang
    (True, 'labeling', 'fr')
    >>> analyze("I have never used Kubernetes in production, that gap is real.").distorted
    False
    """
    return analyze_many([text], lang)[0]


def analyze_many(texts: Sequence[str], lang: Lang | str | None = None) -> list[ThoughtAnalysis]:
    """`analyze` for many texts: one language pass, one batched embedding of new sentences.

    `lang` forces the language of every text; by default each text's language is detected.
    """
    forced = normalise_lang(lang) if isinstance(lang, str) else None
    # Both the sentence encoder and the language detector load models on first use (seconds
    # each): load the encoder in the background while the languages are being detected.
    warm_up = threading.Thread(target=embeddings.encode, args=(["."],), daemon=True)
    if texts:
        warm_up.start()
    langs: list[Lang] = [forced] * len(texts) if forced else detect_many(list(texts))
    crisis = [crisis_signal(t) for t in texts]
    units: list[tuple[int, str]] = [
        (i, sentence)
        for i, text in enumerate(texts)
        if not crisis[i]
        for sentence in _sentences(text)
    ]
    if texts:
        warm_up.join()
    probabilities = _score([s for _, s in units], [langs[i] for i, _ in units])
    per_text: dict[int, Matrix] = {}
    for (i, _), row in zip(units, probabilities, strict=True):
        per_text[i] = row if i not in per_text else np.maximum(per_text[i], row)
    return [_verdict(text, langs[i], per_text.get(i), crisis[i]) for i, text in enumerate(texts)]


def reformulation(distortion: str, lang: Lang) -> str:
    """The playbook's suggested rewrite for one distortion type, with its framing sentence.

    >>> reformulation("labeling", "en").startswith(playbook.section("en", "thoughts")["intro"])
    True
    """
    data = playbook.section(lang, "thoughts")
    try:
        intro = str(data["intro"]).strip()
        template = str(data["reformulations"][distortion]).strip()
    except KeyError as exc:
        raise playbook.PlaybookError(f"[thoughts] in {lang!r} playbook lacks {exc}") from exc
    return f"{intro} {template}"


def _sentences(text: str) -> list[str]:
    # Pieces without a letter ("...", "3)") say nothing about a thought.
    return [p.strip() for p in _SENTENCE_END.split(text.strip()) if _LETTER.search(p)]


def _score(sentences: list[str], langs: list[Lang]) -> Matrix:
    """Probabilities per sentence; each distinct (sentence, language) is scored once per process."""
    keys = list(zip(sentences, langs, strict=True))
    missing = list(dict.fromkeys(k for k in keys if k not in _probability_cache))
    if missing:
        if len(_probability_cache) + len(missing) > _CACHE_LIMIT:
            _probability_cache.clear()
        texts = [text for text, _ in missing]
        vectors = embeddings.encode(texts).astype(np.float64)
        features = featurise(texts, [lang for _, lang in missing], vectors)
        for key, row in zip(missing, default_model().probabilities(features), strict=True):
            _probability_cache[key] = row
    if not keys:
        return np.zeros((0, len(TARGETS)))
    return np.vstack([_probability_cache[k] for k in keys])


def _verdict(text: str, lang: Lang, probs: Matrix | None, crisis: bool) -> ThoughtAnalysis:
    if crisis or probs is None:
        return ThoughtAnalysis(text=text, lang=lang, distorted=False, crisis=crisis)
    if probs[0] < DISTORTED_THRESHOLD:
        return ThoughtAnalysis(text=text, lang=lang, distorted=False)
    type_probs = probs[1:]
    order = [int(k) for k in np.argsort(-type_probs, kind="stable")]
    kinds = [DISTORTIONS[k] for k in order if type_probs[k] >= TYPE_THRESHOLD] or [
        DISTORTIONS[order[0]]
    ]
    return ThoughtAnalysis(
        text=text,
        lang=lang,
        distorted=True,
        distortions=kinds,
        reformulation=reformulation(kinds[0], lang),
    )
