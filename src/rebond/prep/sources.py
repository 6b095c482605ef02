"""What preparation reads from the apps built alongside it (feedback, debrief).

Each is a question those apps answer through `AppConfig.insight_hooks()` (rebond/insights/
hooks.py); while no installed app answers, the reader returns [] and the checklist shows an
honest empty state rather than invented content.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rebond.insights import hooks

if TYPE_CHECKING:
    from rebond.accounts.models import User


def strengths_for(user: User) -> list[str]:
    """Strengths recruiters praised (C3.5), to reread before an interview."""
    return [str(item) for item in hooks.call("strengths", user) or []]


def assets_for(user: User) -> list[str]:
    """The person's assets list (C4.2): skills, projects, results."""
    return [str(item) for item in hooks.call("assets", user) or []]


def troubled_questions_for(user: User) -> list[str]:
    """Questions marked as hard during an interview replay (C2.7)."""
    return [str(item) for item in hooks.call("troubled_questions", user) or []]
