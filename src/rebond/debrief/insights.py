"""What the insights dashboard reads from the debrief app (contract in insights/hooks.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from rebond.debrief.services.journal import mood_between

if TYPE_CHECKING:
    from rebond.accounts.models import User


def mood_series(user: User, since: date, until: date) -> list[tuple[date, float]]:
    """Mood (0 low – 10 high) per day between two dates, from the person's check-ins."""
    return mood_between(user, since, until)
