"""Skills and keywords a job description asks for, in French and English (C7.1, C8.3).

Two sources: the playbook's skills vocabulary (a few hundred skills, tools and soft skills,
with a key shared across languages so "gestion de projet" = "project management"), and short
noun phrases read from requirement lines ("Bonne connaissance des marchés financiers").
Each mention is weighted by the part of the posting it sits in: requirements weigh more than
nice-to-haves, which weigh more than the company blurb. Inflections and accents are folded
(Snowball stems), multi-word terms and acronyms ("CI/CD", "Power BI", "C++") are kept whole.

The CV keyword check reuses `extract_skills` on the posting and `match_skills` on the CV.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rebond.method.language import Lang, detect, fold, stems
from rebond.method.skills_playbook import SkillsPlaybook, skills_playbook
from rebond.method.stories import phrase_pattern

Section = str  # "requirements" | "missions" | "nice_to_have" | "other" | "company"

# Words, acronyms with inner symbols (C++, C#, Node.js, L&D), elided articles ("d'", "l'") as
# their own token, and "/" as a token so "CI/CD" and "SQL/NoSQL" read as in the vocabulary.
_TOKEN = re.compile(r"[^\W\d_]{1,3}'|\.?[^\W_](?:[\w+#&-]*[\w+#])?(?:\.[^\W_][\w+#]*)*|/")
_BULLET = re.compile(r"^\s*(?:[-–—*•·▪►✓>]|\d+[.)])\s*")
_CLAUSE = re.compile(r"[,;:()\[\]!?]|\.(?:\s|$)")


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


@dataclass(frozen=True)
class _Match:
    key: str
    surface: str
    start: int
    end: int


def tokenize(text: str) -> list[str]:
    """Tokens as the skills reader sees them.

    >>> tokenize("Maîtrise de CI/CD, C++ et Node.js.")
    ['Maîtrise', 'de', 'CI', '/', 'CD', 'C++', 'et', 'Node.js']
    """
    return _TOKEN.findall(text.replace("’", "'"))


def extract_skills(job_text: str, lang: Lang | None = None) -> list[SkillTerm]:
    """Skills a job description asks for, most important first.

    >>> found = extract_skills("Profil recherché :\\n- Maîtrise de SQL et Power BI\\n"
    ...                        "- Gestion de projets\\nAtouts :\\n- Python", "fr")
    >>> [(s.term, s.key, s.weight) for s in found]
    [('SQL', 'lang_sql', 1.0), ('Power BI', 'power_bi', 1.0), ('Gestion de projets', \
'project_management', 1.0), ('Python', 'lang_python', 0.5)]
    """
    lang = lang or detect(job_text)
    book = skills_playbook(lang)
    found: dict[str, dict[str, object]] = {}
    order: list[str] = []
    section: Section = "other"
    for line in job_text.replace("\r\n", "\n").split("\n"):
        heading = _heading(line, book)
        if heading is not None:
            section = heading
            line = _after_heading(line)
            if not line:
                continue
        folded_line = fold(line)
        where = section
        if section != "company" and phrase_pattern(book.nice_cues).search(folded_line):
            where = "nice_to_have"
        weight = book.weights[where]
        tokens = tokenize(_BULLET.sub("", line))
        matches = _vocabulary_matches(tokens, lang)
        mentions = [(m.key, m.surface, "vocabulary") for m in matches]
        if where in ("requirements", "nice_to_have"):  # mission lines are mostly verbs
            covered = {i for m in matches for i in range(m.start, m.end)}
            mentions += [(k, s, "phrase") for k, s in _phrases(line, covered, lang, book)]
        for key, surface, source in mentions:
            entry = found.get(key)
            if entry is None:
                order.append(key)
                found[key] = {
                    "term": surface,
                    "weight": weight,
                    "count": 1,
                    "section": where,
                    "source": source,
                }
                continue
            entry["count"] = int(str(entry["count"])) + 1
            if weight > float(str(entry["weight"])):
                entry["weight"], entry["section"] = weight, where
    terms = [
        SkillTerm(
            term=str(e["term"]),
            key=key,
            weight=float(str(e["weight"])),
            count=int(str(e["count"])),
            section=str(e["section"]),
            kind=book.kinds.get(key, "phrase"),
            source=str(e["source"]),
        )
        for key, e in found.items()
    ]
    position = {key: i for i, key in enumerate(order)}
    return sorted(terms, key=lambda t: (-t.weight, -t.count, position[t.key]))


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


def _heading(line: str, book: SkillsPlaybook) -> Section | None:
    """The section a heading line opens: the cue alone, before a colon, or slightly extended.

    Bullet lines are content, never headings ("- Experience with Kafka").
    """
    if _BULLET.match(line):
        return None
    text = fold(line).strip(" #*_!?\t")
    head = text.split(":")[0].strip(" #*_") if ":" in text else text.rstrip(" :")
    head = head.split(" (")[0].strip()
    for section, cues in book.sections.items():
        if head in cues:
            return section
    # "À propos de nous", "Nice to have (bonus)": a cue of two words or more, then at most
    # two more. A one-word cue must stand alone ("Experience with Kafka" is content).
    words = head.split()
    for section, cues in book.sections.items():
        for cue in cues:
            size = len(cue.split())
            if size >= 2 and len(words) <= size + 2 and head.startswith(cue + " "):
                return section
    return None


def _after_heading(line: str) -> str:
    # "Stack : Python, Django" keeps what follows the colon of a heading.
    return line.split(":", 1)[1].strip() if ":" in line else ""


def _stem_tokens(tokens: Sequence[str], lang: Lang) -> list[str]:
    return stems(list(tokens), lang)


@cache
def _index(lang: Lang) -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """First token -> [(variant tokens, key, case_sensitive)], longest variants first."""
    book = skills_playbook(lang)
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for key, variant, exact in book.variants:
        tokens = tuple(tokenize(variant))
        if not tokens:
            continue
        seq = tokens if exact else tuple(_stem_tokens(tokens, lang))
        index.setdefault(seq[0], []).append((seq, key, exact))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


def _vocabulary_matches(tokens: list[str], lang: Lang) -> list[_Match]:
    index = _index(lang)
    stemmed = _stem_tokens(tokens, lang)
    found: list[_Match] = []
    i = 0
    while i < len(tokens):
        best: tuple[int, str] | None = None
        for candidates in (index.get(tokens[i], []), index.get(stemmed[i], [])):
            for seq, key, exact in candidates:
                size = len(seq)
                window = tokens[i : i + size] if exact else stemmed[i : i + size]
                if tuple(window) == seq and (best is None or size > best[0]):
                    best = (size, key)
        if best is None:
            i += 1
            continue
        size, key = best
        found.append(_Match(key, _surface(tokens[i : i + size]), i, i + size))
        i += size
    return found


def _surface(tokens: Sequence[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s*/\s*", "/", re.sub(r"(\b\w{1,3}') ", r"\1", text))


def _count_sequence(haystack: list[str], needle: tuple[str, ...]) -> int:
    if not needle:
        return 0
    size = len(needle)
    return sum(
        1 for i in range(len(haystack) - size + 1) if tuple(haystack[i : i + size]) == needle
    )


def _phrases(
    line: str, covered: set[int], lang: Lang, book: SkillsPlaybook
) -> list[tuple[str, str]]:
    """Short noun phrases of a requirement line that the vocabulary did not already name."""
    found = []
    body = _BULLET.sub("", line)
    for clause in _CLAUSE.split(body):
        clause = " ".join(_strip_lead_ins(tokenize(clause), book))
        for chunk in _split_separators(clause, book):
            words = _strip_lead_ins(tokenize(chunk), book)
            if not 1 <= len(words) <= 4 or any(fold(w) in book.not_skills for w in words):
                continue
            if all(w[:1].isdigit() for w in words) or len(" ".join(words)) < 2:
                continue
            folded = [fold(w) for w in words]
            if _vocabulary_matches(words, lang) or all(w in book.stopwords for w in folded):
                continue
            key = "phrase:" + " ".join(_stem_tokens(words, lang))
            found.append((key, _surface(words)))
    return found


def _split_separators(clause: str, book: SkillsPlaybook) -> list[str]:
    pattern = r"\s(?:" + "|".join(re.escape(s) for s in book.separators) + r")\s"
    return [part.strip() for part in re.split(pattern, f" {clause} ", flags=re.I) if part.strip()]


def _strip_lead_ins(words: list[str], book: SkillsPlaybook) -> list[str]:
    changed = True
    while changed and words:
        changed = False
        for size in (4, 3, 2, 1):
            head = fold(" ".join(words[:size]))
            if len(words) >= size and head in book.lead_ins:
                words, changed = words[size:], True
                break
    return words
