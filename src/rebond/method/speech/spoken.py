"""How long a text takes to say aloud, and whether it carries a figure.

Shared by the debrief's interview replay (C2.7), the story bank and pitch (C7.1, C7.2) and the
CV bullet check (C8.2): an answer or a bullet "with numbers" is one that `has_figure` accepts.
"""

from __future__ import annotations

import re

from rebond.method import playbook
from rebond.method.text.language import Lang, words

# Digits (3, 1 200, 2,5, 40%), or a number written out in French or English.
_DIGITS = re.compile(r"\d")
_NUMBER_WORDS = {
    "fr": (
        "deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente quarante "
        "cinquante soixante cent cents mille million millions milliard milliards moitié double "
        "triple tiers quart douzaine dizaine dizaines centaine centaines"
    ).split(),
    "en": (
        "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
        "fifty sixty hundred hundreds thousand thousands million millions billion half double "
        "tripled doubled triple third quarter dozen dozens"
    ).split(),
}


def number_words() -> list[str]:
    """The written-out numbers `has_figure` accepts, both languages (for a live check)."""
    return sorted({w for vocab in _NUMBER_WORDS.values() for w in vocab})


def words_per_minute(lang: Lang) -> int:
    """Speaking rate from the playbook (`[speech] words_per_minute`)."""
    rate = int(playbook.section(lang, "speech")["words_per_minute"])
    if not 60 <= rate <= 300:
        raise playbook.PlaybookError(f"[speech] words_per_minute out of range: {rate}")
    return rate


def estimate_seconds(text: str, lang: Lang) -> float:
    """Estimated spoken duration in seconds at the playbook's rate for `lang`.

    >>> estimate_seconds("un " * 150, "fr")
    60.0
    """
    return round(len(words(text)) * 60.0 / words_per_minute(lang), 1)


def has_figure(text: str) -> bool:
    """True when the text states a quantity: a digit, or a number word (either language).

    >>> has_figure("Réduit les délais de 30 %"), has_figure("Doubled the revenue")
    (True, True)
    >>> has_figure("J'ai beaucoup amélioré le process")
    False
    """
    if _DIGITS.search(text):
        return True
    lowered = {w.lower() for w in words(text)}
    return any(lowered.intersection(vocab) for vocab in _NUMBER_WORDS.values())
