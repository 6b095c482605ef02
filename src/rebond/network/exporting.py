"""The network's part of a full export (X3): plain rows, a stable schema (docs/network.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet

from rebond.network.models import (
    CompanyKeepWarm,
    Contact,
    Contribution,
    InfoInterview,
    Interaction,
    Target,
)

if TYPE_CHECKING:
    from rebond.accounts.models import User

CONTACT_FIELDS = [
    "id", "first_name", "last_name", "kind", "company_name", "role", "how_met", "email",
    "other_emails", "phone", "profile_url", "tags", "notes", "keep_warm", "cadence_months",
    "interview_id", "last_interaction_at", "due_at", "connected_on", "created_at",
]  # fmt: skip
INTERACTION_FIELDS = [
    "id", "contact_id", "occurred_at", "channel", "summary", "next_step", "i_gave", "they_gave",
]  # fmt: skip
CONTRIBUTION_FIELDS = ["id", "contact_id", "kind", "description", "given_on"]
INFO_FIELDS = [
    "id", "contact_id", "goal", "topic", "scheduled_at", "questions", "notes", "key_points",
    "next_step", "status", "held_at", "thanks_sent_at", "follow_up_on", "followed_up_at",
]  # fmt: skip
TARGET_FIELDS = ["id", "kind", "name", "company_name", "contact_id", "next_step", "done"]
PLAN_FIELDS = [
    "id", "application_id", "contact_id", "connected_at", "gap_closed_at", "gap_evidence",
]  # fmt: skip


def sections(user: User) -> dict[str, tuple[list[str], QuerySet[Any, dict[str, Any]]]]:
    """Section name → (column names, rows), each row a dict of plain values."""

    def rows(model: Any, fields: list[str]) -> tuple[list[str], QuerySet[Any, dict[str, Any]]]:
        # A query, not a list: the export reads it in chunks (100,000 contacts happen).
        return fields, model.objects.for_user(user).order_by("id").values(*fields)

    return {
        "contacts": rows(Contact, CONTACT_FIELDS),
        "interactions": rows(Interaction, INTERACTION_FIELDS),
        "contributions": rows(Contribution, CONTRIBUTION_FIELDS),
        "info_interviews": rows(InfoInterview, INFO_FIELDS),
        "network_targets": rows(Target, TARGET_FIELDS),
        "company_keep_warm": rows(CompanyKeepWarm, PLAN_FIELDS),
    }
