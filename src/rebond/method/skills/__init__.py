"""Skills and keywords a job description asks for, in French and English (C7.1, C8.3).

Postings are read by `skills_jobterms` (the same reader as the CV keyword check): the skills
vocabulary (a few hundred skills, tools and soft skills, with a key shared across languages so
"gestion de projet" = "project management"), the bilingual concepts of `[cv_terms]`, names and
short noun phrases of requirement lines ("Bonne connaissance des marchés financiers").
Each mention is weighted by the part of the posting it sits in: requirements weigh more than
nice-to-haves, which weigh more than the company blurb. Inflections and accents are folded
(Snowball stems), multi-word terms and acronyms ("CI/CD", "Power BI", "C++") are kept whole.

`extract_skills` returns them as `SkillTerm`s keyed for `match_skills` (story coverage).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from rebond.method.skills.jobterms import extract_job_terms
from rebond.method.skills.playbook import skills_playbook
from rebond.method.skills.tokens import tokenize
from rebond.method.skills.vocabulary import vocabulary_matches as _vocabulary_matches
from rebond.method.skills.zones import ZONE_SECTIONS
from rebond.method.text.language import Lang, detect, stems

__all__ = ["SkillTerm", "extract_skills", "label", "match_skills", "skill_key", "tokenize"]

Section = str  # "requirements" | "missions" | "nice_to_have" | "other" | "company"


@dataclass(frozen=True)
class SkillTerm:
    """One skill a text asks for.

    `key` is shared across languages for vocabulary skills ("project_management") and
    "phrase:<stems>" for phrases read from the posting; `weight` is the highest section
    weight among its mentions; `count` the number of mentions.
    """

    term: str
    key: str
    weight: float
    count: int
    section: Section
    kind: str
    source: str  # "vocabulary" or "phrase"


def extract_skills(job_text: str, lang: Lang | None = None) -> list[SkillTerm]:
    """Skills a job description asks for, most important first.

    The posting is read by `skills_jobterms.extract_job_terms` (the same reader as the CV
    keyword check), with this module's section weights; the first line is the job title.

    >>> found = extract_skills("Analyste\\nProfil recherché :\\n- Maîtrise de SQL et Power BI\\n"
    ...                        "- Gestion de projets\\nAtouts :\\n- Python", "fr")
    >>> [(s.term, s.key, s.weight) for s in found]
    [('Power BI', 'power_bi', 1.0), ('SQL', 'lang_sql', 1.0), ('Gestion de projets', \
'project_management', 1.0), ('Python', 'lang_python', 0.5)]
    """
    lang = lang or detect(job_text)
    book = skills_playbook(lang)
    weights = {zone: book.weights[section] for zone, section in ZONE_SECTIONS.items()}
    found: dict[str, SkillTerm] = {}
    for term in extract_job_terms(job_text, lang, weights=weights):
        key = term.skill or skill_key(term.term, lang)
        section = ZONE_SECTIONS[term.zone]
        if key in found:  # a concept and a phrase can name the same skill
            old = found[key]
            found[key] = replace(old, count=old.count + term.occurrences)
            continue
        found[key] = SkillTerm(
            term=term.term,
            key=key,
            weight=book.weights[section],
            count=term.occurrences,
            section=section,
            kind=book.kinds.get(key, "phrase"),
            source="phrase" if key.startswith("phrase:") else "vocabulary",
        )
    position = {key: i for i, key in enumerate(found)}
    return sorted(found.values(), key=lambda t: (-t.weight, -t.count, position[t.key]))


def match_skills(
    text: str, skills: Sequence[SkillTerm | str], lang: Lang | None = None
) -> dict[str, int]:
    """How often each wanted skill appears in a text (a CV, a story), by skill key.

    Strings are read as skill names ("SQL", "gestion de projet"). Vocabulary skills match any
    of their variants in either language; phrases match their folded stems in sequence.

    >>> match_skills("J'ai piloté des projets en SQL.", ["SQL", "project management"], "fr")
    {'lang_sql': 1, 'project_management': 0}
    """
    lang = lang or detect(text)
    tokens = tokenize(text)
    in_text: dict[str, int] = {}
    for match in _vocabulary_matches(tokens, lang):
        in_text[match.key] = in_text.get(match.key, 0) + 1
    text_stems = _stem_tokens(tokens, lang)
    result: dict[str, int] = {}
    for skill in skills:
        key = skill.key if isinstance(skill, SkillTerm) else skill_key(skill, lang)
        if key.startswith("phrase:"):
            result[key] = _count_sequence(text_stems, tuple(key[len("phrase:") :].split()))
        else:
            result[key] = in_text.get(key, 0)
    return result


def skill_key(name: str, lang: Lang) -> str:
    """The key of a skill name: its vocabulary key, else "phrase:<folded stems>".

    >>> skill_key("Gestion de projet", "fr"), skill_key("Project management", "fr")
    ('project_management', 'project_management')
    """
    tokens = tokenize(name)
    matches = _vocabulary_matches(tokens, lang)
    if len(matches) == 1 and matches[0].end - matches[0].start == len(tokens):
        return matches[0].key
    return "phrase:" + " ".join(_stem_tokens(tokens, lang))


def label(key: str, lang: Lang) -> str:
    """A readable name for a skill key in `lang` (the first variant of the vocabulary)."""
    if key.startswith("phrase:"):
        return key[len("phrase:") :]
    return skills_playbook(lang).labels.get(key, key.replace("_", " "))


def _stem_tokens(tokens: Sequence[str], lang: Lang) -> list[str]:
    return stems(list(tokens), lang)


def _count_sequence(haystack: list[str], needle: tuple[str, ...]) -> int:
    if not needle:
        return 0
    size = len(needle)
    return sum(
        1 for i in range(len(haystack) - size + 1) if tuple(haystack[i : i + size]) == needle
    )
