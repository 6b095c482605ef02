"""The skills vocabulary of the playbook, found in a text (C7.1, C8.3).

`[skills.vocabulary]` names a few hundred skills, tools and soft skills with one key shared
across languages ("gestion de projet" = "project management" = `project_management`). Tools
whose names are also ordinary words ("Tableau", "Vue") and short acronyms ("SQL") match only
with their exact case; other variants match on Snowball stems, so inflections fold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rebond.method.skills.playbook import skills_playbook
from rebond.method.skills.tokens import token_offsets, tokenize
from rebond.method.text.language import Lang, stems


@dataclass(frozen=True)
class VocabularyMatch:
    """A vocabulary skill in a token list: tokens [start, end) and its surface text."""

    key: str
    surface: str
    start: int
    end: int


def stem_tokens(tokens: Sequence[str], lang: Lang) -> list[str]:
    return stems(list(tokens), lang)


@cache
def _index(lang: Lang) -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """First token -> [(variant tokens, key, case_sensitive)], longest variants first."""
    book = skills_playbook(lang)
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for key, variant, exact in book.variants:
        tokens = tuple(tokenize(variant))
        if not tokens:
            continue
        seq = tokens if exact else tuple(stem_tokens(tokens, lang))
        index.setdefault(seq[0], []).append((seq, key, exact))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def vocabulary_matches(tokens: list[str], lang: Lang) -> list[VocabularyMatch]:
    """Longest vocabulary variants in `tokens`, left to right, without overlap."""
    index = _index(lang)
    stemmed = stem_tokens(tokens, lang)
    found: list[VocabularyMatch] = []
    i = 0
    while i < len(tokens):
        best: tuple[int, str] | None = None
        for candidates in (index.get(tokens[i], []), index.get(stemmed[i], [])):
            for seq, key, exact in candidates:
                size = len(seq)
                window = tokens[i : i + size] if exact else stemmed[i : i + size]
                if tuple(window) == seq and (best is None or size > best[0]):
                    best = (size, key)
        if best is None:
            i += 1
            continue
        size, key = best
        found.append(VocabularyMatch(key, surface(tokens[i : i + size]), i, i + size))
        i += size
    return found


def vocabulary_spans(text: str, lang: Lang) -> list[tuple[int, int, str]]:
    """(start, end, key) character spans of the vocabulary skills named in `text`.

    >>> vocabulary_spans("Maîtrise de SQL et de la gestion de projets", "fr")
    [(12, 15, 'lang_sql'), (25, 43, 'project_management')]
    """
    found = token_offsets(text)
    words = [w for w, _s, _e in found]
    return [
        (found[m.start][1], found[m.end - 1][2], m.key) for m in vocabulary_matches(words, lang)
    ]


def surface(tokens: Sequence[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s*/\s*", "/", re.sub(r"(\b\w{1,3}') ", r"\1", text))
