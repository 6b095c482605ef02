"""The coaching part of a person's export: what they share, with whom, who looked, comments."""

from __future__ import annotations

from typing import Any

from rebond.coaching.models import AccessLog, Comment, Share

SHARE_FIELDS = ["coach", "section", "granted_at", "revoked_at"]
ACCESS_FIELDS = ["coach", "section", "sections", "purpose", "at"]
COMMENT_FIELDS = ["coach", "section", "item", "text", "created_at"]


def sections(user: Any) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    def rows(queryset: Any, fields: list[str]) -> list[dict[str, Any]]:
        return [
            {f: (row.coach.username if f == "coach" else getattr(row, f)) for f in fields}
            for row in queryset.for_user(user).select_related("coach")
        ]

    return {
        "coaching_shares": (SHARE_FIELDS, rows(Share.objects, SHARE_FIELDS)),
        "coaching_access_log": (ACCESS_FIELDS, rows(AccessLog.objects, ACCESS_FIELDS)),
        "coaching_comments": (COMMENT_FIELDS, rows(Comment.objects, COMMENT_FIELDS)),
    }
