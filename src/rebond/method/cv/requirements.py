"""Requirement by requirement: which of the things an ad asks for does the CV not show? (C8.3)

The ad's own list is read: every sentence of its requirements and nice-to-have parts, and the
duties that name a skill. For each, the CV line that covers it is looked for:

1. **exact** — every skill named in the line is in the CV with the same words (case, accents
   and inflections folded), shown by the CV line that carries the most of them;
2. **variant** — some are there only as a variant, an acronym or the other language's name
   (the playbook's concept table and skills vocabulary);
3. **mostly the same words on one CV line** (two content stems or more, half of the line's);
4. **other_words** — the line as a whole is close in meaning to one CV line (the multilingual
   sentence encoder, loaded on first use), and no named tool it asks for is absent.

With the encoder, the judge (`cv.judge`) weighs these findings into the line's verdict; a line
the CV shows only in part keeps its evidence, not covered. The line-level reading lives in
`cv.line_cover`, what the check returns in `cv.requirement_parts`.

The score is the covered weight over the total (required 1, duty 0.6, nice-to-have 0.5), shown
with its arithmetic. Keywords come in two tiers: `missing` (confident: a named tool, an
acronym, a vocabulary skill or concept, a phrase the ad repeats or asks for in its
requirements) and `to_check` (the rest, or a keyword of a line the CV covers in other words).
Each keyword carries the ad's sentence it comes from. `dismissed` keywords ("not relevant for
me", remembered per person by the app) leave both lists and the score.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any

from rebond.method import playbook
from rebond.method.cv import tiers
from rebond.method.cv.coverage import MatchResult, match
from rebond.method.cv.judge import Reading
from rebond.method.cv.line_cover import (
    CvLines,
    evidence_line,
    read_lines,
    same_words,
    stems,
    term_in,
    verdicts,
)
from rebond.method.cv.requirement_parts import (
    KIND_WEIGHTS,
    How,
    Keyword,
    Requirement,
    RequirementCheck,
)
from rebond.method.cv.terms import GLUE, fold, is_technical, keyed, tokens
from rebond.method.cv.tiers import Kind
from rebond.method.skills.ad_names import UNCERTAIN, AdNames, read_names
from rebond.method.skills.ad_phrases import noun_phrases
from rebond.method.skills.jobterms import JobTerm
from rebond.method.skills.zones import zoned_sentences
from rebond.method.text.language import Lang, detect
from rebond.method.text.typography import number

KIND_OF_ZONE: dict[str, Kind] = {
    "requirements": "required",
    "unstructured": "required",
    "nice_to_have": "nice",
    "missions": "duty",
}
_MIN_WORDS = 2
_CV_LINE = re.compile(r"\n|(?<=[.;!?])\s+|\s[•|]\s")


def requirement_lines(job_text: str) -> list[tuple[Kind, str]]:
    """(kind, sentence) of the ad's requirement, nice-to-have and duty sentences, in order.

    >>> requirement_lines("Comptable\\nMissions :\\n- Saisie\\nProfil :\\n- Maîtrise de Sage")
    [('duty', '- Saisie'), ('required', '- Maîtrise de Sage')]
    """
    found = []
    for zone, sentence in zoned_sentences(job_text, close_unknown=True):
        kind = KIND_OF_ZONE.get(zone)
        text = sentence.strip()
        if kind is not None and re.search(r"\w", text):
            found.append((kind, text))
    return found


def _clean(line: str) -> str:
    return re.sub(r"^[\s\-•*–·>]+", "", line).strip()


def _cv_lines(cv_text: str) -> list[str]:
    return [c for part in _CV_LINE.split(cv_text) if len((c := _clean(part)).split()) >= 1]


def check(
    cv_text: str,
    job_text: str,
    lang: Lang | None = None,
    dismissed: Collection[str] = (),
    other_words: bool = True,
) -> RequirementCheck:
    """The ad's requirements one by one, with the CV's evidence or "not found".

    `dismissed`: keywords the person marked "not relevant for me" (any case or accents).
    `other_words=False` skips the sentence encoder (no "in other words" coverage).

    >>> r = check("Compétences : SQL, Excel", "Analyste\\nProfil :\\n- Maîtrise de SQL\\n- Python",
    ...           other_words=False)
    >>> [(q.text, q.covered, q.evidence) for q in r.requirements]
    [('Maîtrise de SQL', True, 'Compétences : SQL, Excel'), ('Python', False, '')]
    >>> [k.term for k in r.missing], r.score
    (['Python'], 0.5)
    """
    job_lang = detect(job_text, default="fr")
    lang = lang or job_lang
    keywords = match(cv_text, job_text, lang)
    status: dict[str, tuple[str, str]] = {m.term: (m.how, m.evidence) for m in keywords.matched}
    absent: dict[str, JobTerm] = {}
    for term in keywords.missing:
        for part in term.term.split(" / "):  # "Go / Java": one gap, either enough
            absent[part] = term
    terms = [(m.term, None) for m in keywords.matched] + [(part, t) for part, t in absent.items()]
    dropped = {fold(d).strip() for d in dismissed}
    cv_lines = _cv_lines(cv_text)
    cv = CvLines.read(cv_lines, job_lang)
    cv_keys = [keyed(line).ngrams for line in cv_lines]

    names = read_names(job_text)
    teams: set[str] = set()
    drafts: list[dict[str, Any]] = []
    claimed: set[str] = set()
    for kind, sentence in requirement_lines(job_text):
        sentence_keys = keyed(sentence).ngrams
        here = []
        for name, t in terms:
            if not term_in(name, sentence_keys, job_lang):
                continue
            why = names.excluded(name, sentence, tiers.in_tables(name, t))
            if why in UNCERTAIN:
                teams.add(name)  # "work with Product and Risk": to check, never missing
            if why is None or why in UNCERTAIN:
                here.append((name, t))
        named = [x for x in here if x[0] not in claimed]
        if kind == "duty" and not here:
            continue  # a duty that names no skill is not on the ad's list
        if len(tokens(sentence)) < _MIN_WORDS and not here:
            continue
        claimed.update(name for name, _ in here)
        drafts.append({"kind": kind, "text": _clean(sentence), "terms": named or here})
    cv_stems = cv.all_stems()
    listed_stems = [set(stems(name, job_lang)) for name, _t in terms]
    named_stems = [
        set(stems(name, job_lang))
        for name, _t in terms
        if any(is_technical(w.text) or w.text[:1].isupper() for w in tokens(name))
    ]
    qualities = [q.term for q in keywords.qualities]
    for draft in drafts:
        draft["phrases"] = _phrases(
            draft["text"], job_lang, names, cv_stems, listed_stems, named_stems
        )
        draft["qualities"] = _qualities_asked(draft["text"], qualities, cv_stems, job_lang)

    requirements: list[Requirement] = []
    to_encode: list[int] = []
    for draft in drafts:
        kind = draft["kind"]
        words: list[Keyword] = []
        for name, _term in draft["terms"]:
            gone = fold(name).strip() in dropped
            if name in status:
                read_as, shown_by = status[name]
                words.append(
                    Keyword(name, draft["text"], kind, KIND_WEIGHTS[kind], True, read_as, shown_by)
                )
            elif not gone:
                words.append(Keyword(name, draft["text"], kind, KIND_WEIGHTS[kind]))
        words.extend(
            Keyword(p, draft["text"], kind, KIND_WEIGHTS[kind], how="phrase")
            for p in draft["phrases"]
            if fold(p).strip() not in dropped
        )
        words.extend(
            Keyword(q, draft["text"], kind, KIND_WEIGHTS[kind], how="quality")
            for q in draft["qualities"]
            if fold(q).strip() not in dropped
        )
        teams.update(  # one of a list may do, unless the ad names it again on its own ("Mews")
            t
            for t in _either_shown(draft["text"], words)
            if t not in absent or absent[t].occurrences < 2
        )
        found = [k for k in words if k.found]
        covered = bool(found)
        how: How | None = None
        evidence = ""
        if covered:
            how = "exact" if all(k.how == "exact" for k in found) else "variant"
            evidence = evidence_line(found, cv, cv_keys, job_lang)
        dismissed_line = bool(draft["terms"]) and not any(
            k.how not in ("phrase", "quality") for k in words
        )
        requirements.append(
            Requirement(
                _clean(draft["text"]),
                kind,
                KIND_WEIGHTS[kind],
                covered,
                how,
                evidence,
                tuple(words),
                dismissed=dismissed_line,
            )
        )
        if not covered and not dismissed_line:
            to_encode.append(len(requirements) - 1)
    to_encode = same_words(requirements, to_encode, cv, job_lang)
    readings: list[Reading | None] = [None] * len(requirements)
    if other_words and cv_lines:
        lines, readings = read_lines(requirements, cv, job_lang, absent)
        requirements = verdicts(requirements, readings, lines, to_encode)
    lowercase = {fold(t.text) for t in tokens(job_text) if t.text.islower()}
    result = _result(
        requirements,
        keywords,
        lang,
        sorted(dismissed, key=fold),
        dropped,
        lowercase,
        teams,
        [_parts(line) for line in cv_lines],
    )
    return replace(result, readings=tuple(readings))


def _one_per_gap(missing: list[Keyword]) -> list[Keyword]:
    """One gap named once: of "AMDEC" and "AMDEC produit/process" from the same sentence, the
    shorter name is kept (the longer one only says how it is used).

    >>> k = [Keyword("AMDEC", "s", "duty", 1), Keyword("AMDEC produit/process", "s", "duty", 1)]
    >>> [x.term for x in _one_per_gap(k)]
    ['AMDEC']
    """
    kept = []
    for k in missing:
        words = [fold(t.text) for t in tokens(k.term)]
        inside = any(
            o is not k
            and o.source == k.source
            and len(ow := [fold(t.text) for t in tokens(o.term)]) < len(words)
            and words[: len(ow)] == ow
            for o in missing
        )
        if not inside:
            kept.append(k)
    return kept


def _parts(text: str) -> frozenset[str]:
    """Folded words of a text and their parts around "-" and "/" ("S7-300": s7, 300)."""
    words = {fold(t.text) for t in tokens(text)}
    return frozenset(words | {p for w in words for p in re.split(r"[-/]", w) if p})


def _in_some_form(term: str, cv_parts: Sequence[frozenset[str]]) -> bool:
    """Every word of the term (each name of "A / B") on one CV line, whole or as a part of a
    compound: "Siemens S7" in "API Siemens S7-300", "HTTP" in "HTTP/S", "AWS IAM" in "AWS
    Organizations, IAM". Then the keyword is to check, not missing.

    >>> _in_some_form("Siemens S7", [_parts("Automatisme : API Siemens S7-300")])
    True
    >>> _in_some_form("Kubernetes", [_parts("Docker, ECS")])
    False
    >>> _in_some_form("CS", [_parts("B.S. CS-minor")])
    False
    """
    for name in term.split(" / "):
        wanted = {fold(t.text) for t in tokens(name)} - GLUE
        if len(wanted) == 1 and len(next(iter(wanted))) < 3:
            return False  # "CS": two letters are too many other things
        if not wanted or not any(wanted <= line for line in cv_parts):
            return False
    return True


def _either_shown(text: str, words: list[Keyword]) -> set[str]:
    """Absent names of a list the ad closes with "or" ("BI tools (Power BI, Tableau or
    Looker)") or leaves open ("un PMS (Opera, Mews, Medialog…)") when the CV shows another of
    its items: either one is enough, so the absent ones are to check, not missing.

    >>> k = [Keyword("Power BI", "", "required", 1), Keyword("Tableau", "", "required", 1, True)]
    >>> sorted(_either_shown("Experience with BI tools (Power BI, Tableau or Looker)", k))
    ['Power BI']
    """
    either: set[str] = set()
    groups = re.findall(r"\(([^()]*)\)", text) or re.split(r"[;.]", text)
    for group in groups:
        # "Snowflake, dbt, Fivetran or similar": a kind, not a choice among the names
        examples = bool(re.search(r"(?:…|\.\.\.|\betc\.?)\s*$", group.strip()))
        if not examples and not re.search(
            r"\b(?:or|ou)\b(?!\s+(?:similar|equivalent|équivalent|other|autre))", group
        ):
            continue  # an open list ("Pérou, Chili, Costa Rica…") gives examples too
        inside = [k for k in words if k.term in group and k.how != "phrase"]
        if any(k.found for k in inside):
            either.update(k.term for k in inside if not k.found)
    return either


def _phrases(
    text: str,
    lang: Lang,
    names: AdNames,
    cv_stems: set[str],
    listed: list[set[str]],
    named: list[set[str]],
) -> list[str]:
    """The line's noun phrases the keyword reader did not keep and the CV does not show
    (half their content stems or more absent from it), less the ad's own names and the
    phrases around a name already read ("logiciel Silae"). They only ever go to check, never
    to missing; "half" is the trade between recall and items to check (docs/cv.md, "Tuning
    history").
    """
    found = []
    for phrase in noun_phrases(text, lang):
        wanted = set(stems(phrase, lang))
        absent = wanted - cv_stems
        if 2 * len(absent) < len(wanted) or any(wanted <= known for known in listed):
            continue
        if any(known and known <= wanted for known in named):
            continue  # "du logiciel IODAS": the tool is the keyword, already read
        why = names.excluded(phrase, text)
        if why is None or why in UNCERTAIN:
            found.append(phrase)
            listed.append(wanted)
    return found


def _qualities_asked(text: str, qualities: list[str], cv_stems: set[str], lang: Lang) -> list[str]:
    """The personal qualities a requirement line asks for ("Rigueur et autonomie", "strong
    verbal communication") that the CV does not name: to check, never missing (a recruiter
    reads them in results; the person may show them in a bullet).

    >>> _qualities_asked("Rigueur et autonomie", ["rigueur", "autonomie"], {"rigueur"}, "fr")
    ['autonomie']
    """
    keys = keyed(text).ngrams
    found = []
    for quality in qualities:
        wanted = set(stems(quality, lang))
        if wanted and not wanted <= cv_stems and term_in(quality, keys, lang):
            found.append(quality)
    return found


def _result(
    requirements: list[Requirement],
    keywords: MatchResult,
    lang: Lang,
    dropped: list[str],
    dropped_keys: Collection[str] = (),
    lowercase: Collection[str] = (),
    teams: Collection[str] = (),
    cv_parts: Sequence[frozenset[str]] = (),
) -> RequirementCheck:
    texts = playbook.section(lang, "cv_requirements")
    counted = [r for r in requirements if not r.dismissed]
    total = round(sum(r.weight for r in counted), 2)
    got = round(sum(r.weight for r in counted if r.covered), 2)
    score = got / total if total else 0.0
    by_term: dict[str, JobTerm] = {}
    for term in keywords.missing:
        for part in term.term.split(" / "):
            by_term[part] = term
    missing: list[Keyword] = []
    to_check: list[Keyword] = []
    matched: list[Keyword] = []
    seen: set[str] = set()
    for req in requirements:
        for word in req.keywords:
            if word.term in seen:
                continue
            seen.add(word.term)
            if word.found:
                matched.append(word)
                continue
            if word.how in ("phrase", "quality"):  # to check, never missing
                to_check.append(word)
                continue
            looked_up = by_term.get(word.term)
            if looked_up is None:
                continue
            term = looked_up
            parts = [x for x in term.term.split(" / ") if fold(x).strip() not in dropped_keys]
            shown = " / ".join(parts) if len(parts) > 1 else word.term
            item = Keyword(shown, word.source, word.kind, word.weight)
            confident = (
                not _in_some_form(shown, cv_parts)
                and tiers.confident_gap(term, word.term, word.source, req.kind, lowercase)
                # A named tool the CV lacks stays missing even when the line is said otherwise.
                and (
                    req.how != "other_words"
                    or tiers.named_gap(term, word.term, word.source, lowercase)
                )
                and word.term not in teams
            )
            (missing if confident else to_check).append(item)
            seen.update(term.term.split(" / "))
    missing = _one_per_gap(missing)
    kinds = {
        kind: (
            sum(1 for r in counted if r.kind == kind and r.covered),
            sum(1 for r in counted if r.kind == kind),
        )
        for kind in KIND_WEIGHTS
    }
    parts = [
        texts[f"count_{kind}"].format(covered=c, total=n) for kind, (c, n) in kinds.items() if n
    ]

    def weight(value: float) -> str:  # 2.5 → "2,5" in French; 2.0 → "2"
        return number(round(value, 1), lang).removesuffix(",0").removesuffix(".0")

    explanation = texts["score"].format(
        percent=round(100 * score),
        covered=weight(got),
        total=weight(total),
        parts="; ".join(parts),
        required=weight(KIND_WEIGHTS["required"]),
        duty=weight(KIND_WEIGHTS["duty"]),
        nice=weight(KIND_WEIGHTS["nice"]),
    )
    findings = []
    gaps = [r.text for r in counted if not r.covered and r.kind == "required"]
    if gaps:
        findings.append(texts["gaps"].format(count=len(gaps)))
    # The keyword reader's notes, less its two missing lists (the tiers above replace them).
    own = playbook.section(lang, "cv_match")
    heads = tuple(own[k].split("{")[0] for k in ("missing_required", "missing_nice"))
    findings.extend(f for f in keywords.findings if not f.startswith(heads))
    return RequirementCheck(
        round(score, 4),
        tuple(requirements),
        tuple(missing),
        tuple(to_check),
        tuple(matched),
        tuple(findings),
        explanation,
        got,
        total,
        tuple(dropped),
        keywords,
    )


__all__ = [
    "Keyword",
    "Requirement",
    "RequirementCheck",
    "check",
    "requirement_lines",
]
