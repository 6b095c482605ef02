"""Count filler words in speech, only where they pad it (C7.4).

The same word is often a filler in one sentence and meaningful in the next ("like", "en fait",
"genre", "voilà"), so each playbook expression carries context rules about its neighbouring
tokens (words, punctuation, turn boundaries). See the header of `playbook/<lang>/fillers.toml`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.text.language import Lang, fold

START, END, NUMBER = "<start>", "<end>", "<num>"
PAUSES = frozenset({",", ".", "?", "!", ";", ":", "…", "-", "–", "—"})
_FINAL = frozenset({".", "!", "…", ",", ";", END})
_WHEN = ("always", "pause_around", "pause_after", "final")
# Words (with inner apostrophes and hyphens), numbers, or one punctuation mark.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’\-][^\W\d_]+)*|[.,?!;:…–—]|(?<!\w)-(?!\w)")
_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "cent",
    ]
)


@dataclass(frozen=True)
class FillerRule:
    """One playbook expression and the context in which it counts as a filler."""

    text: str
    words: tuple[str, ...]
    when: str
    also_next: tuple[tuple[str, ...], ...] = ()
    only_prev: tuple[tuple[str, ...], ...] = ()
    only_next: tuple[tuple[str, ...], ...] = ()
    unless_prev: tuple[tuple[str, ...], ...] = ()
    unless_next: tuple[tuple[str, ...], ...] = ()


def tokens(text: str) -> list[str]:
    """Folded words and punctuation marks of a text, in order.

    >>> tokens("En fait, j'ai 3 idées…")
    ['en', 'fait', ',', "j'ai", '3', 'idees', '.', '.', '.']
    """
    # Folding the whole text first turns "…" into "...", which reads as the same pause.
    return _TOKEN.findall(fold(text))


def _phrases(raw: Any, field: str) -> tuple[tuple[str, ...], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise playbook.PlaybookError(f"[fillers] {field} must be a list of strings")
    return tuple(tuple(_norm(word) for word in x.split()) for x in raw)


def _norm(word: str) -> str:
    # "<start>" and elisions ("l'") are kept as written; "…" reads as "." like in a text.
    if word.startswith("<") or word.endswith("'"):
        return fold(word)
    found = tokens(word)
    return found[0] if found else word


@cache
def rules(lang: Lang) -> tuple[FillerRule, ...]:
    """The playbook's filler rules for `lang`, longest expressions first."""
    section = playbook.section(lang, "fillers")
    entries = section.get("expressions") if isinstance(section, dict) else None
    if not isinstance(entries, list) or not entries:
        raise playbook.PlaybookError(f"[fillers] of {lang!r} needs an [[fillers.expressions]] list")
    found = []
    for entry in entries:
        text, when = entry.get("text"), entry.get("when", "always")
        if not isinstance(text, str) or not text.strip():
            raise playbook.PlaybookError("[[fillers.expressions]] entry without a text")
        if when not in _WHEN:
            raise playbook.PlaybookError(f"[fillers] {text!r}: 'when' must be one of {_WHEN}")
        context = {
            name: _phrases(entry.get(name), f"{text!r}.{name}")
            for name in ("also_next", "only_prev", "only_next", "unless_prev", "unless_next")
        }
        # Spelling variants ("euuh", "ummm") are counted under the expression itself.
        spellings = [tuple(tokens(text)), *_phrases(entry.get("also_spelled"), "also_spelled")]
        for words in spellings:
            found.append(FillerRule(text=text, words=words, when=when, **context))
    return tuple(sorted(found, key=lambda rule: -len(rule.words)))


def _is_number(token: str) -> bool:
    return token[:1].isdigit() or token in _NUMBER_WORDS


def _matches(phrases: tuple[tuple[str, ...], ...], seq: list[str], before: bool) -> bool:
    """Does a neighbouring run of tokens (read away from the filler) match one phrase?"""
    for phrase in phrases:
        size = len(phrase)
        window = seq[-size:] if before else seq[:size]
        if len(window) < size:
            continue
        if all(_same(want, got) for want, got in zip(phrase, window, strict=True)):
            return True
    return False


def _same(want: str, got: str) -> bool:
    if want == NUMBER:
        return _is_number(got)
    if want.endswith("'") and len(want) > 1:
        return got.startswith(want)
    return want == got


def _counts(rule: FillerRule, before: list[str], after: list[str]) -> bool:
    prev, nxt = before[-1], after[0]
    pause_before, pause_after = prev in PAUSES or prev == START, nxt in PAUSES or nxt == END
    if rule.when == "always":
        ok = True
    elif rule.when == "pause_around":
        ok = pause_before or pause_after
    elif rule.when == "pause_after":
        ok = pause_after
    else:
        ok = nxt in _FINAL
    ok = ok or _matches(rule.also_next, after, before=False)
    if rule.only_prev and not _matches(rule.only_prev, before, before=True):
        return False
    if rule.only_next and not _matches(rule.only_next, after, before=False):
        return False
    if _matches(rule.unless_prev, before, before=True):
        return False
    return ok and not _matches(rule.unless_next, after, before=False)


def count_fillers(text: str, lang: Lang) -> Counter[str]:
    """Filler uses in one turn of speech, by playbook expression.

    >>> dict(count_fillers("Euh, en fait, Python en fait partie.", "fr"))
    {'euh': 1, 'en fait': 1}
    >>> dict(count_fillers("I like working with data, like, a lot.", "en"))
    {'like': 1}
    """
    seq = [START, *tokens(text), END]
    found: Counter[str] = Counter()
    by_first: dict[str, list[FillerRule]] = _index(lang)
    i = 1
    while i < len(seq) - 1:
        step = 1
        for rule in by_first.get(seq[i], ()):
            size = len(rule.words)
            if tuple(seq[i : i + size]) != rule.words:
                continue
            if _counts(rule, seq[max(0, i - 4) : i], seq[i + size : i + size + 4]):
                found[rule.text] += 1
                step = size
                break
        i += step
    return found


@cache
def _index(lang: Lang) -> dict[str, list[FillerRule]]:
    index: dict[str, list[FillerRule]] = {}
    for rule in rules(lang):  # longest first, so "tu vois" is tried before a shorter rule
        index.setdefault(rule.words[0], []).append(rule)
    return index
