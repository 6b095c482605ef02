"""One agenda of everything due (C5.5), sorted in the person's local day.

The rules that produce due items live in `agenda_rules` (after a rejection, network) and
`agenda_reviews` (reviews, milestones, daily timebox); this module holds the item type and
the sorting into overdue / today / upcoming.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from rebond.method.agenda.local_time import local_date, to_utc


@dataclass(frozen=True)
class DueItem:
    """Something to do from `due_at` (UTC), ideally before `window_end` (UTC) when set.

    `title_key` names the translated title in the playbook's `[timings.titles]`;
    `reference` is the caller's own identifier (an application or contact id), passed
    through untouched.
    """

    kind: str
    due_at: datetime
    window_end: datetime | None
    title_key: str
    reference: str | None = None

    def __post_init__(self) -> None:
        to_utc(self.due_at, "due_at")
        if self.window_end is not None and to_utc(self.window_end, "window_end") < self.due_at:
            raise ValueError("window_end must not be before due_at")


@dataclass(frozen=True)
class Agenda:
    """Items whose deadline has passed, items to do today, and later ones; each by due time."""

    overdue: tuple[DueItem, ...]
    today: tuple[DueItem, ...]
    upcoming: tuple[DueItem, ...]


def is_overdue(item: DueItem, now: datetime, tz: str) -> bool:
    """Past its deadline: the window has closed, or (without a window) its local day is over.

    An item whose window is still open is not overdue even if its start was days ago: it
    can still be done on time.
    """
    if item.window_end is not None:
        return item.window_end <= to_utc(now, "now")
    return local_date(item.due_at, tz) < local_date(now, tz)


def agenda(
    items: Iterable[DueItem], now: datetime, tz: str, horizon_days: int | None = None
) -> Agenda:
    """Sort due items into overdue / today / upcoming, using the person's local calendar day.

    Today holds what can be done now: due on or before today's local date and not overdue.
    Upcoming holds items due on a later local day, up to `horizon_days` ahead when given.
    Each group is ordered by due time, then title key.

    >>> from datetime import UTC
    >>> now = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    >>> late = DueItem("follow_up", datetime(2026, 3, 2, 8, tzinfo=UTC),
    ...                datetime(2026, 3, 6, 8, tzinfo=UTC), "follow_up")
    >>> soon = DueItem("weekly_review", datetime(2026, 3, 13, 8, tzinfo=UTC), None,
    ...                "weekly_review")
    >>> a = agenda([soon, late], now, "Europe/Paris")
    >>> [i.kind for i in a.overdue], a.today, [i.kind for i in a.upcoming]
    (['follow_up'], (), ['weekly_review'])
    """
    today = local_date(now, tz)
    last_day = today + timedelta(days=horizon_days) if horizon_days is not None else None
    overdue, current, upcoming = [], [], []
    for item in sorted(items, key=lambda i: (i.due_at, i.title_key, i.reference or "")):
        day = local_date(item.due_at, tz)
        if is_overdue(item, now, tz):
            overdue.append(item)
        elif day <= today:
            current.append(item)
        elif last_day is None or day <= last_day:
            upcoming.append(item)
    return Agenda(tuple(overdue), tuple(current), tuple(upcoming))
