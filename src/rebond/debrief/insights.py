"""What the insights dashboard reads from the debrief app (contract in insights/hooks.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from rebond.debrief.services.journal import mood_between


def mood_series(user: Any, since: date, until: date) -> list[tuple[date, float]]:
    """Mood (0 low – 10 high) per day between two dates, from the person's check-ins."""
    return mood_between(user, since, until)
