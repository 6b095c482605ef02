"""The parts of a job description, and what a word is worth in each (C7.1, C8.3).

A word counts fully in the requirements and the job title, less in the responsibilities and
the "nice to have", and not at all in the company pitch, benefits or hiring process. Headings
come from two playbook tables that describe the same thing: `[cv_keywords]` (cues found at the
start of a short line or before a colon) and `[skills.sections]` (whole headings).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from rebond.method.cv.config import keyword_zones
from rebond.method.skills.playbook import skills_playbook
from rebond.method.text.language import SUPPORTED
from rebond.method.text.language import fold as _fold_text

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
# The skills reader's section names (`SkillTerm.section`) for each zone.
ZONE_SECTIONS = {
    "title": "requirements",
    "requirements": "requirements",
    "unstructured": "other",
    "missions": "missions",
    "nice_to_have": "nice_to_have",
    "context": "company",
    "boilerplate": "company",
}
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
_SECTION_ZONES = {
    "requirements": "requirements",
    "missions": "missions",
    "nice_to_have": "nice_to_have",
    "company": "boilerplate",
}


@cache
def _zone_cues() -> list[tuple[str, str]]:
    cues: list[tuple[str, str]] = []
    for lang in SUPPORTED:
        zones = keyword_zones(lang)
        for zone in ("requirements", "nice_to_have", "missions", "boilerplate"):
            cues.extend((cue, zone) for cue in getattr(zones, zone))
    return sorted(cues, key=lambda c: len(c[0]), reverse=True)


@cache
def _whole_headings() -> dict[str, str]:
    """Folded heading -> zone, from `[skills.sections]` of both languages."""
    found: dict[str, str] = {}
    for lang in SUPPORTED:
        for section, cues in skills_playbook(lang).sections.items():
            for cue in cues:
                found.setdefault(cue, _SECTION_ZONES[section])
    return found


def _heading(text: str, whole_line: bool = False) -> str | None:
    """The zone a heading announces; a line without a colon must start with the cue."""
    key = re.sub(r"^[\s\-•*–#]+|[\s:?!.#*]+$", "", fold(text))
    if not key or len(key.split()) > (5 if whole_line else 7):
        return None
    if key in _whole_headings():
        return _whole_headings()[key]
    for cue, zone in _zone_cues():
        pattern = rf"^{re.escape(cue)}(?!\w)" if whole_line else rf"(?<!\w){re.escape(cue)}(?!\w)"
        if re.search(pattern, key):
            return zone
    return None


def line_heading(line: str) -> tuple[str | None, str]:
    """("requirements", "Python, SQL") for "Profil : Python, SQL"; (None, "") for plain text."""
    match = re.search(r"[:?]", line)
    if match is not None and match.start() <= 60:
        zone = _heading(line[: match.start()])
        if zone is not None:
            return zone, line[match.end() :]
    opening = _heading(" ".join(line.split()[:3]))
    if match is None:
        zone = _heading(line, whole_line=True)
        if zone is None and opening == "boilerplate":
            zone = "boilerplate"  # "Rémunération fixe + variable, véhicule de fonction."
        if zone is not None:
            return zone, ""
    if opening in ("missions", "requirements"):
        # "You will support two partners on …": the line belongs to the zone its first words
        # announce; those words are dropped ("You will"), the rest is read.
        words = line.split()
        size = next(n for n in (1, 2, 3) if _heading(" ".join(words[:n])) == opening)
        return opening, " ".join(words[size:])
    return None, ""


def mentions(text: str, cues: tuple[str, ...]) -> bool:
    return bool(cues) and _cue_pattern(cues).search(fold(text)) is not None


@lru_cache(maxsize=64)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of cues, each a whole word or phrase (longest first)."""
    ordered = sorted(cues, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(c) for c in ordered)})(?!\w)")


@cache
def _nice_cues() -> tuple[str, ...]:
    cues = keyword_zones("fr").nice_to_have + keyword_zones("en").nice_to_have
    return tuple(dict.fromkeys(cues))


_PROFILE_ZONES = frozenset({"requirements", "nice_to_have", "unstructured"})
_ITEMS = re.compile(r"\s*[,;:+]\s*|\s+(?:et|and|&)\s+")


@cache
def _asking_cues() -> tuple[str, ...]:
    """Words that make a sentence ask something of the candidate ("experience with", "maîtrise")."""
    cues: list[str] = []
    for lang in SUPPORTED:
        cues.extend(keyword_zones(lang).cues)
    return tuple(dict.fromkeys([*cues, "experience", "knowledge", "maitrise", "connaissance"]))


def perks_sentence(sentence: str) -> bool:
    """A sentence listing what the employer gives or the hours it sets, with no heading.

    "Shift allowance, pension, health insurance." or "Véhicule de service et outillage
    fournis, paniers repas." after the profile: most of its items name a perk or a condition
    of `[cv_keywords] boilerplate`, and nothing in it asks for experience or knowledge.

    >>> perks_sentence("Shift allowance, pension, health insurance."), perks_sentence("SQL, Excel")
    (True, False)
    """
    items = [item for item in _ITEMS.split(sentence.strip(" .!")) if item.strip()]
    if not items or mentions(sentence, _asking_cues()):
        return False
    return 2 * sum(mentions(item, _perk_cues()) for item in items) > len(items)


@cache
def _perk_cues() -> tuple[str, ...]:
    return tuple(cue for cue, zone in _zone_cues() if zone == "boilerplate")


def unknown_heading(line: str) -> bool:
    """A short line set as a heading that no cue names: in capitals, or a question.

    "POURQUOI REJOINDRE NOTRE CLIENT ?", "Qui sont-ils ?", "Vous vous reconnaissez dans ce
    descriptif ?": what follows is not the part of the ad the previous heading opened.

    >>> unknown_heading("POURQUOI NOUS REJOINDRE"), unknown_heading("- Maîtrise d'Excel")
    (True, False)
    """
    text = line.strip(" \t-•*#")
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or len(text.split()) > 8:
        return False
    return text.endswith("?") or all(c.isupper() for c in letters)


def zoned_sentences(
    job_text: str, has_title: bool = True, close_unknown: bool = False
) -> Iterator[tuple[str, str]]:
    """(zone, sentence) for every sentence of the ad, in order; the first line is the title.

    `close_unknown`: a heading no cue names (`unknown_heading`) opens a "context" part.

    >>> list(zoned_sentences("Data analyst\\nProfil : SQL. Python serait un plus"))
    [('title', 'Data analyst'), ('requirements', 'SQL.'), ('nice_to_have', 'Python serait un plus')]
    """
    lines = [line.strip() for line in job_text.splitlines() if line.strip()]
    if not lines:
        return
    if has_title:
        yield "title", lines[0]
    else:
        lines = ["", *lines]
    structured = any(line_heading(line)[0] for line in lines[1:])
    current = "context" if structured else "unstructured"
    nice = _nice_cues()
    for line in lines[1:]:
        zone, rest = line_heading(line)
        if zone is None and close_unknown and structured and unknown_heading(line):
            current = "context"
            continue
        if zone is not None:
            current = zone
            line = rest.strip()
            if not line:
                continue
        for sentence in _SENTENCE.split(line):
            if current in _PROFILE_ZONES and perks_sentence(sentence):
                yield "boilerplate", sentence
                continue
            if current in ("boilerplate", "context") or not mentions(sentence, nice):
                yield current, sentence
                continue
            # "… SQL, Python ; l'allemand serait un plus": only the clause with the cue is a plus.
            for clause in re.split(r",\s+", sentence):
                yield ("nice_to_have" if mentions(clause, nice) else current), clause
