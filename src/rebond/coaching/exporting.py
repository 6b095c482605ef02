"""The coaching part of a person's export: what they share, with whom, who looked, the threads
on their items, the actions coaches proposed, (for a coach) their own private notes and when
they started a job search of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.coaching.models import AccessLog, Comment, Note, OwnSearch, Proposal, Share

if TYPE_CHECKING:
    from rebond.accounts.models import User

SHARE_FIELDS = ["coach", "section", "granted_at", "revoked_at"]
ACCESS_FIELDS = ["coach", "section", "sections", "purpose", "at"]
COMMENT_FIELDS = ["coach", "section", "item", "by_seeker", "text", "created_at", "edited_at"]
PROPOSAL_FIELDS = ["coach", "title", "axis", "due_on", "status", "created_at", "answered_at"]
# A coach's notes are theirs (`user` = the coach): in the coach's export, with the person's
# user name, never in the person's.
NOTE_FIELDS = ["person", "text", "created_at", "updated_at"]


def _name(value: Any) -> Any:
    return value.username if hasattr(value, "username") else value


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    def rows(queryset: Any, fields: list[str], related: str = "coach") -> list[dict[str, Any]]:
        return [
            {f: _name(getattr(row, f)) for f in fields}
            for row in queryset.for_user(user).select_related(related)
        ]

    return {
        "coaching_shares": (SHARE_FIELDS, rows(Share.objects, SHARE_FIELDS)),
        "coaching_access_log": (ACCESS_FIELDS, rows(AccessLog.objects, ACCESS_FIELDS)),
        "coaching_comments": (COMMENT_FIELDS, rows(Comment.objects, COMMENT_FIELDS)),
        "coaching_proposals": (PROPOSAL_FIELDS, rows(Proposal.objects, PROPOSAL_FIELDS)),
        "coaching_notes": (NOTE_FIELDS, rows(Note.objects, NOTE_FIELDS, related="person")),
        "coaching_own_search": (
            ["started_at"],
            [{"started_at": row.started_at} for row in OwnSearch.objects.for_user(user)],
        ),
    }
