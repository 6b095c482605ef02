"""The search tracker's part of a full export: plain rows, a stable schema (docs/export.md)."""

from __future__ import annotations

from typing import Any

from rebond.accounts.models import User
from rebond.jobs.models import Application, Company, Interview, Outcome, StageEvent

COMPANY_FIELDS = ["id", "name", "sector", "size", "website", "notes", "created_at"]
APPLICATION_FIELDS = [
    "id",
    "company_id",
    "role",
    "channel",
    "stage",
    "furthest_stage",
    "applied_on",
    "stage_changed_at",
    "job_url",
    "job_description",
    "sector",
    "company_size",
    "level",
    "location",
    "source",
    "notes",
    "created_at",
]
EVENT_FIELDS = ["application_id", "stage", "occurred_at", "note"]
INTERVIEW_FIELDS = [
    "id",
    "application_id",
    "round",
    "scheduled_at",
    "format",
    "interviewers",
    "questions",
    "notes",
]
OUTCOME_FIELDS = ["application_id", "result", "stage_reached", "decided_on", "reason", "message"]


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Section name → (column names, rows), each row a dict of plain values."""

    def rows(queryset: Any, fields: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
        return fields, list(queryset.values(*fields))

    return {
        "companies": rows(Company.objects.for_user(user).order_by("id"), COMPANY_FIELDS),
        "applications": rows(Application.objects.for_user(user).order_by("id"), APPLICATION_FIELDS),
        "stage_events": rows(StageEvent.objects.for_user(user).order_by("id"), EVENT_FIELDS),
        "interviews": rows(Interview.objects.for_user(user).order_by("id"), INTERVIEW_FIELDS),
        "outcomes": rows(Outcome.objects.for_user(user).order_by("id"), OUTCOME_FIELDS),
    }
