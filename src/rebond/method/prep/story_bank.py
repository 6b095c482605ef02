"""The story bank as a whole: its size, the themes it covers, the job's skills it proves (C7.1).

`coverage` crosses the skills a job description asks for with the stories: a story proves a
skill through its tags, through its text (the skills vocabulary, both languages, inflections
folded), or through a tag or title worded differently but close in meaning (sentence
embeddings; loaded only when that last step runs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rebond.method.prep.stories import StoryParts, check_story, find_phrases, seconds_window, table
from rebond.method.skills import SkillTerm, match_skills, skill_key
from rebond.method.skills.playbook import skills_playbook
from rebond.method.text.language import Lang, detect, fold

How = Literal["tag", "text", "similar"]


@dataclass(frozen=True)
class Proof:
    """Why a story proves a skill; `score` is the similarity for "similar", else 1.0."""

    how: How
    score: float


@dataclass(frozen=True)
class CoverageMatrix:
    """Skills (rows) x stories (columns); `cells[i][j]` is None when story j does not prove
    skill i. `gaps` are the labels of skills no story proves, most important first."""

    skill_keys: list[str]
    skills: list[str]
    stories: list[str]
    cells: list[list[Proof | None]]
    gaps: list[str]

    def proofs(self, skill: str) -> list[int]:
        """Indices of the stories that prove a skill (by key or label)."""
        row = self.skill_keys.index(skill) if skill in self.skill_keys else self.skills.index(skill)
        return [j for j, cell in enumerate(self.cells[row]) if cell is not None]


@dataclass(frozen=True)
class BankReport:
    count: int
    target: tuple[int, int]
    enough: bool
    too_many: bool
    themes: dict[str, list[int]]
    themes_without_story: list[str]
    skills_without_story: list[str]
    stories_to_rework: list[int]


def _title(story: StoryParts, index: int) -> str:
    return story.title.strip() or f"#{index + 1}"


def coverage(
    job_skills: Sequence[SkillTerm | str],
    stories: Sequence[StoryParts],
    lang: Lang | None = None,
    use_embeddings: bool = True,
) -> CoverageMatrix:
    """Which stories prove which of the job's skills, and the gaps.

    >>> s = [StoryParts(title="Migration", actions="J'ai piloté le projet en SQL.", tags=("SQL",))]
    >>> m = coverage(["SQL", "gestion de projet", "négociation"], s, "fr", use_embeddings=False)
    >>> [[c.how if c else None for c in row] for row in m.cells], m.gaps
    ([['tag'], [None], [None]], ['gestion de projet', 'négociation'])
    """
    texts = [story.text() for story in stories]
    lang = lang or detect(" ".join(texts) or " ".join(str(s) for s in job_skills))
    keys = [s.key if isinstance(s, SkillTerm) else skill_key(s, lang) for s in job_skills]
    names = [s.term if isinstance(s, SkillTerm) else s for s in job_skills]
    tag_keys = [{skill_key(tag, lang) for tag in story.tags} for story in stories]
    found_in_text = [match_skills(text, job_skills, lang) for text in texts]
    cells: list[list[Proof | None]] = [
        [
            Proof("tag", 1.0)
            if key in tag_keys[j]
            else Proof("text", 1.0)
            if found_in_text[j].get(key, 0) > 0
            else None
            for j in range(len(stories))
        ]
        for key in keys
    ]
    if use_embeddings and stories and keys:
        _fill_similar(cells, names, stories, lang)
    gaps = [names[i] for i, row in enumerate(cells) if not any(row)]
    return CoverageMatrix(keys, names, [_title(s, i) for i, s in enumerate(stories)], cells, gaps)


def _fill_similar(
    cells: list[list[Proof | None]], names: list[str], stories: Sequence[StoryParts], lang: Lang
) -> None:
    """Compare skill names with story tags and titles: short labels, where the encoder is
    reliable (whole sentences against a skill name score too low to tell apart)."""
    from rebond.method.learning.embeddings import cosine, encode

    labels = [
        (j, text) for j, s in enumerate(stories) for text in (*s.tags, s.title) if text.strip()
    ]
    if not labels:
        return
    threshold = skills_playbook(lang).similarity_threshold
    scores = cosine(encode(names), encode([text for _, text in labels]))
    for i, row in enumerate(cells):
        for column, (j, _) in enumerate(labels):
            score = float(scores[i, column])
            current = row[j]
            if score >= threshold and (
                current is None or (current.how == "similar" and score > current.score)
            ):
                row[j] = Proof("similar", round(score, 3))


def _theme_cues(lang: Lang) -> dict[str, tuple[str, ...]]:
    raw = table(lang, "story_bank").get("themes", {})
    return {theme: tuple(fold(c) for c in cues) for theme, cues in raw.items()}


def bank_report(
    stories: Sequence[StoryParts],
    lang: Lang | None = None,
    job_skills: Sequence[SkillTerm | str] = (),
    use_embeddings: bool = False,
) -> BankReport:
    """How the bank measures up: 6–8 stories, the usual interview themes, the job's skills.

    >>> r = bank_report([StoryParts(title="Conflit", actions="J'ai négocié un compromis.")], "fr")
    >>> r.count, r.enough, r.themes["conflit"], "leadership" in r.themes_without_story
    (1, False, [0], True)
    """
    texts = [f"{story.title} {' '.join(story.tags)} {story.text()}" for story in stories]
    lang = lang or detect(" ".join(texts))
    low, high = seconds_window(table(lang, "story_bank").get("target"), "[story_bank] target")
    themes = {
        theme: [j for j, text in enumerate(texts) if find_phrases(fold(text), cues)]
        for theme, cues in _theme_cues(lang).items()
    }
    matrix = coverage(job_skills, stories, lang, use_embeddings) if job_skills else None
    return BankReport(
        count=len(stories),
        target=(int(low), int(high)),
        enough=len(stories) >= low,
        too_many=len(stories) > high,
        themes=themes,
        themes_without_story=[theme for theme, found in themes.items() if not found],
        skills_without_story=matrix.gaps if matrix else [],
        stories_to_rework=[j for j, s in enumerate(stories) if not check_story(s, lang).ok],
    )


def readable_theme(theme: str) -> str:
    """ "travail_en_équipe" -> "travail en équipe"."""
    return re.sub(r"_+", " ", theme)
