"""The feedback loop's part of a full export (docs/export.md). Embeddings are left out: they
are derived data, recomputed from the text; the SMTP password is never exported."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.feedback.models import Correction, FeedbackItem, Message, SmtpAccount, Statement

if TYPE_CHECKING:
    from rebond.accounts.models import User

ITEM_FIELDS = ["id", "application_id", "source_kind", "source_name", "received_on", "text",
               "set_aside", "created_at"]  # fmt: skip
STATEMENT_FIELDS = ["id", "item_id", "position", "text", "lang", "theme", "dimension",
                    "polarity", "nature", "cause", "corrected", "doubt", "group"]  # fmt: skip
CORRECTION_FIELDS = ["statement_id", "field", "old_value", "new_value", "created_at"]
MESSAGE_FIELDS = ["id", "application_id", "contact_id", "kind", "lang", "from_address",
                  "to_name", "to_address", "subject", "body", "status", "sent_via", "sent_at",
                  "created_at"]  # fmt: skip
SMTP_FIELDS = ["host", "port", "security", "username", "from_name", "from_address"]


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Section name → (column names, rows), each row a dict of plain values."""

    def rows(queryset: Any, fields: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
        return fields, list(queryset.values(*fields))

    return {
        "feedback_items": rows(FeedbackItem.objects.for_user(user).order_by("id"), ITEM_FIELDS),
        "feedback_statements": rows(
            Statement.objects.for_user(user).order_by("id"), STATEMENT_FIELDS
        ),
        "feedback_corrections": rows(
            Correction.objects.for_user(user).order_by("id"), CORRECTION_FIELDS
        ),
        "messages": rows(Message.objects.for_user(user).order_by("id"), MESSAGE_FIELDS),
        "smtp_account": rows(SmtpAccount.objects.for_user(user), SMTP_FIELDS),
    }
