"""What preparation reads from the apps built alongside it (feedback, debrief).

Those apps may not offer these services yet: each reader returns [] until they do, so the
checklist shows an honest empty state rather than invented content.
"""

from __future__ import annotations

from typing import Any


def strengths_for(user: Any) -> list[str]:
    """Strengths recruiters praised (C3.5), to reread before an interview."""
    try:
        from rebond.feedback.services import strengths_for as read
    except ImportError:
        return []
    return [str(item) for item in read(user)]


def assets_for(user: Any) -> list[str]:
    """The person's assets list (C4.2): skills, projects, results."""
    try:
        from rebond.debrief.services import assets_for as read
    except ImportError:
        return []
    return [str(item) for item in read(user)]


def troubled_questions_for(user: Any) -> list[str]:
    """Questions marked as hard during an interview replay (C2.7)."""
    try:
        from rebond.debrief.services import troubled_questions_for as read
    except ImportError:
        return []
    return [str(item) for item in read(user)]
