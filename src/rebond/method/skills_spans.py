"""Where the terms of a job description sit in its sentences (C7.1, C8.3).

Span finders used by `skills_jobterms.extract_job_terms`: technical tokens and runs of
capitalised names ("CI/CD", "Google Analytics"), the bilingual concept table of `[cv_terms]`,
the objects of requirement phrases ("maîtrise de …", "experience with …"), short noun phrases
of requirement clauses, and "X or Y" alternatives.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from rebond.method import playbook
from rebond.method.cv_config import bullet_vocabulary, keyword_zones
from rebond.method.cv_terms import GLUE, Token, concept_keys, is_technical, single_key, token_keys
from rebond.method.language import SUPPORTED, Lang, stems
from rebond.method.skills_playbook import skills_playbook
from rebond.method.skills_zones import fold

MAX_TERM_WORDS = 4

_NOUN_SUFFIXES = ("tion", "sion", "ment", "age", "ance", "ence", "ure", "eur", "ite", "ship")
_TAIL_WORDS = frozenset(
    "avec aux au pour sur dans aupres par chez with for to in on across within at from by".split()
)


@cache
def ignored() -> frozenset[str]:
    words: set[str] = set()
    for lang in SUPPORTED:
        words.update(fold(w) for w in playbook.section(lang, "cv_keywords").get("ignore", []))
        words.update(skills_playbook(lang).not_skills)  # already folded
    return frozenset(words)


@cache
def stopwords() -> frozenset[str]:
    return keyword_zones("fr").stopwords | keyword_zones("en").stopwords | GLUE


@cache
def _concepts_by_first_key(lang: Lang) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for concept, entries in concept_keys().items():
        for variant_lang, key, _variant in entries:
            if variant_lang == lang:
                index.setdefault(key[0], []).append((key, concept))
    return {first: tuple(found) for first, found in index.items()}


def concept_spans(toks: list[Token], lang: Lang) -> list[tuple[int, int, str]]:
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


def named_spans(
    sentence: str, toks: list[Token], taken: set[int], technical_only: bool = False
) -> list[tuple[int, int]]:
    """Technical tokens and runs of capitalised names ("Google Analytics", "SAP BO").

    A capitalised word opening a sentence is a name only when it is technical or listed
    ("Python, Django"): "Vous rejoindrez" is not a skill.
    """
    stop, ignore = stopwords(), ignored()

    def named(k: int) -> bool:
        word = toks[k].text
        if k in taken or fold(word) in ignore or fold(word) in stop:
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
        verb = opening and j > i and _opening_verb(toks[i].text)
        if not verb and (not opening or is_technical(toks[i].text) or listed):
            spans.append((i, j))
            i = j + 1
        else:
            i += 1  # "Maîtrise SAP": drop the opening word, keep looking from the next one
    return spans


def cue_items(sentence: str, toks: list[Token], taken: set[int]) -> list[str]:
    """Objects of "maîtrise de X", "experience with X and Y (Z)": short items, filler trimmed.

    The object stops at the first comma: what follows is usually another requirement.
    """
    stop = stopwords()
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


def alternative_pairs(
    sentence: str, toks: list[Token], spans: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    """Keys of "Go or Java", "BTS ou DCG", "GCP / Azure": either one is enough."""
    ordered = sorted(s for s in spans if s[2])
    pairs = []
    for (_f1, last, key1), (first, _l2, key2) in itertools.pairwise(ordered):
        gap = sentence[toks[last].end : toks[first].start]
        if re.fullmatch(r"\s*(?:,\s*)?(?:ou|or|/)\s*(?:(?:de|d'|du|des|a|an)\s*)?", fold(gap)):
            pairs.append((key1, key2))
    return pairs


def _opening_verb(word: str) -> bool:
    """ "Design REST APIs", "Piloter Salesforce": the duty's verb is not part of the name."""
    return any(lemma_is_verb(word, _verbs(lang), lang) for lang in SUPPORTED)


@cache
def _verbs(lang: Lang) -> frozenset[str]:
    zones = keyword_zones(lang)
    return zones.job_verbs | frozenset(fold(v) for v in bullet_vocabulary(lang).action_verbs)


def clause_terms(sentence: str, toks: list[Token], taken: set[int], lang: Lang) -> list[str]:
    """Short noun phrases of duty and requirement clauses ("drive renewals" -> "renewals").

    A clause is cut at commas, brackets and conjunctions; its opening verb and filler words
    are dropped; what remains is kept when it is one to four words and no other rule already
    took part of it.
    """
    stop, verbs = stopwords(), _verbs(lang)
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
        generic_head = False
        while idx and (
            folded[idx[0]] in stop
            or folded[idx[0]] in verbs
            or lemma_is_verb(toks[idx[0]].text, verbs, lang)
            or not any(c.isalpha() for c in toks[idx[0]].text)
        ):
            word = folded[idx[0]]
            if word in stop and word not in GLUE and word not in verbs and len(word) > 3:
                generic_head = True  # "équipes [techniques]", "clients [grands comptes]"
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
        if len(idx) == 1 and (before_trim > 1 or generic_head):
            continue  # "scalable [services]", "[équipes] techniques": a lone modifier
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
