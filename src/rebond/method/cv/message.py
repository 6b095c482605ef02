"""One central message (C8.4): does each text carry the value proposition's key claims?

The value proposition (a two- or three-sentence pitch: problem, solution, impact) is the
reference. Its claims are the keywords and figures it states; for every other text (CV
summary, profile headline, cover letters) we list the claims it lacks and a similarity score:
lexical by default (shared stems, instant), or sentence vectors with `semantic=True`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from rebond.method.cv.config import bullet_vocabulary, keyword_zones
from rebond.method.cv.coverage import match
from rebond.method.cv.terms import GLUE, keyed, token_keys, tokens
from rebond.method.skills.jobterms import JobTerm, extract_job_terms
from rebond.method.skills.spans import lemma_is_verb
from rebond.method.text.language import Lang, fold, lemma

# Where a pitch changes idea: punctuation, relative pronouns, "grâce à", "to", "by"…
_CLAIM_BREAK = re.compile(
    r"[,.;:!?()]|\s[-–—]\s|\b(?:j'aide|je|j'|aide|à|pour|grâce|qui|que|leur|leurs|en|avec|"
    r"i|help|helps|to|for|by|with|who|that|their|through)\b",
    re.IGNORECASE,
)
_PITCH_FILLER = frozenset(
    "les des vos nos mes ses leur leurs un une je nous vous mon ma my our your i we you".split()
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s?(?:%|€|k€|m€|\$|£|k\b|x\b|×)?", re.IGNORECASE)


@dataclass(frozen=True)
class Drift:
    """How far one text strays from the value proposition."""

    name: str
    similarity: float  # 0..1
    method: Literal["lexical", "semantic"]
    missing_claims: tuple[str, ...]
    present_claims: tuple[str, ...]


def claims(value_proposition: str, lang: Lang) -> list[str]:
    """The key claims of a pitch: its keywords, then the figures it states.

    >>> claims("J'aide les équipes produit à réduire de 30 % leur délai de livraison grâce à "
    ...        "l'automatisation des tests.", "fr")
    ['équipes produit', 'délai de livraison', 'automatisation des tests', '30 %']
    >>> claims("I help SaaS companies cut churn by 20% through data-driven onboarding.", "en")
    ['SaaS companies', 'churn', 'data-driven onboarding', '20%']
    """
    terms = [t.term for t in extract_job_terms(value_proposition, lang, has_title=False)]
    stop = GLUE | _PITCH_FILLER
    verbs = keyword_zones(lang).job_verbs | frozenset(
        fold(v) for v in bullet_vocabulary(lang).action_verbs
    )
    for chunk in _CLAIM_BREAK.split(value_proposition):
        group: list[str] = []
        for word in [t.text for t in tokens(chunk)] + [""]:
            # Leading verbs go ("livre des sites" -> "sites"); inside a phrase only listed
            # English verbs split it ("SaaS companies cut churn"): French nouns too often
            # lemmatise to verbs ("équipes produit").
            is_verb = bool(word) and (
                (not group and _looks_verb(word, verbs, lang))
                or (bool(group) and lang == "en" and fold(word) in verbs)
            )
            if word and not is_verb and (word.isalpha() or "-" in word):
                group.append(word)
                continue
            while group and fold(group[0]) in stop:
                group = group[1:]
            while group and fold(group[-1]) in stop:
                group = group[:-1]
            if 1 <= len([w for w in group if fold(w) not in GLUE]) <= 4:
                terms.append(" ".join(group))
            group = []

    def key(text: str) -> str:
        return " ".join(k for k in token_keys([t.text for t in tokens(text)], lang) if k)

    # Keep the longest wording of each claim: "tests" goes when "automatisation des tests" stays.
    keys = {t: key(t) for t in terms}
    kept = [
        t
        for t in dict.fromkeys(terms)
        if keys[t] and not any(o != t and f" {keys[t]} " in f" {keys[o]} " for o in terms)
    ]
    figures = [m.group().strip() for m in _FIGURE.finditer(value_proposition) if m.group().strip()]
    return list(dict.fromkeys(kept + figures))


def _looks_verb(word: str, verbs: frozenset[str], lang: Lang) -> bool:
    folded, base = fold(word), lemma(word, lang)
    if folded in verbs or lemma_is_verb(word, verbs, lang):
        return True
    return lang == "fr" and base != folded and base.endswith(("er", "ir", "re"))


def _lexical_similarity(a: str, b: str, lang: Lang) -> float:
    bag_a = Counter(k for k in keyed(a).keys[lang] if k)
    bag_b = Counter(k for k in keyed(b).keys[lang] if k)
    dot = sum(bag_a[k] * bag_b[k] for k in bag_a)
    norm = math.sqrt(sum(v * v for v in bag_a.values())) * math.sqrt(
        sum(v * v for v in bag_b.values())
    )
    return dot / norm if norm else 0.0


def message_drift(
    value_proposition: str, texts: Mapping[str, str], lang: Lang, semantic: bool = False
) -> list[Drift]:
    """For each named text, the claims of the value proposition it lacks, and a similarity.

    >>> vp = "Cheffe de projet digital, je pilote des sites e-commerce : +30 % de conversion."
    >>> [(d.name, d.missing_claims) for d in message_drift(vp, {
    ...     "cv": "Cheffe de projet digital ; sites e-commerce, conversion +30 %",
    ...     "linkedin": "Cheffe de projet passionnée de voyages"},
    ...     "fr")]  # doctest: +NORMALIZE_WHITESPACE
    [('cv', ()),
     ('linkedin', ('Cheffe de projet digital', 'conversion', 'sites e-commerce', '30 %'))]
    """
    wanted = claims(value_proposition, lang)
    figures = [c for c in wanted if _FIGURE.fullmatch(c)]
    words = [JobTerm(c, 1.0, "requirements") for c in wanted if c not in figures]
    vectors = None
    if semantic and texts:
        from rebond.method.learning.embeddings import cosine, encode

        vectors = cosine(encode([value_proposition]), encode(list(texts.values())))[0]
    drifts = []
    for index, (name, text) in enumerate(texts.items()):
        result = match(text, value_proposition, lang, terms=words)
        found = {m.term for m in result.matched}
        digits = re.sub(r"\D", " ", text).split()
        found.update(f for f in figures if re.sub(r"\D", "", f) in digits)
        similarity = (
            float(vectors[index])
            if vectors is not None
            else _lexical_similarity(value_proposition, text, lang)
        )
        drifts.append(
            Drift(
                name,
                round(max(0.0, similarity), 3),
                "semantic" if vectors is not None else "lexical",
                tuple(c for c in wanted if c not in found),
                tuple(c for c in wanted if c in found),
            )
        )
    return drifts
