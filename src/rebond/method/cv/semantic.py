"""Optional cross-language synonym step of the keyword matcher (C8.3), on sentence vectors.

Loaded only when `match(..., semantic=True)`: the encoder costs about 2 s to load, which the
fast path (CLI, under 1 s) cannot afford. A missing keyword is compared with the CV's short
phrases; the best phrase above the threshold counts as the same skill.
"""

from __future__ import annotations

import re

from rebond.method.cv.terms import tokens
from rebond.method.learning.embeddings import cosine, encode

MAX_PHRASE_WORDS = 6
WINDOW = 3
_BREAK = re.compile(r"[,;:.()|•\n/]|\s[-–—]\s|\b(?:et|and|ou|or)\b", re.IGNORECASE)


def cv_phrases(cv_text: str) -> list[str]:
    """Short phrases of a CV: clauses of up to six words, and three-word windows of longer ones.

    >>> cv_phrases("Compétences : gestion de projet, SQL")
    ['Compétences', 'gestion de projet', 'SQL']
    """
    phrases: list[str] = []
    for chunk in _BREAK.split(cv_text):
        words = [t.text for t in tokens(chunk)]
        if not words:
            continue
        if len(words) <= MAX_PHRASE_WORDS:
            phrases.append(" ".join(words))
        else:
            phrases.extend(" ".join(words[i : i + WINDOW]) for i in range(len(words) - WINDOW + 1))
    return list(dict.fromkeys(phrases))


def semantic_matches(terms: list[str], cv_text: str, threshold: float) -> dict[str, str]:
    """Keyword -> the CV phrase closest to it, for keywords whose best cosine >= threshold."""
    phrases = cv_phrases(cv_text)
    if not terms or not phrases:
        return {}
    similarity = cosine(encode(terms), encode(phrases))
    found = {}
    for row, term in enumerate(terms):
        best = int(similarity[row].argmax())
        if float(similarity[row, best]) >= threshold:
            found[term] = phrases[best]
    return found
