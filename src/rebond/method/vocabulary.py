"""What people write for a stage, a channel, a level or a company size, read into Rebond's
values (C1.1, C1.6): the playbook's French and English synonyms together, then close spellings.

One vocabulary for every face: the spreadsheet import, the command line (`rebond move 1
"Entretien 2"`) and the API read the same words the same way.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rebond.method import playbook
from rebond.method.text.language import SUPPORTED, fold

KINDS = ("stage", "channel", "level", "company_size")
# A spelling this close to a known word reads as that word ("entretein 2", "linkdin").
CLOSE_SPELLING = 0.86


@dataclass(frozen=True)
class Reading:
    """`value` read from `text`; `how` is "value", "synonym" or "close" (a guess to report)."""

    text: str
    value: str
    how: str


def _key(text: str) -> str:
    return " ".join(fold(text).replace("’", "'").replace("_", " ").split()).strip(" .:;,!")


@cache
def words(kind: str) -> dict[str, str]:
    """Folded word → value, from both languages' `[vocabulary.<kind>]`, values included."""
    if kind not in KINDS:
        raise ValueError(f"unknown vocabulary {kind!r}")
    found: dict[str, str] = {}
    for lang in SUPPORTED:
        table = playbook.section(lang, "vocabulary").get(kind, {})
        if not isinstance(table, dict):
            raise playbook.PlaybookError(f"[vocabulary.{kind}] must be a table")
        for value, synonyms in table.items():
            if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
                raise playbook.PlaybookError(f"[vocabulary.{kind}] {value}: a list of words")
            found.setdefault(_key(value), value)
            for synonym in synonyms:
                found.setdefault(_key(synonym), value)
    return found


@cache
def _known(kind: str, allowed: tuple[str, ...]) -> dict[str, str]:
    if not allowed:
        return words(kind)
    return {word: value for word, value in words(kind).items() if value in allowed}


@lru_cache(maxsize=4096)  # a spreadsheet repeats its few words on thousands of rows
def read(kind: str, text: str, allowed: tuple[str, ...] = ()) -> Reading | None:
    """The value `text` names, or None when nothing is close enough.

    >>> read("stage", "Entretien 2")
    Reading(text='Entretien 2', value='interview_2', how='synonym')
    >>> read("channel", "Site carrière").value, read("channel", "Cabinet de recrutement").value
    ('company_site', 'recruiter')
    >>> read("stage", "entretein 2").how
    'close'
    >>> read("channel", "pigeon voyageur") is None
    True
    """
    key = _key(text)
    if not key:
        return None
    known = _known(kind, allowed)
    if key in known:
        return Reading(text, known[key], "value" if key == _key(known[key]) else "synonym")
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=CLOSE_SPELLING)
    return Reading(text, known[close[0]], "close") if close else None


def header_key(header: str) -> str:
    """A column header as compared: camelCase and snake_case split ("companyName",
    "job_title"), lower case, no accents, no trailing colon or star.

    >>> header_key("companyName"), header_key(" SOCIÉTÉ :"), header_key("Date d’envoi")
    ('company name', 'societe', "date d'envoi")
    """
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header).replace("_", " ").replace("-", " ")
    return " ".join(fold(spaced).replace("’", "'").split()).strip(" :*")


@cache
def columns() -> dict[str, tuple[str, ...]]:
    """Field → the header names people give it (`[vocabulary.columns]`), both languages, in the
    order they are tried: English first, then French, each in the playbook's order."""
    found: dict[str, list[str]] = {}
    for lang in SUPPORTED:
        table = playbook.section(lang, "vocabulary").get("columns", {})
        if not isinstance(table, dict):
            raise playbook.PlaybookError("[vocabulary.columns] must be a table")
        for name, headers in table.items():
            if not isinstance(headers, list) or not all(isinstance(h, str) for h in headers):
                raise playbook.PlaybookError(f"[vocabulary.columns] {name}: a list of headers")
            known = found.setdefault(name, [])
            known.extend(k for h in headers if (k := header_key(h)) not in known)
    return {name: tuple(headers) for name, headers in found.items()}


@cache
def blanks() -> frozenset[str]:
    """Cell values that say "nothing here" ("N/A", "-"), folded (`[vocabulary.blanks]`)."""
    words: set[str] = set()
    for lang in SUPPORTED:
        table = playbook.section(lang, "vocabulary").get("blanks", {})
        words.update(_key(w) or w for w in table.get("words", []))
    return frozenset(words)
