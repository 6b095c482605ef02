"""Which tier a keyword the CV lacks goes in: `missing` (a name the person can look for and
add: a tool, an acronym, a language, a vocabulary skill, a phrase the ad repeats) or
`to_check` (the rest). What each rule did on the development and held-out pairs
(bench/cv_requirements.py) is in docs/cv.md ("Tuning history").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Literal

from rebond.method.cv.terms import fold, is_technical, tokens
from rebond.method.skills.jobterms import JobTerm
from rebond.method.skills.playbook import skills_playbook

Kind = Literal["required", "nice", "duty"]


def in_tables(name: str, term: JobTerm | None) -> bool:
    """A skill of the vocabulary or the concept table (a term the CV has: a known one)."""
    return term is None or term.skill is not None or term.concept is not None


def named(term: JobTerm) -> bool:
    """A named thing: a tool, an acronym, a language, a vocabulary skill or a concept."""
    words = [t.text for t in tokens(term.term)]
    if listed(term, words):
        return True
    return any(is_technical(w) for w in words) or any(w[:1].isupper() for w in words[1:])


def listed(term: JobTerm, words: list[str]) -> bool:
    """A skill of the vocabulary or the concept table, unless it is one common lower-case
    word ("production", "strategy", "pricing"): that one is a field, not a name to look for."""
    if term.skill is None and term.concept is None:
        return False
    return not (len(words) == 1 and words[0].islower()) or vocabulary_kind(term) in (
        "language",
        "tool",
    )


def vocabulary_kind(term: JobTerm) -> str | None:
    """The vocabulary's kind of a term: a human or programming language, a tool, …"""
    kinds = (skills_playbook(lang).kinds.get(term.skill or "") for lang in ("fr", "en"))
    return next((k for k in kinds if k), None)


def name_shaped(term: str, source: str, lowercase: Collection[str]) -> bool:
    """A name by its shape: a capitalised word inside the sentence (not its first), that the
    ad never writes in lower case ("refonte de l'outil d'entretiens sur Lucca", "macOS
    support with Jamf"); the ad's places, people, employer and roles are already set aside
    (`ad_names`). "Work with Marketing" is not one when the ad also says "marketing".

    >>> name_shaped("Jamf", "macOS support with Jamf", set())
    True
    >>> name_shaped("Design", "Design and ship features", set())
    False
    >>> name_shaped("Product", "partner with Product", {"product"})
    False
    """
    words = [t.text for t in tokens(term)]
    if not words or not words[0][:1].isupper() or len(words) > 3:
        return False
    if any(fold(w) in lowercase or w.endswith("-speaking") for w in words if w[:1].isupper()):
        return False
    toks = tokens(source)
    for k, tok in enumerate(toks):
        if tok.text != words[0]:
            continue
        head = source[: tok.start]
        if not re.search(r"\w", head) or head.rstrip().endswith((".", ":", "!", "?")):
            continue  # the sentence's first word: capitalised anyway
        last = k + len(words) - 1

        def joined(i: int) -> bool:  # toks[i] and toks[i + 1] with only a space between
            return 0 <= i < len(toks) - 1 and not source[toks[i].end : toks[i + 1].start].strip()

        def capital(i: int) -> bool:
            return 0 <= i < len(toks) and toks[i].text[:1].isupper()

        if (joined(k - 1) and capital(k - 1)) or (joined(last) and capital(last + 1)):
            return False  # a piece of a longer name: "Security [Information]", "[Microsoft] Azure"
        # "the [Rehabilitation] of Offenders Act"
        return not (
            joined(last)
            and joined(last + 1)
            and fold(toks[last + 1].text) in ("of", "de", "and", "et", "&")
            and capital(last + 2)
        )
    return False


def confident(term: JobTerm, kind: Kind) -> bool:
    """The `missing` tier: a named tool, acronym, language or skill, or a phrase the ad
    repeats; in a duty line, only a technical name or a vocabulary skill (a capitalised word
    there is more often a place, a team or a client). The rest goes to `to_check`: a plain
    phrase of the requirement zone here cost precision and gained no recall.
    """
    if kind == "duty":
        words = [t.text for t in tokens(term.term)]
        technical = any(is_technical(w) for w in words) or (
            term.skill is not None and listed(term, words)
        )
        return technical or repeated(term)
    return named(term) or repeated(term)


def repeated(term: JobTerm) -> bool:
    """A noun phrase the ad repeats. One word repeated is not enough: "attendue" ("est
    attendue" twice), "personnes" ("12 personnes", "90 personnes") are not things to show.
    """
    return term.occurrences > 1 and (len(tokens(term.term)) > 1 or term.term[:1].isupper())
