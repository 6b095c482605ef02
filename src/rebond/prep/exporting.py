"""Interview preparation's part of a full export (X3): plain rows, stable columns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.prep.models import Drill, InterviewChecklist, MockSession, PitchVersion, Story

if TYPE_CHECKING:
    from rebond.accounts.models import User

STORY_FIELDS = [
    "id",
    "title",
    "situation",
    "task",
    "actions",
    "result",
    "learnings",
    "transfer",
    "tags",
    "created_at",
    "updated_at",
]
PITCH_FIELDS = ["id", "kind", "label", "text", "created_at"]
DRILL_FIELDS = ["id", "source", "question", "short_answer", "long_answer", "created_at"]
SESSION_FIELDS = [
    "id",
    "title",
    "held_at",
    "interviewer",
    "source_format",
    "transcript",
    "metrics",
    "warnings",
    "recording",
    "created_at",
]
CHECKLIST_FIELDS = [
    "interview_id", "description_reread", "company_notes", "interviewer_notes", "hypothesis_1",
    "hypothesis_2", "hypothesis_3", "materials", "questions_to_ask", "rejection_answer",
    "ritual_done_at", "updated_at",
]  # fmt: skip


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    def rows(queryset: Any, fields: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
        return fields, list(queryset.order_by("pk").values(*fields))

    return {
        "stories": rows(Story.objects.for_user(user), STORY_FIELDS),
        "pitch_versions": rows(PitchVersion.objects.for_user(user), PITCH_FIELDS),
        "drills": rows(Drill.objects.for_user(user), DRILL_FIELDS),
        "mock_sessions": rows(MockSession.objects.for_user(user), SESSION_FIELDS),
        "interview_checklists": rows(InterviewChecklist.objects.for_user(user), CHECKLIST_FIELDS),
    }
