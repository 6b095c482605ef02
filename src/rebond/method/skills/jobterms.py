"""The one reader of job descriptions: weighted terms a posting asks for (C7.1, C8.3).

Both the CV keyword check (`cv_match.job_keywords`) and the interview-preparation skills
(`skills.extract_skills`) read postings through `extract_job_terms`. Each sentence is placed
in a zone (`skills_zones`); terms are then found, in this order, so that a longer reading wins:
multi-word names ("Google Analytics"), the bilingual concept table `[cv_terms]`, the skills
vocabulary `[skills.vocabulary]`, single names and technical tokens ("SQL", "CI/CD"), the
objects of requirement phrases ("maîtrise de …") and short noun phrases of requirement lines.
"X or Y" alternatives are linked so that having one of them is enough. Personal qualities
("rigueur", a line such as "Organised, calm, good with clients") are kept but flagged
(`JobTerm.quality`): the CV check leaves them out, the interview skills may use them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from rebond.method.cv.terms import Token, is_technical, phrase_key, single_key
from rebond.method.cv.terms import tokens as split_tokens
from rebond.method.skills.acronyms import abbreviates, acronym_choice
from rebond.method.skills.nonterms import (
    names_quality,
    placeholder_runs,
    qualities_line,
    quality_skills,
    schooling_tokens,
    team_or_partner,
)
from rebond.method.skills.playbook import skills_playbook
from rebond.method.skills.spans import (
    alternative_pairs,
    clause_terms,
    compound_around,
    concept_spans,
    cue_items,
    duty_wording,
    ignored,
    named_spans,
    says_how_much,
    stopwords,
)
from rebond.method.skills.tokens import tokenize
from rebond.method.skills.vocabulary import vocabulary_spans
from rebond.method.skills.zones import ZONE_WEIGHTS, fold, zoned_sentences
from rebond.method.text.language import Lang

REPEAT_BONUS = 0.15  # each repetition (up to two) adds 15 % to a term's weight
# Duty lines ("coordonner les équipes techniques") name tasks more than skills: there, only
# named things (tools, concepts, vocabulary skills) count, not every noun phrase.
# Between a name and the kind standing in for it: "or a", "ou d'un", "or any other".
_STAND_IN_GAP = re.compile(
    r"\s*(?:ou|or)(?:\s+(?:a|an|any|other|un|une|tout|toute|autre|de|d'))*\s*"
)
# French inclusive endings ("chargé(e)", "administratif(ve)", "salarié·e·s") are the same
# word: blanked out before reading, so that "(e)" is neither a term nor a clause break.
_GENDER_SUFFIX = re.compile(
    r"(?<=[^\W\d_])(?:\((?:e|ve|ère|ere|ne|se|le|rice|trice|euse|fe|es)\)|[·.](?:e|ve|ère|ne|se|rice|euse)(?:[·.]s)?)(?![^\W\d_])",
    re.IGNORECASE,
)
# "Git-based", "GMP-regulated", "SEO-optimised": the name is the keyword, the participle only
# says how it is used; blanked out like the inclusive endings.
_NAME_PARTICIPLE = re.compile(
    r"\b[A-Z][\w+#.]*(-(?:based|driven|regulated|controlled|optimi[sz]ed|focused|"
    r"oriented|powered|enabled|certified|led|compliant|friendly|native|first|centric))\b"
)
PHRASE_ZONES = frozenset({"requirements", "unstructured", "nice_to_have", "missions"})


def _blank_participle(m: re.Match[str]) -> str:
    return m.group()[: m.start(1) - m.start()] + " " * len(m.group(1))


@dataclass(frozen=True)
class JobTerm:
    """A keyword of the job ad: `term` as written, `weight` from its zone and repetitions.

    `concept` is the `[cv_terms]` concept and `skill` the `[skills.vocabulary]` key when the
    term is one of theirs (both are shared across French and English).
    """

    term: str
    weight: float
    zone: str
    concept: str | None = None
    occurrences: int = 1
    alternatives: tuple[str, ...] = ()  # "Go or Java": having one of them is enough
    skill: str | None = None
    quality: bool = False  # a personal quality ("rigueur", "proactive"), not a CV keyword


@dataclass
class _Found:
    term: str
    concept: str | None
    skill: str | None
    weight: float
    zone: str
    occurrences: int = 1
    alternatives: set[str] = field(default_factory=set)
    quality: bool = False


class _Terms:
    """Terms found so far, merged by key; the heaviest zone of a term wins."""

    def __init__(self, lang: Lang, weights: Mapping[str, float]) -> None:
        self.lang, self.weights = lang, weights
        self.found: dict[str, _Found] = {}

    def add(
        self,
        term: str,
        zone: str,
        concept: str | None = None,
        skill: str | None = None,
        quality: bool = False,
    ) -> str:
        if concept:
            key = f"concept:{concept}"
        elif skill:
            key = f"skill:{skill}"
        else:
            key = " ".join(phrase_key(term, self.lang))
        if not key or fold(term) in ignored() or says_how_much(term):
            return ""
        weight = self.weights[zone]
        entry = self.found.get(key)
        if entry is None:
            self.found[key] = _Found(term, concept, skill, weight, zone, quality=quality)
            return key
        entry.occurrences += 1
        entry.skill = entry.skill or skill
        entry.quality = entry.quality and quality  # asked once as a skill: a skill
        if weight > entry.weight:
            entry.weight, entry.zone, entry.term = weight, zone, term
        return key

    def result(self) -> list[JobTerm]:
        found = self.found
        terms = [
            JobTerm(
                f.term,
                round(f.weight * (1 + REPEAT_BONUS * min(f.occurrences - 1, 2)), 2),
                f.zone,
                f.concept,
                f.occurrences,
                tuple(sorted(found[k].term for k in f.alternatives if k in found)),
                f.skill,
                f.quality,
            )
            for f in found.values()
        ]
        return sorted(terms, key=lambda t: -t.weight)


@cache
def _single_words(lang: Lang) -> frozenset[str]:
    """`single_key`s of the one-word vocabulary variants."""
    return frozenset(
        single_key(variant)
        for _key, variant, _exact in skills_playbook(lang).variants
        if len(tokenize(variant)) == 1
    )


def _vocabulary(
    sentence: str, toks: list[Token], lang: Lang
) -> tuple[dict[tuple[int, int], str], dict[int, list[tuple[int, int, str]]]]:
    """Vocabulary skills of a sentence: by token range, and inside one token ("SQL/NoSQL").

    A single word must be a variant itself, not merely share its stem: alone, stems are too
    greedy ("distributed" is not "distribution", "solid" not "Solidity").
    """
    found: dict[tuple[int, int], str] = {}
    inner: dict[int, list[tuple[int, int, str]]] = {}
    for start, end, key in vocabulary_spans(sentence, lang):
        span = _token_range(toks, start, end)
        if span is None:
            holder = next((i for i, t in enumerate(toks) if t.start <= start < end <= t.end), None)
            if holder is not None and "/" in toks[holder].text:
                inner.setdefault(holder, []).append((start, end, key))
            continue
        first, last = span
        if first == last:
            word = toks[first].text
            if fold(word) in stopwords() or (
                single_key(word) not in _single_words(lang) and not word.isupper()
            ):
                continue
        found[span] = key
    return found, {i: keys for i, keys in inner.items() if len(keys) > 1}


def _token_range(toks: list[Token], start: int, end: int) -> tuple[int, int] | None:
    inside = [i for i, t in enumerate(toks) if t.start >= start and t.end <= end]
    return (inside[0], inside[-1]) if inside else None


def extract_job_terms(
    job_text: str,
    lang: Lang,
    has_title: bool = True,
    weights: Mapping[str, float] = ZONE_WEIGHTS,
) -> list[JobTerm]:
    """All weighted terms of an ad, heaviest first.

    `has_title=False` reads a plain text (a value proposition) with every line in full.
    `weights` gives each zone's weight; in zones that weigh nothing for the CV check (company
    pitch, benefits) only vocabulary skills are read, and only when `weights` counts them.

    >>> [(t.term, t.zone, t.skill) for t in extract_job_terms("Analyste\\nProfil : SQL", "fr")]
    [('SQL', 'requirements', 'lang_sql')]
    """
    terms = _Terms(lang, weights)
    for zone, sentence in zoned_sentences(job_text, has_title):
        if weights[zone] <= 0:
            continue
        sentence = _GENDER_SUFFIX.sub(lambda m: " " * len(m.group()), sentence)
        sentence = _NAME_PARTICIPLE.sub(_blank_participle, sentence)
        toks = split_tokens(sentence)
        vocabulary, inner = _vocabulary(sentence, toks, lang)
        for parts in inner.values():  # "SQL/NoSQL": two skills in one token
            for start, end, key in parts:
                terms.add(sentence[start:end], zone, skill=key)
        toks = [t for i, t in enumerate(toks) if i not in inner]
        vocabulary, _ = _vocabulary(sentence, toks, lang)
        if ZONE_WEIGHTS[zone] <= 0:  # the company's own words: only named skills
            for (first, last), key in vocabulary.items():
                terms.add(sentence[toks[first].start : toks[last].end], zone, skill=key)
            continue
        choices = {
            i: either
            for i, t in enumerate(toks)
            if (i, i) not in vocabulary and (either := acronym_choice(t.text))
        }
        for options in choices.values():  # "ATI/AAT", "BTS/DUT": either one is enough
            keys = [key for part in options if (key := terms.add(part, zone))]
            for key in keys:
                terms.found[key].alternatives.update(k for k in keys if k != key)
        if choices:
            toks = [t for i, t in enumerate(toks) if i not in choices]
            vocabulary, _ = _vocabulary(sentence, toks, lang)
        _read_sentence(terms, sentence, toks, zone, vocabulary)
    return terms.result()


def _read_sentence(
    terms: _Terms,
    sentence: str,
    toks: list[Token],
    zone: str,
    vocabulary: dict[tuple[int, int], str],
) -> None:
    title = zone == "title"
    # The schooling a post expects ("école de commerce ou master en finance") is not a keyword:
    # its clause is set aside before any term is read.
    taken: set[int] = set() if title else schooling_tokens(sentence, toks, terms.lang)
    # "MEDDIC or a similar methodology": the kind is read whole, as an alternative of the name.
    stand_ins = [] if title else [r for r in placeholder_runs(sentence, toks) if r[1] not in taken]
    for k, first, last in stand_ins:
        taken.update(range(min(k, first), last + 1))
    spans: list[tuple[int, int, str]] = []  # (first, last, key) to link "X or Y"
    listing_qualities = not title and qualities_line(sentence)

    def quality(text: str, skill: str | None) -> bool:
        """A personal quality: named as one, or an untechnical part of a line of qualities."""
        if title or any(is_technical(t.text) for t in split_tokens(text)):
            return False
        if skill in quality_skills():
            return True
        if skill is not None and skills_playbook(terms.lang).kinds.get(skill, "soft") != "soft":
            return False  # a tool, a hard skill, a language, a method
        return names_quality(text) or listing_qualities

    def take(first: int, last: int, concept: str | None = None, skill: str | None = None) -> None:
        text = sentence[toks[first].start : toks[last].end]
        skill = skill or vocabulary.get((first, last))
        key = terms.add(text, zone, concept, skill, quality(text, skill))
        spans.append((first, last, key))
        taken.update(range(first, last + 1))

    def free(first: int, last: int) -> bool:
        return not taken.intersection(range(first, last + 1))

    # Multi-word names first ("Google Analytics" is not the concept "analytics"), then the
    # concept table, the skills vocabulary, single names and the objects of requirement phrases.
    for first, last in named_spans(sentence, toks, taken, technical_only=title):
        if last > first:
            take(first, last)
    kinds = skills_playbook(terms.lang).kinds

    def duty(first: int, last: int) -> bool:
        # In a duty line, "manage a team of 3" is a task: its object is read as a phrase.
        return zone == "missions" and (
            duty_wording(toks, first, last, terms.lang) or team_or_partner(toks, first, last)
        )

    def wider(first: int, last: int, key: str) -> tuple[int, int] | None:
        """ "soins [palliatifs]", "[demand] planning": a generic word inside a longer name."""
        if title or first != last or kinds.get(key) in ("tool", "language"):
            return None
        span = compound_around(sentence, toks, first, terms.lang)
        return span if span != (first, last) and free(*span) else None

    for first, last, concept in concept_spans(toks, terms.lang):
        if free(first, last) and not duty(first, last):
            span = wider(first, last, concept)
            if span is not None:
                take(*span)
            else:
                take(first, last, concept)
    for (first, last), key in vocabulary.items():
        if free(first, last) and not duty(first, last):
            span = wider(first, last, key)
            if span is not None:
                take(*span)
            else:
                take(first, last, skill=key)
    for first, last in named_spans(sentence, toks, taken, technical_only=title):
        if not (zone == "missions" and team_or_partner(toks, first, last)):
            take(first, last)  # "the CRM team" is the people, not the tool
    for k, first, last in stand_ins:
        key = terms.add(
            sentence[toks[first].start : toks[last].end],
            zone,
            skill=vocabulary.get((first, last)),
        )
        before = [sp for sp in spans if sp[1] < min(k, first) and sp[2]]
        if key and before:
            gap = fold(sentence[toks[before[-1][1]].end : toks[min(k, first)].start])
            if _STAND_IN_GAP.fullmatch(gap.replace("'", "' ")):
                spans.append((first, last, key))
                terms.found[key].alternatives.add(before[-1][2])
                terms.found[before[-1][2]].alternatives.add(key)
    for key1, key2 in alternative_pairs(sentence, toks, spans):
        if key1 and key2:
            terms.found[key1].alternatives.add(key2)
            terms.found[key2].alternatives.add(key1)
    if title or zone not in PHRASE_ZONES:
        return
    # One-word phrases of duty lines ("techniques") stay: dropping them costs held-out recall
    # (docs/cv.md, "Tuning history").
    items = cue_items(sentence, toks, taken) + clause_terms(sentence, toks, taken, terms.lang)
    added = [(item, terms.add(item, zone, quality=quality(item, None))) for item in items]
    # "réaliser les déclarations sociales (DSN)": the phrase and its acronym are one thing.
    for first, last, key in spans:
        head = sentence[: toks[first].start].rstrip()
        if first != last or not key or not head.endswith("("):
            continue
        for item, item_key in added:
            if (
                item_key
                and head[:-1].rstrip().endswith(item)
                and abbreviates(toks[first].text, split_tokens(item))
            ):
                terms.found[key].alternatives.add(item_key)
                terms.found[item_key].alternatives.add(key)
