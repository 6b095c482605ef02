"""The STAR+ story bank (C7.1): stories, their checks, the bank report and skill coverage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import transaction

from rebond.accounts.language import text_lang
from rebond.method.errors import ServiceError
from rebond.method.prep.stories import PARTS, StoryCheck, StoryParts, check_story
from rebond.method.prep.story_bank import (
    BankReport,
    CoverageMatrix,
    bank_report,
    coverage,
    readable_theme,
)
from rebond.method.skills import extract_skills
from rebond.method.text.language import Lang, fold
from rebond.prep.models import Story

if TYPE_CHECKING:
    from rebond.accounts.models import User

STORY_FIELDS = ("title", *PARTS, "tags")


@dataclass(frozen=True)
class CheckedStory:
    story: Story
    check: StoryCheck
    lang: Lang

    @property
    def vague_as_written(self) -> list[str]:
        return [
            as_written(getattr(self.story, v.part), v.expression) for v in self.check.vague_verbs
        ]

    @property
    def parts(self) -> list[tuple[str, str, float]]:
        """(part, text, estimated seconds) in telling order."""
        return [
            (part, getattr(self.story, part), self.check.seconds_per_part.get(part, 0.0))
            for part in PARTS
        ]


@dataclass(frozen=True)
class Bank:
    stories: list[CheckedStory]
    report: BankReport
    lang: Lang

    @property
    def missing_count(self) -> int:
        """How many stories to add to reach the low end of the 6–8 target."""
        return max(0, self.report.target[0] - self.report.count)

    @property
    def themes_without_story(self) -> list[str]:
        return [readable_theme(t) for t in self.report.themes_without_story]


def as_written(text: str, expression: str) -> str:
    """The words of `text` that the folded `expression` came from ("j'ai aide" -> "J'ai aidé")."""
    folded = fold(text)
    start = folded.find(expression) if len(folded) == len(text) else -1
    return text[start : start + len(expression)] if start >= 0 else expression


def parts_of(story: Story) -> StoryParts:
    return StoryParts(
        **{part: getattr(story, part) for part in PARTS},
        title=story.title,
        tags=tuple(story.tag_list),
    )


def _check_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(STORY_FIELDS)
    if unknown:
        raise TypeError(f"Unknown story fields: {', '.join(sorted(unknown))}")


def create_story(user: User, **fields: Any) -> Story:
    _check_fields(fields)
    if not str(fields.get("title", "")).strip():
        raise ServiceError("A story needs a title.")
    return Story.objects.create(user=user, **fields)


@transaction.atomic
def update_story(story: Story, **fields: Any) -> Story:
    _check_fields(fields)
    for name, value in fields.items():
        setattr(story, name, value)
    story.save()
    return story


def checked(story: Story, lang: Lang | None = None) -> CheckedStory:
    parts = parts_of(story)
    lang = lang or text_lang(parts.text() or story.title)
    return CheckedStory(story, check_story(parts, lang), lang)


def bank(user: User) -> Bank:
    """All of the person's stories with their checks, and how the bank measures up."""
    stories = list(Story.objects.for_user(user))
    lang = text_lang(" ".join(parts_of(s).text() for s in stories)[:4000])
    report = bank_report([parts_of(s) for s in stories], lang)
    return Bank([checked(s, lang) for s in stories], report, lang)


def coverage_for(user: User, job_description: str, use_embeddings: bool = True) -> CoverageMatrix:
    """The job's skills (read from its description) x the stories that prove them."""
    stories = [parts_of(s) for s in Story.objects.for_user(user)]
    lang = text_lang(job_description[:4000])
    skills = extract_skills(job_description, lang)
    return coverage(skills, stories, lang, use_embeddings=use_embeddings)


def lint(user: User) -> dict[str, Any]:
    """The bank as plain values, for the CLI and the API."""
    found = bank(user)
    return {
        "lang": found.lang,
        "count": found.report.count,
        "target": list(found.report.target),
        "missing": found.missing_count,
        "themes_without_story": found.themes_without_story,
        "stories": [
            {
                "id": item.story.pk,
                "title": item.story.title,
                "ok": item.check.ok,
                "missing_parts": item.check.missing,
                "result_has_figure": item.check.result_has_figure,
                "vague_verbs": [v.expression for v in item.check.vague_verbs],
                "total_seconds": item.check.total_seconds,
                "window_seconds": list(item.check.window_seconds),
            }
            for item in found.stories
        ],
    }
