"""Rules of the guided debrief that are not texts: where to resume, when the cool-down ends,
the earliest date an action may be due, and how the interview replay's marks add up (C2.1,
C2.4, C2.7). Plain values only; `now` and time zones are given by the caller.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from rebond.method import playbook
from rebond.method.safety import crisis_signal
from rebond.method.text.language import Lang

REPLAY_MARKS = ("too_long", "vague", "strong")


def resume_step(order: Sequence[str], done: Iterable[str], skipped: Iterable[str]) -> str | None:
    """The first step neither done nor skipped, in `order`; None when every step is settled.

    >>> resume_step(["checkin", "reset", "summary"], ["checkin"], ["reset"])
    'summary'
    >>> resume_step(["checkin"], ["checkin"], []) is None
    True
    """
    settled = set(done) | set(skipped)
    return next((key for key in order if key not in settled), None)


def cooldown_end(rejected_at: datetime, hours: int) -> datetime:
    """When the cool-down after a rejection is over (`hours` from the playbook, 24 by default).

    >>> from datetime import UTC
    >>> cooldown_end(datetime(2026, 3, 2, 9, 30, tzinfo=UTC), 24).isoformat()
    '2026-03-03T09:30:00+00:00'
    """
    if rejected_at.tzinfo is None:
        raise ValueError("rejected_at must be timezone-aware")
    return rejected_at + timedelta(hours=hours)


def earliest_due(cooldown_ends: datetime, tz: str) -> date:
    """The first day an action that follows the rejection may be due, in the person's zone.

    The day the cool-down ends counts: the action is due by the end of that day, after the
    cool-down is over.

    >>> from datetime import UTC
    >>> earliest_due(datetime(2026, 3, 2, 23, 30, tzinfo=UTC), "Europe/Paris").isoformat()
    '2026-03-03'
    """
    return cooldown_ends.astimezone(ZoneInfo(tz)).date()


def due_after_cooldown(requested: date | None, cooldown_ends: datetime, tz: str) -> date:
    """`requested`, moved to the cool-down's last day when it falls before it (or is missing).

    >>> from datetime import UTC
    >>> end = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    >>> due_after_cooldown(date(2026, 3, 2), end, "UTC").isoformat()
    '2026-03-03'
    >>> due_after_cooldown(date(2026, 3, 9), end, "UTC").isoformat()
    '2026-03-09'
    """
    first = earliest_due(cooldown_ends, tz)
    return first if requested is None or requested < first else requested


def in_cooldown(now: datetime, cooldown_ends: datetime) -> bool:
    return now < cooldown_ends


@dataclass(frozen=True)
class ReplayTally:
    """How many answers carry each mark, against the method's target (3 + 3 + 3)."""

    counts: dict[str, int]
    targets: dict[str, int]

    def missing(self, mark: str) -> int:
        return max(0, self.targets[mark] - self.counts.get(mark, 0))


def replay_tally(marks: Iterable[str], lang: Lang) -> ReplayTally:
    """Count the replay's marks; targets come from the playbook's `[debrief.replay]`.

    >>> replay_tally(["vague", "strong", "", "vague"], "en").counts
    {'too_long': 0, 'vague': 2, 'strong': 1}
    """
    replay = playbook.section(lang, "debrief")["replay"]
    targets = {
        "too_long": int(replay["too_long_count"]),
        "vague": int(replay["vague_count"]),
        "strong": int(replay["strengths_count"]),
    }
    seen = Counter(m for m in marks if m in REPLAY_MARKS)
    return ReplayTally(counts={m: seen.get(m, 0) for m in REPLAY_MARKS}, targets=targets)


def any_crisis(texts: Iterable[str | None]) -> bool:
    """True when any of the texts suggests self-harm (then no analysis is shown, only help).

    >>> any_crisis(["Facts: 3 interviews", None, "je veux en finir"])
    True
    """
    return any(crisis_signal(t) for t in texts if t)
