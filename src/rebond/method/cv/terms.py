"""Tokens and match keys shared by the keyword matcher and the message-drift check (C8.3, C8.4).

A key folds case, accents and inflections (Snowball stems) so "Gestion des projets" and
"gestion de projet" meet, while technical tokens ("CI/CD", "C++", ".NET", "SQL") are kept
whole: stemming them would merge unrelated tools.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rebond.method.cv.config import term_groups
from rebond.method.text.language import SUPPORTED, Lang, stems
from rebond.method.text.language import fold as _fold_text

# Words repeat a lot across an ad and a CV: fold each distinct one once.
fold = lru_cache(maxsize=50_000)(_fold_text)

MAX_NGRAM = 5
# Function words dropped from keys on both sides: "gestion DE projet" = "gestion DES projets".
GLUE = frozenset(
    "de des du d la le les l un une et a au aux en of the an and for to in on with".split()
)
_TOKEN = re.compile(r"\.?[^\W_](?:[\w+#]|[./'’&-](?=[\w.+#]))*[+#]*", re.UNICODE)
_ELISION = re.compile(r"^(?:l|d|j|qu|n|s|c|m|t)['’]", re.IGNORECASE)


@dataclass(frozen=True)
class Token:
    text: str  # as written
    start: int  # character offsets in the source text
    end: int


def tokens(text: str) -> list[Token]:
    """Words and technical tokens with their offsets; elisions ("l'", "d'") split off.

    >>> [t.text for t in tokens("Maîtrise d'AWS, du CI/CD et de C++ (.NET).")]
    ['Maîtrise', 'AWS', 'du', 'CI/CD', 'et', 'de', 'C++', '.NET']
    """
    found = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(), match.start()
        elided = _ELISION.match(word)
        if elided and len(word) > elided.end():
            word, start = word[elided.end() :], start + elided.end()
        found.append(Token(word, start, start + len(word)))
    return found


@lru_cache(maxsize=50_000)  # called for every token of the ad and the CV
def is_technical(word: str) -> bool:
    """A product, language or acronym: inner capitals, digits with letters, or + # / . inside.

    >>> [is_technical(w) for w in ("SQL", "PostgreSQL", "CI/CD", "C++", "S3", "projet", "Anglais")]
    [True, True, True, True, True, False, False]
    """
    if len(word) < 2 and word not in ("C", "R"):
        return False
    if re.search(r"[+#/]|^\.|\w\.\w", word):
        return True
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    if any(c.isupper() for c in word[1:]):
        return True
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def token_keys(words: list[str], lang: Lang) -> list[str]:
    """One key per word: folded technical token, or Snowball stem; glue words give ""."""
    plain = [fold(w) for w in words]
    stemmed = stems(plain, lang)
    keys = []
    for word, folded, stem in zip(words, plain, stemmed, strict=True):
        if folded in GLUE:
            keys.append("")
        elif is_technical(word) or not folded.isalpha():
            # "CDNs", "APIs", "KPIs": an acronym's plural is the acronym.
            plural_acronym = re.fullmatch(r"[A-Z0-9]{2,}s", word)
            keys.append((folded[:-1] if plural_acronym else folded).strip("."))
        else:
            keys.append(stem)
    return keys


def phrase_key(text: str, lang: Lang) -> tuple[str, ...]:
    """The key of a phrase: its content words' keys, glue words dropped.

    A one-word phrase keeps the word itself (folded, singular): stems are too greedy alone
    ("closing" would meet "close", "analytics" meet "analytical").

    >>> phrase_key("Gestion des projets", "fr") == phrase_key("gestion de projet", "fr")
    True
    >>> phrase_key("Négociations", "fr"), phrase_key("SQL", "en")
    (('=negociation',), ('sql',))
    """
    words = [t.text for t in tokens(text)]
    keys = tuple(k for k in token_keys(words, lang) if k)
    if len(keys) == 1 and not is_technical(words[0]) and words[0].isalpha():
        return (single_key(words[0]),)
    return keys


def single_key(word: str) -> str:
    """Exact-word key for one-word terms: folded, a plural -s/-x removed, marked with "="."""
    folded = fold(word)
    if len(folded) > 3 and folded[-1] in "sx" and folded[-2] not in "su":
        folded = folded[:-1]
    return "=" + folded


@dataclass(frozen=True)
class KeyedText:
    """A text's tokens and their keys in both languages, with every n-gram for fast lookup."""

    tokens: tuple[Token, ...]
    keys: dict[str, tuple[str, ...]]
    ngrams: dict[str, frozenset[tuple[str, ...]]]

    def contains(self, key: tuple[str, ...], lang: Lang) -> bool:
        return bool(key) and key in self.ngrams[lang]


def activity_key(key: tuple[str, ...], lang: Lang) -> tuple[str, ...]:
    """A French role and its activity share one key: "contrôleur de gestion" and "contrôle
    de gestion", "gestionnaire de paie" and "gestion de la paie", "développeur web" and
    "développement web". Only phrases: alone, the stripped stems are too short to trust.

    >>> activity_key(phrase_key("Contrôleur de gestion", "fr"), "fr")
    ('control', 'gestion')
    """
    if lang != "fr" or len(key) < 2:
        return key
    first = key[0]
    if first.endswith("eur") and len(first) >= 7:
        first = first[:-3]
    elif first.endswith("nnair"):
        first = first[:-4]
    return (first, *key[1:])


def keyed(text: str) -> KeyedText:
    """Index a text: keys under French and English stemming, n-grams up to `MAX_NGRAM`.

    French n-grams that open with a role ("contrôleur de gestion") are indexed under the
    activity's key as well (`activity_key`).
    """
    found = tuple(tokens(text))
    words = [t.text for t in found]
    keys: dict[str, tuple[str, ...]] = {}
    grams: dict[str, frozenset[tuple[str, ...]]] = {}
    for lang in SUPPORTED:
        content = tuple(token_keys(words, lang))
        keys[lang] = content
        kept = [k for k in content if k]
        phrases = [
            tuple(kept[i : i + n])
            for n in range(1, MAX_NGRAM + 1)
            for i in range(len(kept) - n + 1)
        ]
        grams[lang] = frozenset(
            phrases
            + [role for g in phrases if len(g) > 1 and (role := activity_key(g, lang)) != g]
            + [(single_key(w),) for w in words if w.isalpha()]
        )
    return KeyedText(found, keys, grams)


@cache
def concept_keys() -> dict[str, tuple[tuple[Lang, tuple[str, ...], str], ...]]:
    """Concept id -> (language, key, variant) for every variant of the equivalence table."""
    from rebond.method import playbook

    table: dict[str, list[tuple[Lang, tuple[str, ...], str]]] = {}
    for lang in SUPPORTED:
        for concept, variants in playbook.section(lang, "cv_terms").items():
            for variant in variants:
                key = phrase_key(variant, lang)
                if key:
                    table.setdefault(concept, []).append((lang, key, variant))
    assert set(table) <= set(term_groups())
    return {concept: tuple(entries) for concept, entries in table.items()}
