"""One agenda, many sources (C5.5, C9.1).

Each app that knows of something due contributes its sources through its `AppConfig`
(`rebond.web.contributions`):

    class MyAppConfig(AppConfig):
        def agenda_sources(self):
            from rebond.myapp.agenda import due_items  # imported when the agenda is read

            return (due_items,)  # due_items(user, now, tz) -> list[...]

Importing inside the method keeps heavy modules (numpy, the language models' code) out of
start-up: every command and every process loads the app registry, few of them read the agenda.

A source returns `AgendaEntry` rows, or the method's `DueItem`s (their title comes from the
playbook's `[timings.titles]`). Sorting into overdue / today / upcoming is the method's rule
(`rebond.method.agenda.agenda`), applied in the person's time zone.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from rebond.accounts.language import playbook_lang
from rebond.method.agenda import DueItem
from rebond.method.agenda import agenda as sort_agenda
from rebond.method.agenda.timings import title as playbook_title
from rebond.method.text.language import Lang
from rebond.web import contributions
from rebond.web.contributions import AgendaSource

if TYPE_CHECKING:
    from rebond.accounts.models import User


@dataclass(frozen=True)
class AgendaEntry:
    """Something due, ready to show: `uid` is stable across runs (calendar apps key on it).

    `minutes` is how long the calendar event lasts; `recurrence` an iCalendar RRULE value
    ("FREQ=DAILY") for things that repeat; `window_end` when it should be done by.
    """

    kind: str
    title: str
    due_at: datetime
    uid: str
    source: str
    url: str = ""
    window_end: datetime | None = None
    minutes: int = 30
    recurrence: str = ""
    detail: str = ""


Provider = AgendaSource
T = TypeVar("T")


def providers() -> tuple[Provider, ...]:
    """Every installed app's agenda sources, in `INSTALLED_APPS` order."""
    return tuple(contributions.agenda_sources())


# What was read in the current `shared_reads()` block, by key; None outside one.
_SHARED: ContextVar[dict[Hashable, Any] | None] = ContextVar("rebond_shared_reads", default=None)


@contextmanager
def shared_reads() -> Iterator[None]:
    """Within the block, a read made through `shared` with the same key is made only once.

    A page that asks several sources for the same rows (the Today page: the agenda's routine
    source and the routine card read the same day) reads them once. Nothing outlives the block,
    so a later page sees every change; wrap reads only, never a write between two reads.
    """
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def shared(key: Hashable, read: Callable[[], T]) -> T:
    """`read()`, made once per key inside a `shared_reads()` block (every time outside one)."""
    memo = _SHARED.get()
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return cast(T, memo[key])


def _entry(item: Any, provider: Provider, language: Lang) -> AgendaEntry:
    if isinstance(item, AgendaEntry):
        return item
    # A method DueItem, or any object with the same fields: its title is the playbook's.
    key = getattr(item, "title_key", item.kind)
    reference = getattr(item, "reference", None)
    name = getattr(provider, "__module__", "agenda").split(".")[1:2] or ["agenda"]
    return AgendaEntry(
        kind=item.kind,
        title=getattr(item, "title", "") or playbook_title(key, language),
        due_at=item.due_at,
        uid=f"{item.kind}-{reference or item.due_at.date().isoformat()}",
        source=getattr(item, "source", "") or name[0],
        url=getattr(item, "url", ""),
        window_end=getattr(item, "window_end", None),
    )


def collect(user: User, now: datetime, tz: str, until: datetime | None = None) -> list[AgendaEntry]:
    """Every provider's items for `user`, as entries.

    With `until`, a provider that takes an `until` keyword may leave out what falls due after
    it (it still returns everything before, overdue included); the others return everything.
    """
    language = playbook_lang(user)
    entries: list[AgendaEntry] = []
    for provider in providers():
        limit = {"until": until} if until is not None and _takes_until(provider) else {}
        items = provider(user, now, tz, **limit)
        entries.extend(_entry(item, provider, language) for item in items)
    return entries


@cache
def _takes_until(provider: Provider) -> bool:
    try:
        return "until" in inspect.signature(provider).parameters
    except (TypeError, ValueError):
        return False


@dataclass(frozen=True)
class Agenda:
    overdue: tuple[AgendaEntry, ...]
    today: tuple[AgendaEntry, ...]
    upcoming: tuple[AgendaEntry, ...]

    @property
    def due_now(self) -> int:
        return len(self.overdue) + len(self.today)


def arrange(
    entries: Sequence[AgendaEntry], now: datetime, tz: str, horizon_days: int | None = None
) -> Agenda:
    """Sort entries with the method's rule; each entry keeps its own title and link."""
    by_uid = {}
    items = []
    for index, entry in enumerate(entries):
        key = f"{index:08d}"
        by_uid[key] = entry
        items.append(DueItem(entry.kind, entry.due_at, entry.window_end, entry.kind, key))
    sorted_items = sort_agenda(items, now, tz, horizon_days)
    return Agenda(
        overdue=tuple(by_uid[i.reference or ""] for i in sorted_items.overdue),
        today=tuple(by_uid[i.reference or ""] for i in sorted_items.today),
        upcoming=tuple(by_uid[i.reference or ""] for i in sorted_items.upcoming),
    )


def agenda(user: User, now: datetime, tz: str, horizon_days: int | None = 14) -> Agenda:
    """The person's agenda: overdue, today, and the next `horizon_days` days."""
    # A day more than the horizon: the method counts whole local days.
    until = now + timedelta(days=horizon_days + 1) if horizon_days is not None else None
    return arrange(collect(user, now, tz, until), now, tz, horizon_days)


def feed_entries(user: User, now: datetime, tz: str, past_days: int = 60) -> list[AgendaEntry]:
    """What a calendar subscription lists: everything due, except what is long past."""
    since = now - timedelta(days=past_days)
    return sorted(
        (e for e in collect(user, now, tz) if (e.window_end or e.due_at) >= since or e.recurrence),
        key=lambda e: (e.due_at, e.uid),
    )
