"""`[skills]` of the playbook, validated: vocabulary, section headings, reading cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.skills.tokens import tokenize
from rebond.method.text.language import SUPPORTED, Lang, fold

SECTIONS = ("requirements", "missions", "nice_to_have", "other", "company")
KINDS = frozenset({"tool", "hard", "soft", "method", "language"})
_SHORT_ACRONYM = 5  # letters: "SQL", "CI/CD", "HR" are matched with their exact case


@dataclass(frozen=True)
class SkillsPlaybook:
    weights: dict[str, float]
    sections: dict[str, tuple[str, ...]]
    nice_cues: tuple[str, ...]
    lead_ins: frozenset[str]
    not_skills: frozenset[str]
    separators: tuple[str, ...]
    stopwords: frozenset[str]
    # (key, variant, case-sensitive) for both languages: postings mix them.
    variants: tuple[tuple[str, str, bool], ...]
    kinds: dict[str, str]
    labels: dict[str, str]
    similarity_threshold: float


def _strings(raw: Any, where: str) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise playbook.PlaybookError(f"[skills] {where} must be a list of non-empty strings")
    return list(raw)


def _joined(text: str) -> str:
    # Same spacing as the reader's tokens: "maîtrise de l'" -> "maitrise de l'".
    return " ".join(tokenize(fold(text)))


def _vocabulary(lang: Lang) -> dict[str, tuple[str, list[str]]]:
    raw = playbook.section(lang, "skills").get("vocabulary")
    if not isinstance(raw, dict) or not raw:
        raise playbook.PlaybookError(f"[skills.vocabulary] of {lang!r} is missing or empty")
    vocabulary = {}
    for key, entry in raw.items():
        if not isinstance(entry, dict) or entry.get("kind") not in KINDS:
            raise playbook.PlaybookError(f"[skills.vocabulary] {key}: kind must be one of {KINDS}")
        vocabulary[key] = (str(entry["kind"]), _strings(entry.get("terms"), f"vocabulary.{key}"))
    return vocabulary


@cache
def skills_playbook(lang: Lang) -> SkillsPlaybook:
    """Validated skills data for reading texts in `lang` (vocabularies of both languages)."""
    raw = playbook.section(lang, "skills")
    try:
        weights = {name: float(raw["section_weights"][name]) for name in SECTIONS}
        sections = {
            name: tuple(fold(c) for c in _strings(raw["sections"][name], f"sections.{name}"))
            for name in SECTIONS
            if name != "other"
        }
        reading = raw["reading"]
        threshold = float(raw["similarity_threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise playbook.PlaybookError(f"[skills] of {lang!r} is incomplete: {exc}") from exc
    exact_names = set(_strings(raw.get("case_sensitive", []) or ["-"], "case_sensitive"))
    own = _vocabulary(lang)
    variants: list[tuple[str, str, bool]] = []
    kinds: dict[str, str] = {}
    for source in (lang, *(other for other in SUPPORTED if other != lang)):
        for key, (kind, terms) in (own if source == lang else _vocabulary(source)).items():
            kinds.setdefault(key, kind)
            for term in terms:
                letters = re.sub(r"[\W\d_]", "", term)
                exact = term in exact_names or (term.isupper() and len(letters) <= _SHORT_ACRONYM)
                variants.append((key, term, exact))
    lead_ins = frozenset(_joined(x) for x in _strings(reading["lead_ins"], "reading.lead_ins"))
    separators = tuple(fold(x) for x in _strings(reading["separators"], "reading.separators"))
    return SkillsPlaybook(
        weights=weights,
        sections=sections,
        nice_cues=tuple(fold(x) for x in _strings(reading["nice_to_have_cues"], "nice cues")),
        lead_ins=lead_ins,
        not_skills=frozenset(fold(x) for x in _strings(reading["not_skills"], "not_skills")),
        separators=separators,
        stopwords=frozenset({x for x in lead_ins if " " not in x} | set(separators)),
        variants=tuple(variants),
        kinds=kinds,
        labels={key: terms[0] for key, (_, terms) in own.items()},
        similarity_threshold=threshold,
    )
