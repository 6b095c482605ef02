"""Targeted questions for a feedback request, picked from the person's own doubts (C3.1).

A doubt is free text in French or English ("I rambled on the system-design question",
"je crains d'avoir manqué d'exemples concrets"). Each doubt is linked to one theme of the
playbook's question bank (`[message_questions.<theme>]`) by its `cues`: word beginnings,
lower-cased and without accents, in either language. Cues beat a model here: they are
transparent, a coach can extend them in the playbook, and they need no model load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rebond.method import playbook
from rebond.method.language import SUPPORTED, Lang, fold

Register = str  # "vous" or "tu"; validated by `rebond.method.messages`


@dataclass(frozen=True)
class QuestionTheme:
    """One entry of the question bank: a theme id, its question (vous / tu) and its cues."""

    id: str
    question: str
    question_tu: str
    cues: tuple[str, ...]


def _as_text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise playbook.PlaybookError(f"{where} must be a non-empty string")
    return value.strip()


@cache
def question_bank(lang: Lang) -> dict[str, QuestionTheme]:
    """The `[message_questions]` bank of one language, in playbook order."""
    raw = playbook.section(lang, "message_questions")
    if not isinstance(raw, dict) or not raw:
        raise playbook.PlaybookError(f"playbook {lang!r}: [message_questions] is empty")
    bank: dict[str, QuestionTheme] = {}
    for theme_id, entry in raw.items():
        where = f"playbook {lang!r}: [message_questions.{theme_id}]"
        if not isinstance(entry, dict):
            raise playbook.PlaybookError(f"{where} must be a table")
        question = _as_text(entry.get("question"), f"{where} question")
        cues = entry.get("cues", [])
        if not isinstance(cues, list) or not all(isinstance(c, str) and c for c in cues):
            raise playbook.PlaybookError(f"{where} cues must be a list of strings")
        bank[theme_id] = QuestionTheme(
            id=theme_id,
            question=question,
            question_tu=_as_text(entry.get("question_tu", question), f"{where} question_tu"),
            cues=tuple(fold(c) for c in cues),
        )
    return bank


@cache
def _cue_patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Cues of both languages per theme, compiled to match at the start of a word."""
    patterns: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for lang in SUPPORTED:
        for theme in question_bank(lang).values():
            for cue in theme.cues:
                compiled = re.compile(r"(?<![a-z0-9])" + re.escape(cue))
                patterns.setdefault(theme.id, []).append((cue, compiled))
    return patterns


def doubt_theme(doubt: str) -> str | None:
    """The question-bank theme a doubt points to, or None when no cue matches.

    A theme id given as is ("seniority") is accepted too. The theme with the most matching
    cues wins; ties go to the longer matched text, then to playbook order.

    >>> doubt_theme("Je n'ai pas assez chiffré mes résultats")
    'business_impact'
    >>> doubt_theme("I think I rambled and my answers were too long")
    'concision'
    """
    text = fold(doubt).strip()
    patterns = _cue_patterns()
    if text in patterns:
        return text
    best: tuple[int, int] = (0, 0)
    best_theme: str | None = None
    for theme_id, cues in patterns.items():
        matched = [cue for cue, pattern in cues if pattern.search(text)]
        score = (len(matched), sum(len(cue) for cue in matched))
        if score > best:
            best, best_theme = score, theme_id
    return best_theme


def doubt_themes(doubts: Iterable[str]) -> list[str]:
    """Themes of several doubts, in the order given, each theme once."""
    themes: list[str] = []
    for doubt in doubts:
        theme = doubt_theme(doubt)
        if theme is not None and theme not in themes:
            themes.append(theme)
    return themes


def targeted_questions(
    doubts: Sequence[str],
    lang: Lang,
    register: Register = "vous",
    *,
    default_themes: Sequence[str] = (),
    minimum: int = 2,
    limit: int = 3,
) -> list[str]:
    """Between `minimum` and `limit` questions: first those the doubts point to, then defaults.

    >>> for question in targeted_questions(["trop long", "pas assez d'impact business"], "en"):
    ...     print(question)
    Were my answers too long or not structured enough?
    Did I show clearly enough the impact of my work on results?
    """
    bank = question_bank(lang)
    themes = [t for t in doubt_themes(doubts) if t in bank][:limit]
    for theme in default_themes:
        if len(themes) >= minimum:
            break
        if theme in bank and theme not in themes:
            themes.append(theme)
    pick_tu = register == "tu"
    return [bank[t].question_tu if pick_tu else bank[t].question for t in themes]
