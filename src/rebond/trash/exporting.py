"""The bin's part of a full export: what the person deleted and the bin still keeps."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.trash.models import BinEntry

if TYPE_CHECKING:
    from rebond.accounts.models import User

FIELDS = ["id", "kind", "label", "deleted_at", "expires_at", "rows"]


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    rows = [
        {
            "id": entry.pk,
            "kind": entry.kind,
            "label": entry.label,
            "deleted_at": entry.deleted_at,
            "expires_at": entry.expires_at,
            "rows": entry.payload,  # Django's JSON serialization of the deleted rows
        }
        for entry in BinEntry.objects.for_user(user).order_by("id")
    ]
    return {"bin": (FIELDS, rows)}
