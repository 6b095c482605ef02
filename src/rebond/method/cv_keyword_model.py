"""A learned filter over the keywords read from a job ad: skill, or duty / generic term? (C8.3)

The extractor (`skills_jobterms`) proposes candidates; many phrases of duty lines name the
task's object ("indicateurs de productivité", "findings") rather than something a recruiter
screens for. A logistic regression over a few transparent features of each candidate (its
zone, how it was read, its shape, where it sits in its sentence, how common its words are in
job ads) gives the probability that it is a keyword; below the shipped threshold it is not
counted, and the match says so ("not counted: looks like a duty or a generic term").

The weights live in `data/cv_keyword_model.json`, written by `bench/cv_keyword_train.py`
from the development pairs of `bench/data/cv`; pure Python here (no numpy at run time, the
CLI must start fast).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rebond.method.cv_config import keyword_zones
from rebond.method.cv_terms import GLUE, is_technical, token_keys, tokens
from rebond.method.language import Lang
from rebond.method.skills_jobterms import JobTerm
from rebond.method.skills_spans import lemma_is_verb, stopwords
from rebond.method.skills_zones import fold

MODEL = Path(__file__).parent / "data" / "cv_keyword_model.json"

_ABSTRACT = ("tion", "sion", "ment", "ance", "ence", "ite", "ity", "ness", "ing", "age", "ure")
_CUE_TAIL = re.compile(
    r"(?:maitrise|connaissances?|pratique|experience|expertise|notions|knowledge|"
    r"proficien\w*|familiar\w*|skilled|fluent|hands-on|certifi\w*|competen\w*)"
    r"\s+(?:\w+\s+){0,2}$"
)
_BULLET = re.compile(r"^\s*[-•*–·▪]")

FEATURES = (
    "zone_title",
    "zone_requirements",
    "zone_nice_to_have",
    "zone_missions",
    "zone_unstructured",
    "source_name",
    "source_concept",
    "source_skill",
    "source_phrase",
    "one_word",
    "words",
    "acronym",
    "capitalised",
    "symbol_or_digit",
    "all_lower",
    "head_generic",
    "head_abstract",
    "duty_object",
    "after_cue",
    "several_zones",
    "repeated",
    "list_line",
    "position",
    "english",
    "rare_word",
    "common_words",
)


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float
    df: dict[str, int]
    ads: int
    protect_named: bool

    def probability(self, values: list[float]) -> float:
        z = self.bias + sum(
            w * (v - m) / s
            for w, v, m, s in zip(self.weights, values, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model | None:
    """The shipped model, None when the data file is absent (then every candidate counts)."""
    if not MODEL.exists():
        return None
    raw = json.loads(MODEL.read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{MODEL.name} was trained on other features: retrain it")
    return Model(
        tuple(raw["weights"]),
        raw["bias"],
        tuple(raw["mean"]),
        tuple(raw["scale"]),
        raw["threshold"],
        raw["df"],
        raw["ads"],
        raw["protect_named"],
    )


@cache
def _verbs(lang: Lang) -> frozenset[str]:
    from rebond.method.cv_config import bullet_vocabulary

    zones = keyword_zones(lang)
    return zones.job_verbs | frozenset(fold(v) for v in bullet_vocabulary(lang).action_verbs)


@cache
def _generic_heads() -> frozenset[str]:
    return stopwords() | keyword_zones("fr").duty_heads | keyword_zones("en").duty_heads


def word_keys(text: str, lang: Lang) -> list[str]:
    """Keys (stems, or folded technical tokens) of a text's content words, for frequencies."""
    words = [t.text for t in tokens(text)]
    return [k for k in token_keys(words, lang) if k and len(k) > 1]


def features(
    term: JobTerm, lang: Lang, df: dict[str, int], ads: int, own_ad: bool = False
) -> list[float]:
    """The values of `FEATURES` for one candidate.

    `df` counts the development ads each word key occurs in (`ads` of them); `own_ad` says the
    candidate's ad is one of them (training), so its own occurrence is left out.
    """
    words = [t.text for t in tokens(term.term)]
    content = [w for w in words if fold(w) not in GLUE] or words
    folded = [fold(w) for w in content]
    head = folded[-1] if lang == "en" else folded[0]
    sentence = term.sentence
    at = fold(sentence).find(fold(term.term)) if sentence else -1
    before = fold(sentence[:at]) if at > 0 else ""
    previous = [fold(t.text) for t in tokens(before)][-3:]
    previous = [w for w in previous if w not in GLUE and w not in stopwords()]
    verbs = _verbs(lang)
    duty_object = bool(previous) and (
        lemma_is_verb(previous[-1], verbs, lang) or previous[-1] in _generic_heads()
    )
    keys = word_keys(term.term, lang)
    counts = [max(df.get(k, 0) - (1 if own_ad else 0), 0) for k in keys]
    others = max(ads - (1 if own_ad else 0), 1)
    commas = sentence.count(",") + sentence.count(";")
    return [
        float(term.zone == "title"),
        float(term.zone == "requirements"),
        float(term.zone == "nice_to_have"),
        float(term.zone == "missions"),
        float(term.zone == "unstructured"),
        float(term.source == "name"),
        float(term.source == "concept"),
        float(term.source == "skill"),
        float(term.source == "phrase"),
        float(len(content) == 1),
        min(len(content), 4) / 4,
        float(any(len(w) >= 2 and w.isupper() for w in content)),
        float(any(w[:1].isupper() for w in content)),
        float(any(is_technical(w) or any(c.isdigit() for c in w) for w in content)),
        float(all(w.isalpha() and w.islower() for w in content)),
        float(head in _generic_heads()),
        float(head.endswith(_ABSTRACT) and not is_technical(content[0])),
        float(duty_object),
        float(bool(_CUE_TAIL.search(before))),
        float(len(term.zones) > 1),
        float(term.occurrences > 1),
        float(bool(_BULLET.match(sentence)) or commas >= 2),
        at / max(len(sentence), 1) if at >= 0 else 0.5,
        float(lang == "en"),
        float(bool(counts) and min(counts) == 0),
        (sum(counts) / len(counts) / others) if counts else 0.0,
    ]


def keyword_probability(term: JobTerm, lang: Lang) -> float | None:
    """Probability that a candidate is a keyword a recruiter screens for; None without model."""
    m = model()
    if m is None:
        return None
    return m.probability(features(term, lang, m.df, m.ads))


def set_aside(term: JobTerm, lang: Lang) -> bool:
    """True when the shipped model reads the candidate as a duty or generic term.

    With `protect_named` (chosen when training), concepts of the bilingual table and
    vocabulary skills are never set aside: they are named skills by construction.
    """
    m = model()
    if m is None or (m.protect_named and (term.concept is not None or term.skill is not None)):
        return False
    return m.probability(features(term, lang, m.df, m.ads)) < m.threshold
