"""The keywords a job description asks for, weighted by where they appear (C8.3).

TEMPORARY HOME: this is the job-description term extraction the CV matcher needs until
`rebond.method.skills.extract_skills` lands; the two must then become one piece of code (see
`cv_match.job_keywords`). The matcher only depends on `JobTerm` (a term and its weight).

Zones: a word counts fully in the requirements and the job title, less in the responsibilities
and the "nice to have", and not at all in the company pitch, benefits or hiring process.
Terms are found three ways: the playbook's bilingual concept table ("gestion de projet",
"A/B testing"), technical tokens and proper names ("CI/CD", "PostgreSQL", "Google Analytics"),
and the objects of requirement phrases ("maîtrise de …", "experience with …").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rebond.method import playbook
from rebond.method.cv_config import bullet_vocabulary, keyword_zones
from rebond.method.cv_terms import (
    GLUE,
    Token,
    concept_keys,
    is_technical,
    phrase_key,
    single_key,
    token_keys,
)
from rebond.method.cv_terms import tokens as split_tokens
from rebond.method.language import SUPPORTED, Lang, stems
from rebond.method.language import fold as _fold_text

# Words repeat a lot across an ad and a CV: fold each distinct one once.
fold = lru_cache(maxsize=50_000)(_fold_text)

ZONE_WEIGHTS = {
    "title": 1.0,
    "requirements": 1.0,
    "unstructured": 1.0,  # an ad without headings: every line may be a requirement
    "missions": 0.6,
    "nice_to_have": 0.5,
    "context": 0.0,  # company pitch before the first heading
    "boilerplate": 0.0,
}
REPEAT_BONUS = 0.15  # each repetition (up to two) adds 15 % to a term's weight
MAX_TERM_WORDS = 4
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_NOUN_SUFFIXES = ("tion", "sion", "ment", "age", "ance", "ence", "ure", "eur", "ite", "ship")
_TAIL_WORDS = frozenset(
    "avec aux au pour sur dans aupres par chez with for to in on across within at from by".split()
)
_ITEM_BREAK = re.compile(r"[,;:()/]|\s[-–—]\s|\b(?:et|and|ou|or)\b", re.IGNORECASE)


@dataclass(frozen=True)
class JobTerm:
    """A keyword of the job ad: `term` as written, `weight` from its zone and repetitions."""

    term: str
    weight: float
    zone: str
    concept: str | None = None
    occurrences: int = 1
    alternatives: tuple[str, ...] = ()  # "Go or Java": having one of them is enough


@cache
def _zone_cues() -> list[tuple[str, str]]:
    cues: list[tuple[str, str]] = []
    for lang in SUPPORTED:
        zones = keyword_zones(lang)
        for zone in ("requirements", "nice_to_have", "missions", "boilerplate"):
            cues.extend((cue, zone) for cue in getattr(zones, zone))
    return sorted(cues, key=lambda c: len(c[0]), reverse=True)


def _heading(text: str, whole_line: bool = False) -> str | None:
    """The zone a heading announces; a line without a colon must start with the cue."""
    key = re.sub(r"^[\s\-•*–]+|[\s:?!.]+$", "", fold(text))
    if not key or len(key.split()) > (5 if whole_line else 7):
        return None
    for cue, zone in _zone_cues():
        pattern = rf"^{re.escape(cue)}(?!\w)" if whole_line else rf"(?<!\w){re.escape(cue)}(?!\w)"
        if re.search(pattern, key):
            return zone
    return None


def zoned_sentences(job_text: str, has_title: bool = True) -> Iterator[tuple[str, str]]:
    """(zone, sentence) for every sentence of the ad, in order; the first line is the title."""
    lines = [line.strip() for line in job_text.splitlines() if line.strip()]
    if not lines:
        return
    if has_title:
        yield "title", lines[0]
    else:
        lines = ["", *lines]
    structured = any(_line_heading(line)[0] for line in lines[1:])
    current = "context" if structured else "unstructured"
    nice = keyword_zones("fr").nice_to_have + keyword_zones("en").nice_to_have
    for line in lines[1:]:
        zone, rest = _line_heading(line)
        if zone is not None:
            current = zone
            line = rest.strip()
            if not line:
                continue
        for sentence in _SENTENCE.split(line):
            if current in ("boilerplate", "context") or not _mentions(sentence, nice):
                yield current, sentence
                continue
            # "… SQL, Python ; l'allemand serait un plus": only the clause with the cue is a plus.
            for clause in re.split(r",\s+", sentence):
                yield ("nice_to_have" if _mentions(clause, nice) else current), clause


def _line_heading(line: str) -> tuple[str | None, str]:
    """("requirements", "Python, SQL") for "Profil : Python, SQL"; (None, "") for plain text."""
    match = re.search(r"[:?]", line)
    if match is not None and match.start() <= 60:
        zone = _heading(line[: match.start()])
        if zone is not None:
            return zone, line[match.end() :]
    if match is None:
        zone = _heading(line, whole_line=True)
        if zone is None and _heading(" ".join(line.split()[:3])) == "boilerplate":
            zone = "boilerplate"  # "Rémunération fixe + variable, véhicule de fonction."
        return zone, ""
    return None, ""


def _mentions(text: str, cues: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", folded) for c in cues)


@dataclass
class _Found:
    term: str
    concept: str | None
    weight: float
    zone: str
    occurrences: int = 1
    alternatives: set[str] = field(default_factory=set)


@cache
def _ignored() -> frozenset[str]:
    words: set[str] = set()
    for lang in SUPPORTED:
        words.update(fold(w) for w in playbook.section(lang, "cv_keywords").get("ignore", []))
    return frozenset(words)


@cache
def _stopwords() -> frozenset[str]:
    return keyword_zones("fr").stopwords | keyword_zones("en").stopwords | GLUE


@cache
def _concepts_by_first_key(lang: Lang) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for concept, entries in concept_keys().items():
        for variant_lang, key, _variant in entries:
            if variant_lang == lang:
                index.setdefault(key[0], []).append((key, concept))
    return {first: tuple(found) for first, found in index.items()}


def _concept_spans(toks: list[Token], lang: Lang) -> list[tuple[int, int, str]]:
    """(first, last, concept) spans of the ad language's concept variants, longest first.

    Only the ad's own language: an English word under the French stemmer ("Manager" ->
    "manag") would otherwise meet a French variant ("management").
    """
    words = [t.text for t in toks]
    spans: list[tuple[int, int, str]] = []
    keys = token_keys(words, lang)
    content = [i for i, k in enumerate(keys) if k]
    seq = [keys[i] for i in content]
    singles = [single_key(words[i]) for i in content]
    by_first = _concepts_by_first_key(lang)
    for i in range(len(seq)):
        for first in {seq[i], singles[i]}:
            for key, concept in by_first.get(first, ()):
                n = len(key)
                target = singles if n == 1 and key[0].startswith("=") else seq
                if tuple(target[i : i + n]) == key:
                    spans.append((content[i], content[i + n - 1], concept))
    spans.sort(key=lambda s: (s[0] - s[1], s[0]))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if all(span[1] < k[0] or span[0] > k[1] for k in kept):
            kept.append(span)
    return kept


def _gap(sentence: str, left: Token | None, right: Token) -> str:
    return sentence[left.end if left else 0 : right.start]


def _named_spans(
    sentence: str, toks: list[Token], taken: set[int], technical_only: bool = False
) -> list[tuple[int, int]]:
    """Technical tokens and runs of capitalised names ("Google Analytics", "SAP BO").

    A capitalised word opening a sentence is a name only when it is technical or listed
    ("Python, Django"): "Vous rejoindrez" is not a skill.
    """
    stop, ignored = _stopwords(), _ignored()

    def named(k: int) -> bool:
        word = toks[k].text
        if k in taken or fold(word) in ignored or fold(word) in stop:
            return False
        if not any(c.isalpha() for c in word):
            return False  # "5+", "2x8" are counts, not skills
        if is_technical(word):
            return True
        return not technical_only and len(word) > 1 and word[:1].isupper()

    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if not named(i):
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and _gap(sentence, toks[j], toks[j + 1]) == " ":
            nxt = toks[j + 1].text
            if not (named(j + 1) or (nxt.isdigit() and len(nxt) <= 3)):
                break
            j += 1
        before = _gap(sentence, toks[i - 1] if i else None, toks[i]).strip()
        opening = i == 0 or before.endswith((".", "!", "?", "-", "•", "*", "–"))
        after = sentence[toks[j].end : toks[j].end + 6].lower()
        listed = bool(re.match(r"\s*(?:[,/);]|$|et\b|and\b|ou\b|or\b)", after))
        if not opening or is_technical(toks[i].text) or listed:
            spans.append((i, j))
            i = j + 1
        else:
            i += 1  # "Maîtrise SAP": drop the opening word, keep looking from the next one
    return spans


def _cue_items(sentence: str, toks: list[Token], taken: set[int]) -> list[str]:
    """Objects of "maîtrise de X", "experience with X and Y (Z)": short items, filler trimmed.

    The object stops at the first comma: what follows is usually another requirement.
    """
    stop = _stopwords()
    folded = [fold(t.text) for t in toks]
    cues = _cue_words()
    items: list[str] = []
    for cue in cues:
        n = len(cue)
        for i in range(len(folded) - n + 1):
            if n == 0 or tuple(folded[i : i + n]) != cue:
                continue
            current: list[int] = []
            for k in range(i + n, min(len(toks), i + n + 10)):
                gap = _gap(sentence, toks[k - 1], toks[k])
                if re.search(r"[.;:,]", gap):
                    break
                if folded[k] in ("et", "and", "ou", "or") or re.search(r"[()/]", gap):
                    items.append(_trimmed(sentence, toks, current, stop, taken))
                    current = []
                if folded[k] not in ("et", "and", "ou", "or"):
                    current.append(k)
            items.append(_trimmed(sentence, toks, current, stop, taken))
    return [item for item in items if item]


@cache
def _cue_words() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(w for w in cue.replace("'", " ").split() if w not in GLUE)
        for lang in SUPPORTED
        for cue in keyword_zones(lang).cues
    )


def _trimmed(
    sentence: str, toks: list[Token], idx: list[int], stop: frozenset[str], taken: set[int]
) -> str:
    while idx and (fold(toks[idx[0]].text) in stop or toks[idx[0]].text.isdigit()):
        idx = idx[1:]
    while idx and (fold(toks[idx[-1]].text) in stop or toks[idx[-1]].text.isdigit()):
        idx = idx[:-1]
    if not idx or len(idx) > MAX_TERM_WORDS or any(i in taken for i in idx):
        return ""
    return sentence[toks[idx[0]].start : toks[idx[-1]].end]


def _link_alternatives(
    sentence: str, toks: list[Token], spans: list[tuple[int, int, str]], found: dict[str, _Found]
) -> None:
    """Mark "Go or Java", "BTS ou DCG", "GCP / Azure" as alternatives of each other."""
    ordered = sorted(s for s in spans if s[2])
    for (_f1, last, key1), (first, _l2, key2) in itertools.pairwise(ordered):
        gap = sentence[toks[last].end : toks[first].start]
        if re.fullmatch(r"\s*(?:,\s*)?(?:ou|or|/)\s*(?:(?:de|d'|du|des|a|an)\s*)?", fold(gap)):
            found[key1].alternatives.add(key2)
            found[key2].alternatives.add(key1)


@cache
def _verbs(lang: Lang) -> frozenset[str]:
    zones = keyword_zones(lang)
    return zones.job_verbs | frozenset(fold(v) for v in bullet_vocabulary(lang).action_verbs)


def _clause_terms(sentence: str, toks: list[Token], taken: set[int], lang: Lang) -> list[str]:
    """Short noun phrases of duty and requirement clauses ("drive renewals" -> "renewals").

    A clause is cut at commas, brackets and conjunctions; its opening verb and filler words
    are dropped; what remains is kept when it is one to four words and no other rule already
    took part of it.
    """
    stop, verbs = _stopwords(), _verbs(lang)
    folded = [fold(t.text) for t in toks]
    clauses: list[list[int]] = [[]]
    for k, tok in enumerate(toks):
        gap = _gap(sentence, toks[k - 1] if k else None, tok)
        if k and (re.search(r"[,;:()/.!?]", gap) or folded[k] in ("et", "and", "ou", "or")):
            clauses.append([])
        if folded[k] not in ("et", "and", "ou", "or"):
            clauses[-1].append(k)
    found = []
    for clause in clauses:
        idx = list(clause)
        while idx and (
            folded[idx[0]] in stop
            or folded[idx[0]] in verbs
            or lemma_is_verb(toks[idx[0]].text, verbs, lang)
            or not any(c.isalpha() for c in toks[idx[0]].text)
        ):
            idx = idx[1:]
        if taken.intersection(idx):
            continue
        # "suivi des contentieux avec les avocats": the tail after "avec" is context.
        tail = next((n for n, i in enumerate(idx) if n and folded[i] in _TAIL_WORDS), None)
        if tail is not None:
            idx = idx[:tail]
        before_trim = len(idx)
        while idx and (
            folded[idx[-1]] in stop or not toks[idx[-1]].text.isalpha() or _adverb(folded[idx[-1]])
        ):
            idx = idx[:-1]
        if len(idx) == 1 and before_trim > 1:
            continue  # "scalable [services]": a lone modifier is not a skill
        content = [i for i in idx if folded[i] not in GLUE]
        if not content or len(content) > MAX_TERM_WORDS or taken.intersection(idx):
            continue
        if any(not toks[i].text.isalpha() and not is_technical(toks[i].text) for i in idx):
            continue  # "5M requests", "12 %": figures, not skills
        found.append(sentence[toks[idx[0]].start : toks[idx[-1]].end])
    return found


def _adverb(word: str) -> bool:
    return len(word) > 5 and word.endswith(("ly", "ement"))


def lemma_is_verb(word: str, verbs: frozenset[str], lang: Lang) -> bool:
    """True for a conjugated or infinitive form of a listed verb ("drives", "pilote").

    Snowball stems, not the lemmatiser: its dictionaries take a second to load, which the
    fast path cannot afford, and it reads "pilote" as the noun.

    >>> lemma_is_verb("pilote", frozenset(["piloter"]), "fr")
    True
    """
    folded = fold(word)
    if folded in verbs or (lang == "fr" and folded.endswith("e") and folded + "r" in verbs):
        return True
    if folded.endswith(_NOUN_SUFFIXES):
        return False  # "automatisation" shares its stem with "automatiser" but is the skill
    return stems([folded], lang)[0] in _verb_stems(verbs, lang)


@cache
def _verb_stems(verbs: frozenset[str], lang: Lang) -> frozenset[str]:
    return frozenset(stems(sorted(verbs), lang))


def extract_job_terms(job_text: str, lang: Lang, has_title: bool = True) -> list[JobTerm]:
    """All weighted terms of an ad, heaviest first (see `cv_match.job_keywords`).

    `has_title=False` reads a plain text (a value proposition) with every line in full.
    """
    found: dict[str, _Found] = {}

    def add(term: str, concept: str | None, zone: str) -> str:
        key = f"concept:{concept}" if concept else " ".join(phrase_key(term, lang))
        if not key or fold(term) in _ignored():
            return ""
        weight = ZONE_WEIGHTS[zone]
        if key in found:
            entry = found[key]
            entry.occurrences += 1
            if weight > entry.weight:
                entry.weight, entry.zone, entry.term = weight, zone, term
        else:
            found[key] = _Found(term, concept, weight, zone)
        return key

    for zone, sentence in zoned_sentences(job_text, has_title):
        if ZONE_WEIGHTS[zone] <= 0:
            continue
        toks = split_tokens(sentence)
        taken: set[int] = set()
        title = zone == "title"
        spans: list[tuple[int, int, str]] = []  # (first, last, key) to link "X or Y"
        # Multi-word names first ("Google Analytics" is not the concept "analytics"), then
        # the concept table, then single names and the objects of requirement phrases.
        names = _named_spans(sentence, toks, taken, technical_only=title)
        for first, last in (span for span in names if span[1] > span[0]):
            key = add(sentence[toks[first].start : toks[last].end], None, zone)
            spans.append((first, last, key))
            taken.update(range(first, last + 1))
        for first, last, concept in _concept_spans(toks, lang):
            if not taken.intersection(range(first, last + 1)):
                key = add(sentence[toks[first].start : toks[last].end], concept, zone)
                spans.append((first, last, key))
                taken.update(range(first, last + 1))
        for first, last in _named_spans(sentence, toks, taken, technical_only=title):
            key = add(sentence[toks[first].start : toks[last].end], None, zone)
            spans.append((first, last, key))
            taken.update(range(first, last + 1))
        _link_alternatives(sentence, toks, spans, found)
        if not title:
            for item in _cue_items(sentence, toks, taken) + _clause_terms(
                sentence, toks, taken, lang
            ):
                add(item, None, zone)
    terms = [
        JobTerm(
            f.term,
            round(f.weight * (1 + REPEAT_BONUS * min(f.occurrences - 1, 2)), 2),
            f.zone,
            f.concept,
            f.occurrences,
            tuple(sorted(found[k].term for k in f.alternatives if k in found)),
        )
        for f in found.values()
    ]
    return sorted(terms, key=lambda t: -t.weight)
