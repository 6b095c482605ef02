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
from rebond.method.cv.config import bullet_vocabulary, keyword_zones
from rebond.method.cv.terms import GLUE, Token, concept_keys, is_technical, single_key, token_keys
from rebond.method.skills.acronyms import abbreviates
from rebond.method.skills.playbook import skills_playbook
from rebond.method.skills.zones import fold
from rebond.method.text.language import SUPPORTED, Lang, stems

MAX_TERM_WORDS = 4

_NOUN_SUFFIXES = ("tion", "sion", "ment", "age", "ance", "ence", "ure", "eur", "ite", "ship")
_TAIL_WORDS = frozenset(
    "avec aux au pour sur dans aupres par chez with for to in on across within at from by "
    "against into via per up".split()
)
# Words after which an English word is a verb ("to explain regulation", "will run …").
_BEFORE_VERB = frozenset("to will can must should shall may".split())
# Words that open the object of a verb ("passer les commandes", "chase the leads"): a word
# right before one of them, at the start of a clause, is read as the duty's verb.
_DETERMINERS = {
    "fr": frozenset(
        "le la les un une des du au aux son sa ses leur leurs nos vos ce cette ces".split()
    ),
    "en": frozenset("the a an our your their its all any every each".split()),
}
# Words that say how much a requirement counts ("gériatrie appréciée"), not what it is.
_REQUIRED_WORDS = frozenset(
    "apprecie appreciee apprecies appreciees souhaite souhaitee souhaites souhaitees requis "
    "requise exige exigee indispensable obligatoire imperatif imperative required preferred "
    "desirable essential mandatory".split()
)
# Between a task noun and its object: "mise en place des …", "mise à jour du …".
_DUTY_GLUE = frozenset("en place a jour charge".split())


def says_how_much(term: str) -> bool:
    """ "desirable", "indispensable": a word that weighs a requirement is not one itself."""
    return fold(term) in _REQUIRED_WORDS


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


# A figure and a lower-case unit: a quantity, not a name ("8D", "3D", "B1" and ordinals
# such as "18th Edition" stay names).
_QUANTITY = re.compile(r"(?!\d+(?:st|nd|rd|th|e|er|ème)\b)\d+(?:[.,]\d+)?(?:[-x]?[a-zà-ÿ]+|x\d+)")


# A time of day: "5h", "12h30" ("Travail en 2x8 (5h-12h30 / 12h30-20h)").
_TIME = re.compile(r"\d{1,2}h\d{0,2}")


def quantity(word: str) -> bool:
    """A count, a measure or a time, alone or in a range: not a skill.

    >>> [quantity(w) for w in ("400k", "12-month", "5h-12h30", "12h30-20h", "8D", "S7-300")]
    [True, True, True, True, False, False]
    """
    parts = [p for p in re.split(r"[-/–]", word) if p]
    return bool(_QUANTITY.fullmatch(word)) or (
        bool(parts) and all(_QUANTITY.fullmatch(p) or _TIME.fullmatch(p) for p in parts)
    )


def gap_between(sentence: str, left: Token | None, right: Token) -> str:
    """The text between two tokens (from the sentence's start when `left` is None)."""
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
        if not any(c.isalpha() for c in word) or quantity(word):
            return False  # "5+", "2x8", "12-month", "4-star", "400k" are counts, not skills
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
        # "Renters' Reform Bill": a possessive apostrophe does not end a name.
        while j + 1 < len(toks) and gap_between(sentence, toks[j], toks[j + 1]) in (
            " ",
            "' ",
            "’ ",
        ):
            nxt = toks[j + 1].text
            if not (named(j + 1) or (nxt.isdigit() and len(nxt) <= 3)):
                break
            j += 1
        before = gap_between(sentence, toks[i - 1] if i else None, toks[i]).strip()
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
                gap = gap_between(sentence, toks[k - 1], toks[k])
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
    full = idx
    while idx and (fold(toks[idx[-1]].text) in stop or toks[idx[-1]].text.isdigit()):
        idx = idx[:-1]
    if not idx or len(idx) > MAX_TERM_WORDS or any(i in taken for i in idx):
        return ""
    lone = len(idx) == 1 and len(full) > 1 and not is_technical(toks[idx[0]].text)
    if lone and fold(toks[full[1]].text) not in _REQUIRED_WORDS:
        return ""  # "des [core] tools": a lone modifier of a filler noun
    return sentence[toks[idx[0]].start : toks[idx[-1]].end]


def alternative_pairs(
    sentence: str, toks: list[Token], spans: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    """Keys of "Go or Java", "BTS ou DCG", "GCP / Azure": either one is enough.

    A name and its acronym in brackets are one requirement too: "Qualified Teacher Status
    (QTS)", "gestion de la relation client (GRC)".
    """
    ordered = sorted(s for s in spans if s[2])
    pairs = []
    for (_f1, last, key1), (first, _l2, key2) in itertools.pairwise(ordered):
        gap = sentence[toks[last].end : toks[first].start]
        either = re.fullmatch(r"\s*(?:,\s*)?(?:ou|or|/)\s*(?:(?:de|d'|du|des|a|an)\s*)?", fold(gap))
        expanded = (
            gap.strip() == "(" and first == _l2 and abbreviates(toks[first].text, toks[:first])
        )
        if either or expanded:
            pairs.append((key1, key2))
    pairs.extend(_examples(sentence, toks, ordered))
    return pairs


_CHOICE = re.compile(r"\b(?:ou|or|type|e\.?g|ex)\b")


def _examples(
    sentence: str, toks: list[Token], ordered: list[tuple[int, int, str]]
) -> list[tuple[str, str]]:
    """ "un ATS (type Flatchr ou Taleo)", "marketing automation (Marketo or HubSpot)": the
    bracket gives examples of the thing before it, so having either one is enough.

    Only a bracket that offers a choice ("ou", "or", "type", "e.g.") does: "Python (pandas)"
    asks for both, and "SAP MM (S/4HANA preferred)" asks for SAP MM and prefers S/4HANA on
    top of it — a preference is not a choice.
    """
    pairs = []
    for n, (_first, last, key) in enumerate(ordered):
        after = sentence[toks[last].end :]
        if not after.lstrip().startswith("("):
            continue
        opening = toks[last].end + after.index("(")
        closing = sentence.find(")", opening)
        inside = sentence[opening:closing] if closing > 0 else ""
        if not _CHOICE.search(fold(inside)):
            continue
        for first2, _last2, key2 in ordered[n + 1 :]:
            if toks[first2].start > opening + len(inside):
                break
            pairs.append((key, key2))
    return pairs


def _opening_verb(word: str) -> bool:
    """ "Design REST APIs", "Piloter Salesforce": the duty's verb is not part of the name."""
    return any(lemma_is_verb(word, verb_lemmas(lang), lang) for lang in SUPPORTED)


@cache
def verb_lemmas(lang: Lang) -> frozenset[str]:
    zones = keyword_zones(lang)
    return zones.job_verbs | frozenset(fold(v) for v in bullet_vocabulary(lang).action_verbs)


def clause_terms(sentence: str, toks: list[Token], taken: set[int], lang: Lang) -> list[str]:
    """Short noun phrases of duty and requirement clauses ("drive renewals" -> "renewals").

    A clause is cut at commas, brackets and conjunctions; its opening verb and filler words
    are dropped; what remains is kept when it is one to four words and no other rule already
    took part of it.
    """
    stop, verbs = stopwords(), verb_lemmas(lang)
    determiners = _DETERMINERS.get(lang, _DETERMINERS["en"])
    heads = _duty_heads()
    folded = [fold(t.text) for t in toks]
    clauses: list[list[int]] = [[]]
    for k, tok in enumerate(toks):
        gap = gap_between(sentence, toks[k - 1] if k else None, tok)
        if k and (re.search(r"[,;:()/.!?]", gap) or folded[k] in ("et", "and", "ou", "or")):
            clauses.append([])
        if folded[k] not in ("et", "and", "ou", "or"):
            clauses[-1].append(k)
    found = []
    for clause in clauses:
        idx = list(clause)
        generic_head = duty = False
        while idx and (
            folded[idx[0]] in stop
            or folded[idx[0]] in verbs
            or lemma_is_verb(toks[idx[0]].text, verbs, lang)
            or not any(c.isalpha() for c in toks[idx[0]].text)
            or _guessed_verb(toks, folded, idx, determiners, lang)
        ):
            word = folded[idx[0]]
            if word in stop and word not in GLUE and word not in verbs and len(word) > 3:
                generic_head = True  # "équipes [techniques]", "clients [grands comptes]"
            if _guessed_verb(toks, folded, idx, determiners, lang) or word in _TAIL_WORDS:
                # "passer [les commandes]": an unlisted verb and its object; "work closely
                # with [doctors]", "report on [income]": a circumstance of the duty
                duty = True
            idx = idx[1:]
        if taken.intersection(idx):
            continue
        if idx and folded[idx[0]] in heads:
            # "traitement des litiges", "suivi des clients": a task on a thing, not a skill;
            # "contrôle de gestion" (no article) is a compound term and stays whole.
            if all(folded[i] in _DUTY_GLUE for i in idx[1:]):
                continue  # "saisie", "prise en charge": the task alone
            start = _duty_object(folded, idx)
            if start is not None:
                idx, duty = idx[start:], True
        # "suivi des contentieux avec les avocats": the tail after "avec" is context.
        tail = next(
            (
                n
                for n, i in enumerate(idx)
                if n
                and (
                    folded[i] in _TAIL_WORDS
                    # "gérer la cuisine en son absence": "en" + article opens a circumstance
                    or (
                        folded[i] == "en" and n + 1 < len(idx) and folded[idx[n + 1]] in determiners
                    )
                )
            ),
            None,
        )
        if tail is not None:
            idx = idx[:tail]
        before_trim = len(idx)
        while idx and (
            folded[idx[-1]] in stop or not toks[idx[-1]].text.isalpha() or _adverb(folded[idx[-1]])
        ):
            idx = idx[:-1]
        if len(idx) == 1 and (before_trim > 1 or generic_head or duty):
            continue  # "scalable [services]", "[équipes] techniques": a lone modifier
        content = [i for i in idx if folded[i] not in GLUE]
        if not content or len(content) > MAX_TERM_WORDS or taken.intersection(idx):
            continue
        if any(not toks[i].text.isalpha() and not is_technical(toks[i].text) for i in idx):
            continue  # "5M requests", "12 %": figures, not skills
        found.append(sentence[toks[idx[0]].start : toks[idx[-1]].end])
    return found


@cache
def _duty_heads() -> frozenset[str]:
    return keyword_zones("fr").duty_heads | keyword_zones("en").duty_heads


def _guessed_verb(
    toks: list[Token], folded: list[str], idx: list[int], determiners: frozenset[str], lang: Lang
) -> bool:
    """An unlisted verb opening a clause: a lower-case word followed by an article.

    French also needs an infinitive ending ("seconder le chef", "passer les commandes");
    English a plain word ("chase the leads"). Nouns rarely sit right before an article.
    """
    if len(idx) < 2:
        return False
    word, following = toks[idx[0]].text, folded[idx[1]]
    if not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    if lang == "fr":
        opens = following in determiners or following.startswith("l'")
        return opens and len(word) >= 5 and folded[idx[0]].endswith(("er", "ir", "re"))
    return following in determiners


def _duty_object(folded: list[str], idx: list[int]) -> int | None:
    """Where the object of a task noun starts ("suivi des [clients]"), None if no article."""
    k = 1
    while k < len(idx) and k <= 2 and folded[idx[k]] in _DUTY_GLUE:
        k += 1
    if k >= len(idx):
        return None
    link = folded[idx[k]]
    if link in ("des", "du", "aux", "au"):
        return k + 1
    nxt = folded[idx[k + 1]] if k + 1 < len(idx) else ""
    if link in ("de", "d") and (
        nxt in ("la", "les", "ses", "leurs", "nos") or nxt.startswith("l'")
    ):
        return k + 1 if nxt.startswith("l'") else k + 2
    if link == "of" and nxt in _DETERMINERS["en"]:
        return k + 2
    return None


def duty_wording(toks: list[Token], first: int, last: int, lang: Lang) -> bool:
    """ "manage a team", "organiser les événements": a skill worded as a task (verb first)."""
    word = toks[first].text
    return last > first and word.islower() and lemma_is_verb(word, verb_lemmas(lang), lang)


def compound_around(sentence: str, toks: list[Token], at: int, lang: Lang) -> tuple[int, int]:
    """The noun phrase a generic word heads or modifies: "soins" -> "soins palliatifs",
    "planning" -> "demand planning", "Commercial" -> "Commercial leases".

    One plain lower-case word on each side, joined by a single space, is taken; filler words,
    verbs, figures and technical tokens are not.
    """
    stop, verbs = stopwords(), verb_lemmas(lang)
    word = toks[at].text
    if is_technical(word) or not word.isalpha():
        return at, at

    def joins(k: int, left: Token, right: Token) -> bool:
        text = toks[k].text
        return (
            sentence[left.end : right.start] == " "
            and text.isalpha()
            and text.islower()
            and len(text) > 2
            and fold(text) not in stop
            and fold(text) not in GLUE
            and fold(text) not in _TAIL_WORDS
            and not lemma_is_verb(text, verbs, lang)
        )

    last = at + 1 if at + 1 < len(toks) and joins(at + 1, toks[at], toks[at + 1]) else at
    if lang == "fr" and last > at and _plural(word) != _plural(toks[last].text):
        last = at  # "dossier de soins informatisé": the adjective goes with another noun
    first = at
    if last == at and lang == "en" and at > 0 and joins(at - 1, toks[at - 1], toks[at]):
        before = fold(toks[at - 2].text) if at > 1 else ""
        first = at if before in _BEFORE_VERB else at - 1
    return first, last


def _plural(word: str) -> bool:
    return word.lower().endswith(("s", "x"))


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
