"""Keyword coverage of a CV against a job description (C8.3).

The score is transparent: every keyword of the ad carries a weight (its zone, its repetitions,
see `cv_jobterms`); the score is the matched weight over the total, and the explanation says
so with the figures. A keyword is found in the CV when, with case, accents and inflections
folded, the same words appear ("Gestion des projets" for "gestion de projet"), or when any
form of the same concept in the playbook's bilingual table does ("gestion de projet" for
"project management"). With `semantic=True`, remaining keywords are compared with CV phrases
through the multilingual sentence encoder (slower: about 2 s to load the model once).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from rebond.method import playbook
from rebond.method.cv.terms import (
    KeyedText,
    activity_key,
    concept_keys,
    fold,
    is_technical,
    keyed,
    phrase_key,
    token_keys,
    tokens,
)
from rebond.method.skills.jobterms import JobTerm, extract_job_terms
from rebond.method.skills.vocabulary import vocabulary_spans
from rebond.method.skills.zones import ZONE_WEIGHTS
from rebond.method.text.language import Lang, detect
from rebond.method.text.typography import number

# Cosine similarity above which a CV phrase counts as the same skill as a missing keyword.
# Set from bench/cv_quality.py --calibrate: at 0.80 about 1 in 10,000 pairs of different
# concepts pass (so ~1 % per keyword against ~100 CV phrases), and a quarter of the
# cross-language variants of one concept do; the shipped table catches the common ones.
SEMANTIC_THRESHOLD = 0.80
MAX_PHRASE_WORDS = 6
# Modifiers of time, novelty or degree: "reporting mensuel", "monthly forecasts", "nouvelles
# interfaces" ask for the thing itself; a CV that shows it does not repeat the modifier.
_GENERIC_MODIFIERS = frozenset(
    "daily weekly monthly quarterly annual yearly new simple basic general current regular "
    "quotidien quotidienne quotidiens quotidiennes hebdomadaire hebdomadaires mensuel "
    "mensuelle mensuels mensuelles trimestriel trimestrielle trimestriels annuel annuelle "
    "annuels annuelles nouveau nouvelle nouveaux nouvelles simple simples courant courante "
    "courants general generale generaux generales regulier reguliere reguliers".split()
)
# A CV written in French shows French: the language it is written in is not missing.
_WRITTEN_IN: dict[str, str] = {"fr": "french", "en": "english"}

How = Literal["exact", "equivalent", "alternative", "semantic"]


@dataclass(frozen=True)
class TermMatch:
    """A keyword of the ad found in the CV, and how (`evidence` = the CV's words when known)."""

    term: str
    weight: float
    zone: str
    how: How
    evidence: str = ""


@dataclass(frozen=True)
class MatchResult:
    """`score` in [0, 1] = matched weight / total weight; `missing` heaviest first."""

    score: float
    matched: tuple[TermMatch, ...]
    missing: tuple[JobTerm, ...]
    findings: tuple[str, ...]
    explanation: str
    matched_weight: float = 0.0
    total_weight: float = 0.0
    qualities: tuple[JobTerm, ...] = ()  # personal qualities the ad asks for, not searched


def job_keywords(job_text: str, lang: Lang | None = None) -> list[JobTerm]:
    """Weighted keywords of a job ad, heaviest first.

    MERGE NOTE: `rebond.method.skills.extract_skills` landed (commit 994790d) while this was
    written. On bench/data/cv it finds fewer of the keywords a recruiter names (see the
    report), so this extractor stays the default until the two are merged into skills.py;
    `terms_from_skills` already lets a caller match with skills.py's terms.

    >>> [(t.term, t.weight) for t in job_keywords("Data analyst\\nProfil : SQL, Power BI")]
    [('Power BI', 1.0), ('SQL', 1.0)]
    """
    lang = lang or detect(job_text, default="fr")
    return extract_job_terms(job_text, lang)


_SKILL_SECTIONS = {"company": "context", "other": "missions"}


def terms_from_skills(skills: Sequence[Any]) -> list[JobTerm]:
    """`rebond.method.skills.SkillTerm`s as the matcher's `JobTerm`s (pass them as `terms=`).

    The bridge towards one extractor: see the MERGE NOTE of `job_keywords`.

    >>> from rebond.method.skills import extract_skills
    >>> [t.term for t in terms_from_skills(extract_skills("Profil :\\n- SQL", "fr"))]
    ['SQL']
    """
    return [
        JobTerm(s.term, s.weight, _SKILL_SECTIONS.get(s.section, s.section), None, s.count)
        for s in skills
    ]


def _line_keys(text: str, cv: KeyedText, lang: Lang) -> list[frozenset[str]]:
    """The CV's word keys line by line, from the keys already computed for the whole text."""
    lines: list[set[str]] = [set()]
    breaks = iter([i for i, c in enumerate(text) if c == "\n"] + [len(text) + 1])
    end = next(breaks)
    for tok, key in zip(cv.tokens, cv.keys[lang], strict=True):
        while tok.start > end:
            lines.append(set())
            end = next(breaks)
        if key:
            lines[-1].add(key)
    return [frozenset(line) for line in lines if line]


def _in_one_line(term: JobTerm, lines: list[frozenset[str]], lang: Lang) -> bool:
    """ "support informatique" in "Technicien support N1 ... informatique": every content
    word of a short plain phrase on one line of the CV, in another order or apart."""
    words = [t.text for t in tokens(term.term)]
    if any(is_technical(w) or not w.islower() for w in words):
        return False  # names ("Google Ads") must be written as they are
    key = [k for k in token_keys(words, lang) if k]
    return 2 <= len(key) <= 3 and any(set(key) <= line for line in lines)


def _found_exact(term: JobTerm, cv: KeyedText, lang: Lang) -> bool:
    key = phrase_key(term.term, lang)
    if cv.contains(key, lang) or cv.contains(activity_key(key, lang), lang):
        return True
    # "reporting mensuel" is shown by "reporting": a time or degree modifier is left out.
    words = [t.text for t in tokens(term.term)]
    kept = [w for w in words if fold(w) not in _GENERIC_MODIFIERS]
    if len(kept) == len(words) or not kept or any(is_technical(w) for w in words):
        return False
    return cv.contains(phrase_key(" ".join(kept), lang), lang)


def _cv_skills(cv_text: str, langs: Sequence[Lang]) -> dict[str, str]:
    """Vocabulary key -> the CV's words, under each language's stemming."""
    found: dict[str, str] = {}
    for lang in langs:
        for start, end, key in vocabulary_spans(cv_text, lang):
            found.setdefault(key, cv_text[start:end])
    return found


def _found_equivalent(term: JobTerm, cv: KeyedText, skills: dict[str, str]) -> str | None:
    if term.skill is not None and term.skill in skills:
        return skills[term.skill]
    if term.concept is None:
        return None
    for variant_lang, key, variant in concept_keys().get(term.concept, ()):
        if cv.contains(key, variant_lang):
            return variant
    return None


def match(
    cv_text: str,
    job_text: str,
    lang: Lang | None = None,
    semantic: bool = False,
    terms: Sequence[JobTerm] | None = None,
) -> MatchResult:
    """Compare a CV with a job ad; `lang` = wording of findings (detected from the ad if None).

    `terms` lets a caller pass keywords it extracted itself (e.g. a skills vocabulary).

    >>> ad = "Project lead\\nRequirements: project management, SQL, Tableau"
    >>> r = match("Gestion de projet, SQL", ad)
    >>> round(r.score, 2), [m.term for m in r.matched], [t.term for t in r.missing]
    (0.67, ['project management', 'SQL'], ['Tableau'])
    """
    job_lang = detect(job_text, default="fr")
    lang = lang or job_lang
    cv_lang = detect(cv_text, default=job_lang)
    wanted = list(terms) if terms is not None else extract_job_terms(job_text, job_lang)
    # Personal qualities ("rigueur", "proactive") are not searched as keywords: a recruiter
    # reads them in results, and listing them as missing would crowd out the real gaps.
    qualities = [t for t in wanted if t.quality]
    wanted = [t for t in wanted if not t.quality]
    cv = keyed(cv_text)
    cv_lines = _line_keys(cv_text, cv, job_lang)
    cv_skills = _cv_skills(cv_text, list(dict.fromkeys((job_lang, cv_lang))))
    matched: list[TermMatch] = []
    missing: list[JobTerm] = []
    for term in wanted:
        if any(
            _found_exact(term, cv, key_lang) for key_lang in dict.fromkeys((job_lang, cv_lang))
        ) or _in_one_line(term, cv_lines, job_lang):
            matched.append(TermMatch(term.term, term.weight, term.zone, "exact"))
            continue
        variant = _found_equivalent(term, cv, cv_skills)
        if variant is None and _WRITTEN_IN.get(cv_lang) in (term.skill, term.concept):
            variant = playbook.section(lang, "cv_match")["written_in"]
        if variant is not None:
            matched.append(TermMatch(term.term, term.weight, term.zone, "equivalent", variant))
        else:
            missing.append(term)
    # "Go or Java": once one alternative is in the CV, the other is not missing.
    present = {m.term for m in matched}
    still = []
    for term in missing:
        chosen = next((alt for alt in term.alternatives if alt in present), None)
        if chosen is None:
            still.append(term)
        else:
            matched.append(TermMatch(term.term, term.weight, term.zone, "alternative", chosen))
    missing = _one_per_choice(still)
    if semantic and missing:
        from rebond.method.cv.semantic import semantic_matches

        found = semantic_matches([t.term for t in missing], cv_text, SEMANTIC_THRESHOLD)
        still = []
        for term in missing:
            if term.term in found:
                matched.append(
                    TermMatch(term.term, term.weight, term.zone, "semantic", found[term.term])
                )
            else:
                still.append(term)
        missing = still
    return _result(matched, missing, lang, qualities)


def _one_per_choice(missing: list[JobTerm]) -> list[JobTerm]:
    """ "Go or Java" with neither in the CV is one gap: listed once, as "Go / Java"."""
    absent = {t.term for t in missing}
    shown: set[str] = set()
    kept = []
    for term in missing:
        if term.term in shown:
            continue
        others = [alt for alt in term.alternatives if alt in absent and alt not in shown]
        shown.update([term.term, *others])
        kept.append(replace(term, term=" / ".join([term.term, *others])) if others else term)
    return kept


def _result(
    matched: list[TermMatch], missing: list[JobTerm], lang: Lang, qualities: Sequence[JobTerm] = ()
) -> MatchResult:
    texts = playbook.section(lang, "cv_match")
    got = round(sum(m.weight for m in matched), 2)
    total = round(got + sum(t.weight for t in missing), 2)
    score = got / total if total else 0.0
    missing.sort(key=lambda t: -t.weight)
    matched.sort(key=lambda m: -m.weight)
    explanation = " ".join(
        [
            texts["score"].format(
                percent=round(100 * score), matched=number(got, lang), total=number(total, lang)
            ),
            texts["weights"].format(
                **{
                    k: number(ZONE_WEIGHTS[k], lang)
                    for k in ("requirements", "missions", "nice_to_have")
                }
            ),
        ]
    )
    findings = []
    required = [
        t.term for t in missing if t.zone in ("requirements", "title", "unstructured", "missions")
    ]
    nice = [t.term for t in missing if t.zone == "nice_to_have"]
    if required:
        findings.append(texts["missing_required"].format(terms=", ".join(required)))
    if nice:
        findings.append(texts["missing_nice"].format(terms=", ".join(nice)))
    other_form = [f"{m.term} ≈ {m.evidence}" for m in matched if m.how != "exact"]
    if other_form:
        findings.append(texts["via_equivalent"].format(terms=", ".join(other_form)))
    if qualities:
        findings.append(texts["qualities"].format(terms=", ".join(q.term for q in qualities)))
    if missing:
        findings.append(texts["advice"])
    return MatchResult(
        round(score, 4),
        tuple(matched),
        tuple(missing),
        tuple(findings),
        explanation,
        got,
        total,
        tuple(qualities),
    )


__all__ = ["JobTerm", "MatchResult", "TermMatch", "job_keywords", "match"]
