"""Noun phrases of an ad's requirement and duty lines, for the `to_check` tier (issue 21).

The keyword reader (`skills_jobterms`) keeps what it is sure of; its duty rules drop the
objects of many tasks ("Construire les plans de succession", "take part in code reviews").
This reading gives them back as things to check, never as confident gaps: a line is cut at
punctuation and conjunctions, its verbs and filler words are dropped, and what remains is
kept when it is two to four content words, joined in French by "de / d' / des / du / à" and
in English by "of (the)" ("troubles de l'attachement", "single version of the truth").
"""

from __future__ import annotations

import re

from rebond.method.cv.terms import Token, is_technical, tokens
from rebond.method.skills.spans import ignored, lemma_is_verb, says_how_much, verb_lemmas
from rebond.method.text.language import Lang, fold

_BREAK = re.compile(r"[,;:()/.!?«»\"–—•|+]|\s-\s")
_CONJUNCTIONS = frozenset("et and ou or & but mais puis then".split())
_LINKS = {"fr": frozenset("de d' des du à au aux".split()), "en": frozenset(["of"])}
_LINK_ARTICLES = frozenset("la le l' les the".split())
# Words that say how much or how well, not what: "solide", "strong", "excellent".
_QUALIFIERS = frozenset(
    """bonne bon bonnes bons solide solides excellente excellent excellents parfaite parfait
    forte fort strong good solid excellent proven great deep sound first premiere premier
    experience experiences connaissance connaissances maitrise knowledge understanding
    ability capacite aptitude familiarity exposure skills competences aisance basic
    hands-on notions notion pratique""".split()
)
# Words that say how much the ad wants it, after the thing: "Silae indispensable".
_WANTED = frozenset(
    """experience experiences preferred apprecie appreciee indispensable souhaite souhaitee
    required essential desirable obligatoire exige exigee souhaitable bonus plus skills
    knowledge background certification appreciated""".split()
)
# Function words (the keyword reader's stopwords also hold generic nouns: "clients", "outil").
_FUNCTION = frozenset(
    """a an the this that these those any all some each every our your their its my his her
    we you they he she it i us them who which what whose whom where when while within with
    without for from to in on at by as into onto over under about across per via than so
    such not no nor is are was were be been being have has had do does did can could will
    would shall should may might must un une le la les l ce cet cette ces du des de d en au
    aux pour par sur sous dans avec sans chez vers entre selon dont qui que quoi ou où nos
    vos votre notre leur leurs son sa ses mon ma mes ton ta tes il elle ils elles nous vous
    tu je on y ne pas plus moins tres très tout toute tous toutes est sont etre être avoir
    sera serait also well etc""".split()
)
MIN_WORDS = 2
MAX_WORDS = 4


def noun_phrases(sentence: str, lang: Lang) -> list[str]:
    """The noun phrases of a line, as written.

    >>> noun_phrases("Construire avec les leaders les plans de succession", "fr")
    ['plans de succession']
    >>> noun_phrases("Write well-tested code and take part in code reviews", "en")
    ['well-tested code', 'code reviews']
    >>> noun_phrases("Troubleshoot workstations, laptops, thin clients and printers", "en")
    ['thin clients']
    """
    toks = tokens(sentence)
    found: list[str] = []
    run: list[int] = []  # token indexes of the phrase being read

    def close() -> None:
        while run and fold(toks[run[-1]].text) in _LINKS[lang] | _LINK_ARTICLES:
            run.pop()
        while run and (fold(toks[run[0]].text) in _QUALIFIERS or _link(toks[run[0]], lang)):
            run.pop(0)
        while run and (fold(toks[run[-1]].text) in _WANTED or _link(toks[run[-1]], lang)):
            run.pop()
        content = [k for k in run if not _link(toks[k], lang)]
        if MIN_WORDS <= len(content) <= MAX_WORDS:
            text = sentence[toks[run[0]].start : toks[run[-1]].end]
            if fold(text) not in ignored() and not says_how_much(text):
                found.append(text)
        run.clear()

    for k, tok in enumerate(toks):
        gap = sentence[toks[k - 1].end : tok.start] if k else ""
        word = fold(tok.text)
        if k and _BREAK.search(gap):
            close()
        if word in _CONJUNCTIONS:
            close()
            continue
        if word in _LINKS[lang] or (
            word in _LINK_ARTICLES and run and fold(toks[run[-1]].text) in _LINKS[lang]
        ):
            if run:
                run.append(k)
            continue
        if _filler(tok, k, toks, sentence, lang):
            close()
            continue
        elided = gap.strip() in _ELIDED_LINKS  # "baromètre d'engagement"
        if run and not _link(toks[run[-1]], lang) and gap.strip() and not elided:
            close()
        run.append(k)
    close()
    return found


def _link(tok: Token, lang: Lang) -> bool:
    word = fold(tok.text)
    return word in _LINKS[lang] or word in _LINK_ARTICLES


_BEFORE_VERB = frozenset("to will you we they i vous nous tu je on".split())
_ELIDED_LINKS = frozenset(["d'", "d’", "l'", "l’", "de l'", "de l’"])


def _filler(tok: Token, k: int, toks: list[Token], sentence: str, lang: Lang) -> bool:
    """A function word, a verb, a number or a personal word: not part of a noun phrase."""
    text, word = tok.text, fold(tok.text)
    if is_technical(text) and not text.isdigit():
        return False
    if word in _FUNCTION or text.isdigit() or len(word) < 2:
        return True
    before = fold(toks[k - 1].text) if k else ""
    gap = sentence[toks[k - 1].end : tok.start] if k else ""
    first = not k or before in _CONJUNCTIONS or before in _BEFORE_VERB or bool(_BREAK.search(gap))
    verb = any(lemma_is_verb(text, verb_lemmas(one), one) for one in ("fr", "en"))
    if lang == "en":
        return (first and (verb or word.endswith("ing"))) or word.endswith("ly")
    # French verb forms of a duty: infinitive, imperative, present; "plans", "troubles"
    # (plural nouns) are not.
    conjugated = word.endswith(("er", "ir", "re", "ez", "e", "ent"))
    return verb and conjugated and (first or word.endswith(("er", "ir", "ez")))


__all__ = ["noun_phrases"]
