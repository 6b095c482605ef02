"""Acronyms in job ads: the one a phrase is abbreviated to, and acronyms offered as a choice.

"déclarations sociales (DSN)", "Qualified Teacher Status (QTS)": a phrase and its acronym in
brackets are one requirement. "ATI/AAT", "BTS/DUT": either acronym is enough.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rebond.method.cv.terms import GLUE, Token
from rebond.method.skills.zones import fold

_ACRONYM_PART = re.compile(r"(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8}")


def abbreviates(acronym: str, before: Sequence[Token]) -> bool:
    """True when `acronym` abbreviates the last words of `before` (the words up to its bracket):
    it starts with the first letter of those words and holds their other initials in order,
    glue words aside. Exact initials ("Qualified Teacher Status (QTS)") are the plain case;
    "déclarations sociales (DSN)" and "the monthly key performance review (KPR)" hold too.

    >>> from rebond.method.cv.terms import tokens
    >>> abbreviates("GRC", tokens("maîtrise de la gestion de la relation client"))
    True
    """
    if len(before) < 2 or not (acronym.isupper() and acronym.isalpha() and len(acronym) <= 6):
        return False
    letters = fold(acronym)
    initials = [fold(t.text)[0] for t in before if fold(t.text) not in GLUE]
    for start in range(len(initials) - 1):
        remaining = iter(letters)
        if letters[0] == initials[start] and all(c in remaining for c in initials[start:]):
            return True
    return False


def acronym_choice(word: str) -> list[str]:
    """The parts of "ATI/AAT", "BTS/DUT", "B1V/BR": acronyms offered as a choice; [] otherwise.
    Each part has two characters at least, so gender markers ("H/F", "M/F/D") are no choice."""
    parts = word.split("/")
    if len(parts) < 2:
        return []
    return parts if all(_ACRONYM_PART.fullmatch(p) for p in parts) else []
