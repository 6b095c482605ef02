"""Clauses of a job-ad sentence that name no keyword, though their words look like some (C8.3).

Used by `skills_jobterms`: personal qualities ("rigueur", "calm under pressure"), the
schooling a post expects ("école de commerce ou master en finance"), the stand-in after a name
("MEDDIC or a similar framework": either will do), and the teams a duty works with ("partner
with the CRM team").
"""

from __future__ import annotations

import re
from functools import cache

from rebond.method.cv.config import keyword_zones
from rebond.method.cv.terms import Token
from rebond.method.skills.spans import MAX_TERM_WORDS, gap_between, stopwords
from rebond.method.skills.zones import fold
from rebond.method.text.language import Lang


@cache
def qualities() -> frozenset[str]:
    """Folded personal qualities of both languages ("rigueur", "proactive")."""
    return keyword_zones("fr").qualities | keyword_zones("en").qualities


@cache
def quality_skills() -> frozenset[str]:
    """`[skills.vocabulary]` keys read as personal qualities ("communication", "teamwork")."""
    return keyword_zones("fr").quality_skills | keyword_zones("en").quality_skills


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", fold(text).replace("(e)", ""))


def names_quality(text: str) -> bool:
    """True when a phrase names a personal quality ("esprit d'équipe", "calm under pressure").

    >>> names_quality("résistance au stress"), names_quality("gestion des stocks")
    (True, False)
    """
    found = qualities()
    return any(w in found or w.split("'")[-1] in found for w in _words(text))


def qualities_line(sentence: str) -> bool:
    """A line made mostly of qualities: "Organised, calm, good with clients."

    At least half of its comma- or "and"-separated parts name a quality.
    """
    parts = [p for p in re.split(r"[,;()/]|\s(?:et|and|ou|or)\s", sentence) if _words(p)]
    hits = sum(names_quality(p) for p in parts)
    return bool(parts) and hits * 2 >= len(parts)


# Names of a school degree or its level ("Bac+2", "BTS", "MSc", "degree", "école"): a clause
# naming one states the schooling the post expects, which the CV shows under its own degree.
_DEGREE_WORDS = {
    "fr": frozenset(
        "bac bts dut deust cap bp licence master mastere mba doctorat diplome ecole".split()
    ),
    "en": frozenset("degree msc bsc ba ma mba phd hnc hnd nvq".split()),
}
# "formation ingénieur", "formation supérieure en communication": schooling, not a training.
_SCHOOLING_AFTER = frozenset("ingenieur superieure universitaire initiale en bac".split())
# "…, computer science or similar": the end of a list of fields of study.
_SIMILAR_WORDS = frozenset(
    "similar equivalent related equivalente equivalent similaire connexe apparente".split()
)


def schools(word: str) -> bool:
    """A word after "formation" that makes it schooling: "supérieure", "ingénieur", "Bac+2".

    >>> schools("superieure"), schools("bac+2/3"), schools("d'auditeur")
    (True, True, False)
    """
    return word in _SCHOOLING_AFTER or bool(re.match(r"bac\+?\d", word))


def schooling_tokens(sentence: str, toks: list[Token], lang: Lang) -> set[int]:
    """Tokens of the clauses that name a degree or its field of study.

    "école de commerce ou master en finance", "a degree in chemistry or a related science",
    "Bac+2/3 en génie civil ou bâtiment": a recruiter reads the CV's education against them
    as a whole; their words are neither skills nor tools. A clause is cut at commas and
    semicolons; a short clause that follows one and says "or similar" belongs to it.

    >>> from rebond.method.cv.terms import tokens
    >>> s = "MSc in statistics, computer science or similar, SQL"
    >>> sorted(schooling_tokens(s, tokens(s), "en"))
    [0, 1, 2, 3, 4, 5, 6]
    """
    degrees = _DEGREE_WORDS.get(lang, _DEGREE_WORDS["en"])
    folded = [fold(t.text) for t in toks]
    clauses: list[list[int]] = [[]]
    for k, tok in enumerate(toks):
        if k and re.search(r"[,;]", gap_between(sentence, toks[k - 1], tok)):
            clauses.append([])
        clauses[-1].append(k)
    found: set[int] = set()
    previous = False
    for clause in clauses:
        words = [folded[k] for k in clause]
        schooling = any(
            w in degrees
            or degrees.intersection(w.split("/"))  # "CAP/Bac pro …"
            or re.match(r"bac\+\d", w)
            or (w == "formation" and n + 1 < len(words) and words[n + 1] in _SCHOOLING_AFTER)
            for n, w in enumerate(words)
        )
        similar = previous and len(words) <= 5 and bool(_SIMILAR_WORDS.intersection(words))
        if schooling or similar:
            found.update(clause)
        previous = schooling or similar
    return found


_LIKE_WORDS = frozenset(
    "similar equivalent comparable similaire similaires equivalent equivalente equivalents "
    "equivalentes".split()
)
_OPENS_LIKE = frozenset("or a an any other ou un une tout toute autre".split())


def placeholder_runs(sentence: str, toks: list[Token]) -> list[tuple[int, int, int]]:
    """ "MEDDIC or a similar qualification framework", "Security+ or equivalent
    certification", "Marco ou logiciel équivalent": (like-word, first, last) of the kind of
    thing that stands in for the name before it; having either is enough.

    >>> from rebond.method.cv.terms import tokens
    >>> s = "experience with MEDDIC or a similar qualification framework, SQL"
    >>> [(tokens(s)[f].text, tokens(s)[e].text) for _k, f, e in placeholder_runs(s, tokens(s))]
    [('qualification', 'framework')]
    """
    folded = [fold(t.text) for t in toks]
    stop = stopwords()
    runs = []
    for k, word in enumerate(folded):
        if word not in _LIKE_WORDS or not k:
            continue
        if folded[k - 1] in _OPENS_LIKE:  # "a similar …": the kind follows
            end = k
            while (
                end + 1 < len(toks)
                and end + 1 - k <= MAX_TERM_WORDS
                and not re.search(r"[,;:()/.!?]", gap_between(sentence, toks[end], toks[end + 1]))
                and folded[end + 1] not in ("and", "et", "or", "ou", "to", "for", "pour", "with")
            ):
                end += 1
            first = k + 1
            while first <= end and folded[first] in stop:
                first += 1
            while end >= first and folded[end] in stop:
                end -= 1
            if first <= end:
                runs.append((k, first, end))
        elif k >= 2 and folded[k - 1] not in stop:
            j = k - 2  # "ou d'un logiciel équivalent": the kind precedes
            while j > 0 and folded[j] in ("un", "une", "tout", "toute", "autre", "de", "d", "any"):
                j -= 1
            if folded[j] in ("ou", "or"):
                runs.append((k, k - 1, k - 1))
    return runs


_TEAM_WORDS = frozenset("team teams equipe equipes service services department".split())
_SKIPPED_BEFORE = frozenset(
    "the our your their a an closely directly le la les l' nos vos leurs un une des du de d' "
    "etroitement".split()
)


def team_or_partner(toks: list[Token], first: int, last: int) -> bool:
    """ "partner with the [CRM] team", "avec les équipes de [développement]": in a duty, a
    field that names the people the job works with, not a skill it asks for. Only a team or a
    partner: "work with [procurement]" is a field recruiters do list (docs/cv.md, "Tuning
    history").

    >>> from rebond.method.cv.terms import tokens
    >>> t = tokens("partner with the CRM team, automate reports with Terraform")
    >>> team_or_partner(t, 3, 3), team_or_partner(t, 8, 8)
    (True, False)
    """
    folded = [fold(t.text) for t in toks]
    if last + 1 < len(toks) and folded[last + 1] in _TEAM_WORDS:
        return True  # "the CRM team"
    k = first - 1
    while k >= 0 and folded[k] in _SKIPPED_BEFORE:
        k -= 1
    # "les équipes de développement"
    return k >= 0 and folded[k] in _TEAM_WORDS and folded[k + 1 : first] in (["de"], ["d'"], [])
