"""Before each interview (C7.5): the checklist, the centring ritual, the one-page brief."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.utils import timezone

from rebond.accounts.language import playbook_lang
from rebond.jobs.models import Interview
from rebond.method.errors import ServiceError
from rebond.method.prep.questions import Question, RejectionQuestion, question_bank
from rebond.method.prep.ritual import TimedStep, centring_steps
from rebond.method.prep.story_bank import CoverageMatrix
from rebond.method.text.language import Lang
from rebond.prep import sources
from rebond.prep.choices import Material
from rebond.prep.models import InterviewChecklist
from rebond.prep.services.stories import coverage_for

if TYPE_CHECKING:
    from rebond.accounts.models import User

CHECKLIST_FIELDS = (
    "description_reread",
    "company_notes",
    "interviewer_notes",
    "hypothesis_1",
    "hypothesis_2",
    "hypothesis_3",
    "materials",
    "questions_to_ask",
    "rejection_answer",
)
# Interviews of the last day still count as upcoming: the brief is reread right before.
RECENT_GRACE = timedelta(hours=24)


@dataclass(frozen=True)
class Brief:
    interview: Interview
    checklist: InterviewChecklist
    steps: tuple[TimedStep, ...]
    to_ask: dict[str, tuple[Question, ...]]
    rejection: RejectionQuestion
    strengths: list[str]
    assets: list[str]
    coverage: CoverageMatrix | None
    done: int
    total: int


def upcoming(user: User, now: datetime | None = None) -> QuerySet[Interview]:
    since = (now or timezone.now()) - RECENT_GRACE
    return (
        Interview.objects.for_user(user)
        .filter(scheduled_at__gte=since)
        .select_related("application__company", "checklist")
        .order_by("scheduled_at")
    )


def checklist_for(interview: Interview) -> InterviewChecklist:
    found, _ = InterviewChecklist.objects.get_or_create(interview=interview)
    return found


def update_checklist(checklist: InterviewChecklist, **fields: Any) -> InterviewChecklist:
    unknown = set(fields) - set(CHECKLIST_FIELDS)
    if unknown:
        raise TypeError(f"Unknown checklist fields: {', '.join(sorted(unknown))}")
    if "questions_to_ask" in fields:
        known = {
            q.id for lang in ("fr", "en") for qs in question_bank(lang).to_ask.values() for q in qs
        }
        unknown_ids = set(fields["questions_to_ask"]) - known
        if unknown_ids:
            raise ServiceError(f"Unknown questions: {', '.join(sorted(unknown_ids))}")
    if "materials" in fields:
        fields["materials"] = [Material(m).value for m in fields["materials"]]
    for name, value in fields.items():
        setattr(checklist, name, value)
    checklist.save()
    return checklist


def mark_ritual_done(checklist: InterviewChecklist, at: datetime | None = None) -> None:
    checklist.ritual_done_at = at or timezone.now()
    checklist.save(update_fields=["ritual_done_at", "updated_at"])


def progress(checklist: InterviewChecklist) -> tuple[int, int]:
    """Items done out of the checklist's items (materials count as one each)."""
    items = [
        checklist.description_reread,
        bool(checklist.company_notes.strip()),
        bool(checklist.interviewer_notes.strip()),
        len(checklist.hypotheses) >= 3,
        len(checklist.questions_to_ask) >= 2,
        bool(checklist.rejection_answer.strip()),
        checklist.ritual_done_at is not None,
        *(m.value in checklist.materials for m in Material),
    ]
    return sum(items), len(items)


def brief(
    user: User, interview: Interview, lang: Lang | None = None, use_embeddings: bool = True
) -> Brief:
    """Everything the checklist page and the printable brief show for one interview."""
    lang = lang or playbook_lang()
    checklist = checklist_for(interview)
    description = interview.application.job_description
    bank = question_bank(lang)
    done, total = progress(checklist)
    return Brief(
        interview=interview,
        checklist=checklist,
        steps=centring_steps(lang),
        to_ask=bank.to_ask,
        rejection=bank.rejection,
        strengths=sources.strengths_for(user),
        assets=sources.assets_for(user),
        coverage=coverage_for(user, description, use_embeddings) if description.strip() else None,
        done=done,
        total=total,
    )
