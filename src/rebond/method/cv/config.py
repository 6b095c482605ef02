"""The CV tables of the playbook (`playbook/<lang>/cv.toml`), validated into plain values.

Every check of `rebond.method.cv` reads its vocabulary and wording from here, so a coach can
adapt headings, verbs, zones and equivalences without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.text.language import SUPPORTED, Lang, fold

SECTION_KINDS = ("experience", "education", "skills", "languages", "contact", "summary", "other")
SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True)
class FindingText:
    what: str
    why: str
    fix: str
    severity: str


@dataclass(frozen=True)
class AtsLimits:
    """When the readability report flags a page, the fonts, the file or the length."""

    min_page_words: int
    max_font_families: int
    tiny_font_pt: float
    tiny_share: float
    heavy_file_bytes: int
    max_pages: int


@dataclass(frozen=True)
class BulletVocabulary:
    action_verbs: tuple[str, ...]
    action_nouns: tuple[str, ...]
    weak_openings: tuple[str, ...]
    skip_words: tuple[str, ...]
    rewrite_pattern: str
    no_verb: str
    weak_opening: str
    no_figure: str
    good: str


@dataclass(frozen=True)
class KeywordZones:
    requirements: tuple[str, ...]
    nice_to_have: tuple[str, ...]
    missions: tuple[str, ...]
    boilerplate: tuple[str, ...]
    cues: tuple[str, ...]
    stopwords: frozenset[str]
    job_verbs: frozenset[str]
    qualities: frozenset[str]  # personal qualities: not CV keywords
    duty_heads: frozenset[str]  # task nouns opening a duty ("suivi des …")
    quality_skills: frozenset[str]  # `[skills.vocabulary]` keys read as qualities


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise playbook.PlaybookError(f"[{where}] {key} must be a non-empty list of strings")
    return tuple(value)


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise playbook.PlaybookError(f"[{where}] {key} must be a non-empty string")
    return value


@cache
def section_headings() -> dict[str, str]:
    """Folded heading -> section kind, for both languages at once."""
    headings: dict[str, str] = {}
    for lang in SUPPORTED:
        table = playbook.section(lang, "cv_sections")
        for kind in SECTION_KINDS:
            for title in _strings(table, kind, "cv_sections"):
                headings[fold(title)] = kind
    return headings


@cache
def ats_limits(lang: Lang) -> AtsLimits:
    """The `[cv_ats]` rules, validated; PlaybookError names the first bad one."""
    table = playbook.section(lang, "cv_ats")

    def number(key: str, low: float, high: float) -> float:
        value = table.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise playbook.PlaybookError(f"[cv_ats] {key} must be a number")
        if not low <= value <= high:
            raise playbook.PlaybookError(f"[cv_ats] {key} must be in [{low}, {high}]")
        return float(value)

    return AtsLimits(
        min_page_words=int(number("min_page_words", 0, 1000)),
        max_font_families=int(number("max_font_families", 1, 50)),
        tiny_font_pt=number("tiny_font_pt", 1, 72),
        tiny_share=number("tiny_share", 0, 1),
        heavy_file_bytes=int(number("heavy_file_mb", 0.1, 100) * 1024 * 1024),
        max_pages=int(number("max_pages", 1, 50)),
    )


@cache
def months() -> dict[str, int]:
    """Folded month name or abbreviation -> month number, both languages.

    `[cv_dates] months` lists, in calendar order, the twelve lists of names of each month."""
    found: dict[str, int] = {}
    for lang in SUPPORTED:
        table = playbook.section(lang, "cv_dates")
        names = table.get("months", [])
        if not isinstance(names, list) or len(names) != 12:
            raise playbook.PlaybookError(f"[cv_dates] months of {lang!r} must list 12 months")
        for number, month in enumerate(names, start=1):
            for name in _strings({"month": month}, "month", f"cv_dates.months[{number}]"):
                found[fold(name)] = number
    if not found:
        raise playbook.PlaybookError("[cv_dates] months is empty")
    return found


@cache
def present_words() -> tuple[str, ...]:
    return tuple(
        fold(w)
        for lang in SUPPORTED
        for w in _strings(playbook.section(lang, "cv_dates"), "present", "cv_dates")
    )


@cache
def cities() -> frozenset[str]:
    return frozenset(
        fold(c)
        for lang in SUPPORTED
        for c in _strings(playbook.section(lang, "cv_contact"), "cities", "cv_contact")
    )


@cache
def finding_text(lang: Lang, code: str) -> FindingText:
    table = playbook.section(lang, "cv_findings")
    entry = table.get(code)
    if not isinstance(entry, dict):
        raise playbook.PlaybookError(f"[cv_findings] has no entry {code!r} in {lang!r}")
    where = f"cv_findings.{code}"
    severity = _text(entry, "severity", where)
    if severity not in SEVERITIES:
        raise playbook.PlaybookError(f"[{where}] severity must be one of {SEVERITIES}")
    return FindingText(
        _text(entry, "what", where),
        _text(entry, "why", where),
        _text(entry, "fix", where),
        severity,
    )


@cache
def bullet_vocabulary(lang: Lang) -> BulletVocabulary:
    t = playbook.section(lang, "cv_bullets")
    w = "cv_bullets"
    return BulletVocabulary(
        _strings(t, "action_verbs", w),
        _strings(t, "action_nouns", w),
        _strings(t, "weak_openings", w),
        _strings(t, "skip_words", w),
        _text(t, "rewrite_pattern", w),
        _text(t, "no_verb", w),
        _text(t, "weak_opening", w),
        _text(t, "no_figure", w),
        _text(t, "good", w),
    )


@cache
def keyword_zones(lang: Lang) -> KeywordZones:
    t = playbook.section(lang, "cv_keywords")
    w = "cv_keywords"
    return KeywordZones(
        tuple(fold(x) for x in _strings(t, "requirements", w)),
        tuple(fold(x) for x in _strings(t, "nice_to_have", w)),
        tuple(fold(x) for x in _strings(t, "missions", w)),
        tuple(fold(x) for x in _strings(t, "boilerplate", w)),
        tuple(fold(x) for x in _strings(t, "cues", w)),
        frozenset(fold(x) for x in _strings(t, "stopwords", w)),
        frozenset(fold(x) for x in _strings(t, "job_verbs", w)),
        frozenset(fold(x) for x in _strings(t, "qualities", w)),
        frozenset(fold(x) for x in _strings(t, "duty_heads", w)),
        frozenset(_strings(t, "quality_skills", w)),
    )


@cache
def term_groups() -> dict[str, tuple[str, ...]]:
    """Concept id -> its variants in every language (the bilingual equivalence table)."""
    groups: dict[str, list[str]] = {}
    for lang in SUPPORTED:
        table = playbook.section(lang, "cv_terms")
        for concept in table:
            groups.setdefault(concept, []).extend(_strings(table, concept, "cv_terms"))
    return {concept: tuple(dict.fromkeys(v)) for concept, v in groups.items()}
