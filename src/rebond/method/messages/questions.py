"""Targeted questions for a feedback request, picked from the person's own doubts (C3.1).

A doubt is free text in French or English ("I rambled on the system-design question",
"je crains d'avoir manqué d'exemples concrets"). Each doubt is linked to one theme of the
playbook's question bank (`[message_questions.<theme>]`) in two steps:

1. `cues`: word beginnings, lower-cased and without accents, in either language ("star$" for
   a whole word). Transparent, instant, and a coach can extend them in the playbook.
2. When no cue matches: the nearest theme centroid of multilingual sentence embeddings built
   from labelled example doubts shipped in `data/messages/doubt_examples.jsonl`, kept only
   above `MIN_SIMILARITY` so an unrelated sentence gets no theme (default questions instead).

Both steps, because cues do not generalise to unseen wording and the model does (figures on
held-out doubts: bench/messages_doubts.py, docs/benchmarks.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rebond.method import playbook
from rebond.method.learning.embeddings import Vectors, encode
from rebond.method.text.language import SUPPORTED, Lang, fold

EXAMPLES = Path(__file__).parents[1] / "data" / "messages" / "doubt_examples.jsonl"
# Chosen on the training examples (leave-one-out: 95 % of right answers score above 0.40) and
# on unrelated sentences ("I had pasta for lunch": 0.17-0.32); never on the held-out set.
MIN_SIMILARITY = 0.35

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
                # A cue is a word beginning; a trailing "$" asks for the whole word ("star$"
                # must not match "startup").
                whole = cue.endswith("$")
                stem = cue.removesuffix("$")
                tail = r"(?![a-z0-9])" if whole else ""
                compiled = re.compile(r"(?<![a-z0-9])" + re.escape(stem) + tail)
                patterns.setdefault(theme.id, []).append((cue, compiled))
    return patterns


def cue_theme(doubt: str) -> str | None:
    """The theme whose playbook cues a doubt matches best, or None when no cue matches.

    A theme id given as is ("seniority") is accepted too. The theme with the most matching
    cues wins; ties go to the longer matched text, then to playbook order.

    >>> cue_theme("Je n'ai pas assez chiffré mes résultats")
    'business_impact'
    >>> cue_theme("I think I rambled and my answers were too long")
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


@cache
def _centroids() -> tuple[tuple[str, ...], Vectors]:
    """One unit vector per theme: the mean embedding of its example doubts."""
    known = set(question_bank("fr")) & set(question_bank("en"))
    by_theme: dict[str, list[str]] = {}
    for number, line in enumerate(EXAMPLES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("theme") not in known or not str(row.get("text", "")).strip():
            raise playbook.PlaybookError(f"{EXAMPLES.name}:{number}: unknown theme or no text")
        by_theme.setdefault(row["theme"], []).append(row["text"])
    themes = tuple(by_theme)
    means = np.stack([encode(by_theme[t]).mean(axis=0) for t in themes])
    centroids: Vectors = (means / np.linalg.norm(means, axis=1, keepdims=True)).astype(np.float32)
    return themes, centroids


def model_themes(doubts: Sequence[str]) -> list[str | None]:
    """The nearest theme of each doubt by sentence embedding; None below `MIN_SIMILARITY`."""
    if not doubts:
        return []
    themes, centroids = _centroids()
    similarities = encode(list(doubts)) @ centroids.T
    best = similarities.argmax(axis=1)
    return [
        themes[int(b)] if float(row[b]) >= MIN_SIMILARITY else None
        for row, b in zip(similarities, best, strict=True)
    ]


def doubt_theme(doubt: str, *, use_model: bool = True) -> str | None:
    """The question-bank theme a doubt points to: cues first, then the embedding model.

    >>> doubt_theme("Je n'ai pas assez chiffré mes résultats", use_model=False)
    'business_impact'
    """
    return doubt_themes_each([doubt], use_model=use_model)[0]


def doubt_themes_each(doubts: Sequence[str], *, use_model: bool = True) -> list[str | None]:
    """`doubt_theme` for several doubts, encoding the unmatched ones in one batch."""
    found = [cue_theme(doubt) for doubt in doubts]
    missing = [i for i, theme in enumerate(found) if theme is None and doubts[i].strip()]
    if use_model and missing:
        for i, theme in zip(missing, model_themes([doubts[i] for i in missing]), strict=True):
            found[i] = theme
    return found


def doubt_themes(doubts: Iterable[str], *, use_model: bool = True) -> list[str]:
    """Themes of several doubts, in the order given, each theme once."""
    found = doubt_themes_each(list(doubts), use_model=use_model)
    return list(dict.fromkeys(theme for theme in found if theme is not None))


def targeted_questions(
    doubts: Sequence[str],
    lang: Lang,
    register: Register = "vous",
    *,
    default_themes: Sequence[str] = (),
    minimum: int = 2,
    limit: int = 3,
    use_model: bool = True,
    own_words: str = "",
) -> list[str]:
    """One question per doubt the person wrote, `limit` at most (at least `minimum`, with
    default themes).

    A doubt asks its theme's question from the bank; a doubt whose theme is unknown, or
    already asked by an earlier doubt, is asked in its own words through `own_words` (a
    template with `{doubt}`), so that no doubt the person chose is dropped (the draft form
    takes `limit` doubts at most, so that the message stays short enough to be answered).

    >>> doubts = ["trop long", "pas assez d'impact business"]
    >>> for question in targeted_questions(doubts, "en", use_model=False):
    ...     print(question)
    Were my answers too long or not structured enough?
    Did I show clearly enough the impact of my work on results?
    >>> targeted_questions(["too long", "rambling"], "en", use_model=False,
    ...                    own_words='On "{doubt}": what did you notice?')[1]
    'On "rambling": what did you notice?'
    """
    bank = question_bank(lang)
    pick_tu = register == "tu"
    written = [" ".join(d.split()) for d in doubts if d.strip()]
    asked: list[str] = []
    used: set[str] = set()
    for doubt, theme in zip(written, doubt_themes_each(written, use_model=use_model), strict=True):
        if theme in bank and theme not in used:
            used.add(theme)
            asked.append(bank[theme].question_tu if pick_tu else bank[theme].question)
        elif own_words:
            asked.append(own_words.format(doubt=doubt.rstrip(" ?.!")))
    for theme in default_themes:
        if len(asked) >= minimum:
            break
        if theme in bank and theme not in used:
            used.add(theme)
            asked.append(bank[theme].question_tu if pick_tu else bank[theme].question)
    return asked[:limit]
