"""The concision drill (C7.3): a question, a 20–30 s first answer, then the expansion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from rebond.accounts.language import playbook_lang, text_lang
from rebond.jobs.models import Interview
from rebond.method.errors import ServiceError
from rebond.method.prep.questions import RejectionQuestion, question_bank
from rebond.method.prep.ritual import TimedStep
from rebond.method.speech.metrics import checks
from rebond.method.speech.spoken import estimate_seconds, has_figure
from rebond.method.text.language import Lang
from rebond.prep import sources
from rebond.prep.choices import QuestionSource
from rebond.prep.models import Drill

if TYPE_CHECKING:
    from rebond.accounts.models import User

PAST_QUESTIONS_LIMIT = 30


@dataclass(frozen=True)
class QuestionChoice:
    source: str
    text: str
    tip: str = ""


@dataclass(frozen=True)
class QuestionGroups:
    common: list[QuestionChoice]
    past: list[QuestionChoice]
    trouble: list[QuestionChoice]
    rejection: RejectionQuestion


@dataclass(frozen=True)
class DrillFigures:
    short_seconds: float
    long_seconds: float
    first_window: tuple[float, float]
    ceiling: float
    short_ok: bool | None
    long_ok: bool | None
    short_has_figure: bool
    long_has_figure: bool


def past_questions(user: User) -> list[str]:
    """Questions the person logged in the tracker's interviews, newest first, once each."""
    texts = (
        Interview.objects.for_user(user)
        .order_by("-scheduled_at")
        .values_list("questions", flat=True)
    )
    seen: dict[str, None] = {}
    for block in texts:
        for line in block.splitlines():
            line = line.strip(" -•*\t")
            if line and line.casefold() not in {k.casefold() for k in seen}:
                seen[line] = None
    return list(seen)[:PAST_QUESTIONS_LIMIT]


def question_groups(user: User, lang: Lang | None = None) -> QuestionGroups:
    book = question_bank(lang or playbook_lang())
    return QuestionGroups(
        common=[QuestionChoice(QuestionSource.COMMON, q.text, q.tip) for q in book.common],
        past=[QuestionChoice(QuestionSource.PAST, q) for q in past_questions(user)],
        trouble=[
            QuestionChoice(QuestionSource.TROUBLE, q) for q in sources.troubled_questions_for(user)
        ],
        rejection=book.rejection,
    )


def figures(short_answer: str, long_answer: str) -> DrillFigures:
    """Estimated spoken length of both answers against the playbook's targets."""
    lang = text_lang(f"{short_answer} {long_answer}")
    rules = checks(lang)
    low, high = rules.first_answer_seconds
    short = estimate_seconds(short_answer, lang)
    long = estimate_seconds(long_answer, lang)
    return DrillFigures(
        short_seconds=short,
        long_seconds=long,
        first_window=(low, high),
        ceiling=rules.answer_ceiling_seconds,
        short_ok=(low <= short <= high) if short_answer.strip() else None,
        long_ok=(long <= rules.answer_ceiling_seconds) if long_answer.strip() else None,
        short_has_figure=has_figure(short_answer),
        long_has_figure=has_figure(long_answer),
    )


def timer_steps(lang: Lang | None = None) -> list[TimedStep]:
    """The drill's clock: the first answer's upper bound, then the rest of the 90 s ceiling."""
    rules = checks(lang or playbook_lang())
    first = int(rules.first_answer_seconds[1])
    rest = max(0, int(rules.answer_ceiling_seconds) - first)
    return [
        TimedStep(first, _("First answer: the essential, with one figure.")),
        TimedStep(rest, _("Expansion: the story behind it, if they ask.")),
    ]


def save_drill(
    user: User, *, question: str, source: str = QuestionSource.COMMON, **answers: str
) -> Drill:
    if not question.strip():
        raise ServiceError("Choose or write a question.")
    unknown = set(answers) - {"short_answer", "long_answer"}
    if unknown:
        raise TypeError(f"Unknown drill fields: {', '.join(sorted(unknown))}")
    return Drill.objects.create(
        user=user, question=question.strip(), source=QuestionSource(source), **answers
    )


def recent(user: User, limit: int = 20) -> list[Drill]:
    return list(Drill.objects.for_user(user)[:limit])
