"""Language identification, tokenisation and inflection folding for French and English.

Every model behind these functions ships inside an installed package (no download at run
time) and is loaded once, lazily, on first use: importing this module costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Literal

Lang = Literal["fr", "en"]
SUPPORTED: tuple[Lang, ...] = ("fr", "en")
DEFAULT_LANG: Lang = "fr"

# A word: letters/digits, keeping inner apostrophes and hyphens ("j'ai", "peut-être", "CI/CD"
# is split by the slash on purpose; callers that need terms use `terms`).
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_FR_HINTS = frozenset(
    "le la les des une est je j'ai ne pas vous nous avec pour sur dans qui que très été "
    "c'est n'ai d'un l'entretien mais aussi leur".split()
)
_EN_HINTS = frozenset(
    "the and is are was were you your with for not have has this that very been i'm it's "
    "they their would could should of".split()
)


def normalise_lang(value: str | None) -> Lang | None:
    """Map a user-given language tag to a supported one ("fr-FR" -> "fr"), or None.

    >>> normalise_lang("EN-gb"), normalise_lang("de"), normalise_lang(None)
    ('en', None, None)
    """
    if not value:
        return None
    head = value.strip().lower().replace("_", "-").split("-")[0]
    if head == "fr":
        return "fr"
    if head == "en":
        return "en"
    return None


@cache
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH).build()


def _by_hints(text: str) -> Lang | None:
    words = [w.lower() for w in _WORD.findall(text)]
    fr = sum(w in _FR_HINTS for w in words)
    en = sum(w in _EN_HINTS for w in words)
    if fr == en:
        return None
    return "fr" if fr > en else "en"


def detect(text: str, default: Lang = DEFAULT_LANG) -> Lang:
    """Return "fr" or "en" for a text; `default` when the text gives no signal.

    Function words decide clear cases at no cost; the statistical detector settles the rest.

    >>> detect("Je ne réussis jamais."), detect("I never succeed."), detect("", default="en")
    ('fr', 'en', 'en')
    """
    if not text or not text.strip():
        return default
    hinted = _by_hints(text)
    if hinted is not None:
        return hinted
    found = _detector().detect_language_of(text)
    if found is None:
        return default
    return "fr" if found.name == "FRENCH" else "en"


def detect_many(texts: list[str], default: Lang = DEFAULT_LANG) -> list[Lang]:
    """`detect` for many texts, batching the undecided ones through the detector."""
    result: list[Lang | None] = [_by_hints(t) if t and t.strip() else default for t in texts]
    pending = [i for i, lang in enumerate(result) if lang is None]
    if pending:
        found = _detector().detect_languages_in_parallel_of([texts[i] for i in pending])
        for i, language in zip(pending, found, strict=True):
            if language is None:
                result[i] = default
            else:
                result[i] = "fr" if language.name == "FRENCH" else "en"
    return [lang or default for lang in result]


def words(text: str) -> list[str]:
    """Split a text into words, keeping elisions and hyphenated words whole.

    >>> words("J'ai peut-être 3 idées, voilà.")
    ["J'ai", 'peut-être', '3', 'idées', 'voilà']
    """
    return _WORD.findall(text)


def strip_accents(text: str) -> str:
    """Remove diacritics: "Équipe" -> "Equipe".

    >>> strip_accents("Équipe déçue")
    'Equipe decue'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Lower-case, accent-free, typographic apostrophes made plain: a key for matching.

    The one fold of the code base. Only the non-ASCII runs are decomposed (each distinct run
    once, remembered), then the whole text is lower-cased in C: the same result as decomposing
    everything, several times faster on long transcripts and on plain ASCII words
    (bench/private_tricks.py).

    >>> fold("L’Équipe")
    "l'equipe"
    >>> fold("ΟΔΟΣ") == strip_accents("ΟΔΟΣ").lower()  # lower-cased as a whole: final sigma
    True
    """
    if text.isascii():
        return text.lower()
    return _NON_ASCII.sub(_stripped_run, text).lower()


def _stripped_run(match: re.Match[str]) -> str:
    return _strip_run(match.group(0))


@lru_cache(maxsize=65_536)
def _strip_run(run: str) -> str:
    return strip_accents(run.replace("’", "'"))


@cache
def _stemmer(lang: Lang):  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("french" if lang == "fr" else "english")


def stems(tokens: list[str], lang: Lang) -> list[str]:
    """Snowball stems of folded tokens: a cheap, fast fold of inflections.

    >>> stems(["Recruteurs", "recruteur"], "fr")
    ['recruteur', 'recruteur']
    """
    return list(_stemmer(lang).stemWords([fold(t) for t in tokens]))


def lemma(token: str, lang: Lang) -> str:
    """Dictionary form of one word (simplemma), folded.

    >>> lemma("étaient", "fr")
    'etre'
    """
    import simplemma

    return fold(simplemma.lemmatize(token.lower(), lang=lang))
