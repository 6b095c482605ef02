"""A coach's caseload signals (X2): who is stuck, who is away, who has something overdue.

Pure rules on plain values; the coaching app feeds them only data the person shared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

AWAY_AFTER = timedelta(days=14)
STUCK_AFTER = timedelta(days=21)


@dataclass(frozen=True)
class Signals:
    away: bool
    stuck: bool
    overdue: int

    @property
    def needs_attention(self) -> bool:
        return self.away or self.stuck or self.overdue > 0


def is_away(last_seen: datetime | None, joined: datetime, now: datetime) -> bool:
    """Not signed in for two weeks (never signed in counts from the day the account was made).

    >>> from datetime import UTC
    >>> is_away(None, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 20, tzinfo=UTC))
    True
    """
    return now - (last_seen or joined) >= AWAY_AFTER


def is_stuck(last_progress: datetime | None, open_applications: int, now: datetime) -> bool:
    """No application moved for three weeks while the search is under way (or nothing at all
    started): the moment a coach's call helps most."""
    if last_progress is None:
        return open_applications == 0
    return now - last_progress >= STUCK_AFTER


def signals(
    *,
    now: datetime,
    joined: datetime,
    last_seen: datetime | None,
    last_progress: datetime | None = None,
    open_applications: int = 0,
    progress_shared: bool = False,
    overdue: int = 0,
) -> Signals:
    """Signals from what is known; `stuck` only when the applications were shared."""
    return Signals(
        away=is_away(last_seen, joined, now),
        stuck=progress_shared and is_stuck(last_progress, open_applications, now),
        overdue=overdue,
    )
