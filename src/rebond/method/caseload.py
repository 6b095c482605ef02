"""A coach's caseload signals (X2): who needs help now, and why, from shared data only.

Pure rules on plain values; the coaching app feeds them only what the person shared (and this
module checks again: an unshared section raises no signal). The thresholds are the playbook's
`[caseload]` table (`playbook/rules/caseload.toml`); the words of each signal are the coaching
app's, built from the `Signal` values (kind, days, stage, count, moods, moment).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from rebond.method import playbook, stages

APPLICATIONS = "applications"
PLAN = "plan"
JOURNAL = "journal"

# name -> (lowest, highest) accepted in the playbook
BOUNDS: dict[str, tuple[int, int]] = {
    "fresh_rejection_days": (1, 90),
    "interview_within_days": (1, 60),
    "offer_days": (1, 90),
    "idle_days": (1, 365),
    "mood_window_days": (1, 90),
    "mood_drop": (1, 10),
    "interviews_days": (1, 60),
    "reminder_every_days": (1, 90),
    "page_size": (5, 500),
}


@dataclass(frozen=True)
class Thresholds:
    fresh_rejection_days: int = 7
    interview_within_days: int = 7
    offer_days: int = 14
    idle_days: int = 14
    mood_window_days: int = 14
    mood_drop: int = 3
    interviews_days: int = 14
    reminder_every_days: int = 7
    page_size: int = 50


def read_thresholds(table: Mapping[str, Any]) -> Thresholds:
    """The `[caseload]` table, checked: every number present and within its bounds.

    >>> read_thresholds({**{k: 7 for k in BOUNDS}, "page_size": 50}).idle_days
    7
    >>> read_thresholds({"idle_days": 0})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    rebond.method.playbook.PlaybookError: [caseload] fresh_rejection_days must be ... 1-90
    """
    values: dict[str, int] = {}
    for key, (low, high) in BOUNDS.items():
        value = table.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise playbook.PlaybookError(f"[caseload] {key} must be a whole number {low}-{high}")
        values[key] = value
    return Thresholds(**values)


@cache
def thresholds() -> Thresholds:
    """The playbook's numbers (`rules/caseload.toml`)."""
    return read_thresholds(playbook.rules().get("caseload", {}))


class Kind(enum.StrEnum):
    """Signal kinds, most pressing first (the default sort follows this order)."""

    REJECTION = "rejection"
    MOOD = "mood"
    INTERVIEW = "interview"
    OFFER = "offer"
    OVERDUE = "overdue"
    IDLE = "idle"
    SHARES_NOTHING = "shares_nothing"
    NOT_SIGNED_UP = "not_signed_up"


URGENCY = {kind: rank for rank, kind in enumerate(Kind)}


class SearchStage(enum.StrEnum):
    """Where the search stands, from the shared applications."""

    OFFER = "offer"
    INTERVIEWING = "interviewing"
    APPLYING = "applying"
    BETWEEN = "between"  # applications, all closed
    NOT_STARTED = "not_started"


@dataclass(frozen=True)
class Signal:
    kind: Kind
    days: int | None = None  # how long ago (or, for an interview, how soon), in whole days
    stage: str | None = None  # the stage reached by a rejected application
    count: int | None = None  # overdue actions
    moods: tuple[int, int] | None = None  # (first, latest) of the window
    at: datetime | None = None  # the moment of the event (interview, rejection, offer, …)


@dataclass(frozen=True)
class Facts:
    """What a coach may know of one person, section by section (None: nothing known)."""

    shared: frozenset[str] = frozenset()
    signed_up: bool = True
    invited_at: datetime | None = None
    shared_since: datetime | None = None
    last_activity: datetime | None = None
    rejected_at: datetime | None = None
    rejected_stage: str | None = None
    offer_at: datetime | None = None
    next_interview: datetime | None = None
    overdue: int = 0
    # (moment, mood 0-10) of the window, in any order
    moods: Sequence[tuple[datetime, int]] = field(default_factory=tuple)


def days_between(earlier: datetime, later: datetime) -> int:
    """Whole days from `earlier` to `later` (never negative).

    >>> from datetime import UTC
    >>> days_between(datetime(2026, 1, 1, 8, tzinfo=UTC), datetime(2026, 1, 3, 7, tzinfo=UTC))
    1
    """
    return max(0, (later - earlier) // timedelta(days=1))


def falling_mood(
    moods: Sequence[tuple[datetime, int]], now: datetime, rules: Thresholds
) -> tuple[int, int] | None:
    """(first, latest) when the latest check-in of the window is `mood_drop` points or more below
    the first; None otherwise (or with fewer than two check-ins).

    >>> from datetime import UTC
    >>> now = datetime(2026, 1, 10, tzinfo=UTC)
    >>> day = lambda d: datetime(2026, 1, d, tzinfo=UTC)
    >>> falling_mood([(day(2), 7), (day(5), 5), (day(9), 2)], now, Thresholds())
    (7, 2)
    >>> falling_mood([(day(2), 7), (day(9), 6)], now, Thresholds()) is None
    True
    """
    since = now - timedelta(days=rules.mood_window_days)
    window = sorted((at, mood) for at, mood in moods if since <= at <= now)
    if len(window) < 2:
        return None
    first, latest = window[0][1], window[-1][1]
    return (first, latest) if first - latest >= rules.mood_drop else None


def signals(facts: Facts, now: datetime, rules: Thresholds | None = None) -> tuple[Signal, ...]:
    """Every signal the facts raise, most pressing first.

    >>> from datetime import UTC
    >>> now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    >>> joined_today = Facts(shared=frozenset({"plan"}), shared_since=now - timedelta(hours=2))
    >>> signals(joined_today, now)
    ()
    >>> [s.kind.value for s in signals(Facts(), now)]
    ['shares_nothing']
    """
    rules = rules or thresholds()
    if not facts.signed_up:
        days = days_between(facts.invited_at, now) if facts.invited_at else None
        return (Signal(Kind.NOT_SIGNED_UP, days=days, at=facts.invited_at),)
    if not facts.shared:
        return (Signal(Kind.SHARES_NOTHING),)
    found: list[Signal] = []
    if APPLICATIONS in facts.shared:
        found += _application_signals(facts, now, rules)
    if JOURNAL in facts.shared and (moods := falling_mood(facts.moods, now, rules)):
        found.append(Signal(Kind.MOOD, moods=moods))
    if facts.overdue > 0 and facts.shared & {PLAN, JOURNAL}:
        found.append(Signal(Kind.OVERDUE, count=facts.overdue))
    since = facts.last_activity or facts.shared_since
    if since is not None and days_between(since, now) >= rules.idle_days:
        found.append(Signal(Kind.IDLE, days=days_between(since, now), at=facts.last_activity))
    return tuple(sorted(found, key=lambda s: URGENCY[s.kind]))


def _application_signals(facts: Facts, now: datetime, rules: Thresholds) -> list[Signal]:
    found = []
    rejected = facts.rejected_at
    if rejected is not None and now - rejected <= timedelta(days=rules.fresh_rejection_days):
        found.append(
            Signal(
                Kind.REJECTION,
                days=days_between(rejected, now),
                stage=facts.rejected_stage,
                at=rejected,
            )
        )
    soon = facts.next_interview
    if soon is not None and now <= soon <= now + timedelta(days=rules.interview_within_days):
        found.append(Signal(Kind.INTERVIEW, days=days_between(now, soon), at=soon))
    offer = facts.offer_at
    if offer is not None and now - offer <= timedelta(days=rules.offer_days):
        found.append(Signal(Kind.OFFER, days=days_between(offer, now), at=offer))
    return found


def urgency(found: Sequence[Signal]) -> int:
    """Sort key: the most pressing signal's rank; people without a signal come last."""
    return min((URGENCY[s.kind] for s in found), default=len(URGENCY))


def search_stage(by_stage: Mapping[str, int]) -> SearchStage:
    """Where the search stands, from the number of applications at each current stage.

    >>> search_stage({"applied": 3, "interview_1": 1, "rejected": 2}).value
    'interviewing'
    >>> search_stage({"rejected": 2}).value
    'between'
    >>> search_stage({}).value
    'not_started'
    """
    present = [s for s, n in by_stage.items() if n > 0]
    if stages.OFFER in present:
        return SearchStage.OFFER
    open_ranks = [stages.rank(s) for s in present if s not in stages.CLOSED]
    if any(r >= stages.rank(stages.INTERVIEW_1) for r in open_ranks):
        return SearchStage.INTERVIEWING
    if open_ranks:
        return SearchStage.APPLYING
    return SearchStage.BETWEEN if present else SearchStage.NOT_STARTED
