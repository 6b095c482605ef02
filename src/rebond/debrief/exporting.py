"""The debrief and journal's part of the full export (X3). Texts are exported decrypted: the
export is the person's own copy of what they wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.debrief.models import (
    Asset,
    Attribution,
    Cause,
    CheckIn,
    Debrief,
    ReplayAnswer,
    SupportPerson,
    ThoughtRecord,
    Win,
)

if TYPE_CHECKING:
    from rebond.accounts.models import User

COLUMNS: dict[str, tuple[Any, list[str]]] = {
    "debriefs": (
        Debrief,
        ["id", "application_id", "started_at", "rejected_at", "finished_at", "done_steps",
         "skipped_steps", "breathing_done", "reset_emotion", "reset_fact", "reset_intention",
         "facts", "interpretations", "tests", "lessons"],
    ),
    "debrief_causes": (Cause, ["id", "debrief_id", "text", "control", "nature"]),
    "debrief_replay": (
        ReplayAnswer,
        ["id", "debrief_id", "position", "question", "hesitation", "reaction", "mark",
         "short_version", "long_version"],
    ),
    "checkins": (
        CheckIn,
        ["id", "debrief_id", "at", "mood", "emotion", "emotion_words", "intensity",
         "body_signal", "soothing_action"],
    ),
    "thought_records": (
        ThoughtRecord,
        ["id", "created_at", "situation", "thought", "emotion", "intensity_before", "distortions",
         "evidence_for", "evidence_against", "reformulation", "intensity_after"],
    ),
    "assets": (Asset, ["id", "kind", "text", "created_at"]),
    "attributions": (Attribution, ["id", "created_at", "outcome", "effort", "strategy", "context"]),
    "wins": (Win, ["id", "day", "text", "created_at"]),
    "support_people": (SupportPerson, ["id", "name", "role", "effect", "note"]),
}  # fmt: skip
# Lists are joined so a CSV cell stays readable.
LISTS = {"done_steps", "skipped_steps", "distortions"}


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    found = {}
    for name, (model, columns) in COLUMNS.items():
        rows = list(model.objects.for_user(user).order_by("id").values(*columns))
        for row in rows:
            for key in LISTS.intersection(row):
                row[key] = " ".join(row[key] or [])
        found[name] = (columns, rows)
    return found
