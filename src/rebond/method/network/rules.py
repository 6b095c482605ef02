"""Informational interviews and the network's reminders (C6.2, C6.3).

Numbers and texts come from the playbook's `[network]` table. Keep-warm and re-apply dates
are `agenda_rules.keep_warm_due` / `reapply_window`; this module adds what follows an
informational interview: the summary-and-thanks message soon after the call, and one
follow-up with news later. `now` and every moment are parameters, never the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.agenda import DueItem
from rebond.method.agenda.local_time import at_local, local_date, to_utc
from rebond.method.agenda.rules import next_waking_moment
from rebond.method.agenda.timings import timings
from rebond.method.agenda.timings import title as agenda_title
from rebond.method.text.language import Lang

TITLE_KEYS = ("info_interview", "info_thanks", "info_follow_up", "connect_after_rejection")


@dataclass(frozen=True)
class NetworkRules:
    info_thanks_within_hours: int
    info_follow_up_days: int
    info_minutes: int
    info_questions_max: int


@dataclass(frozen=True)
class InfoGoal:
    key: str
    label: str
    questions: tuple[str, ...]


def _table(lang: Lang) -> dict[str, Any]:
    return dict(playbook.section(lang, "network"))


@cache
def rules() -> NetworkRules:
    """The playbook's numbers (the same in every language, read from English)."""
    data = _table("en")
    values = {}
    for key, (low, high) in {
        "info_thanks_within_hours": (1, 24 * 14),
        "info_follow_up_days": (1, 365),
        "info_minutes": (5, 120),
        "info_questions_max": (1, 10),
    }.items():
        value = data.get(key)
        if not isinstance(value, int) or not low <= value <= high:
            raise playbook.PlaybookError(f"[network] {key} must be a whole number {low}-{high}")
        values[key] = value
    return NetworkRules(**values)


@cache
def info_goals(lang: Lang) -> tuple[InfoGoal, ...]:
    """The goals an informational interview may serve, each with three suggested questions."""
    goals = []
    for key, raw in _table(lang).get("info_goals", {}).items():
        questions = raw.get("questions", [])
        if not isinstance(raw.get("label"), str) or len(questions) != 3:
            raise playbook.PlaybookError(f"[network.info_goals.{key}] needs a label, 3 questions")
        goals.append(InfoGoal(key, raw["label"], tuple(questions)))
    if not goals:
        raise playbook.PlaybookError(f"playbook {lang!r}: [network.info_goals] is empty")
    return tuple(goals)


def suggested_questions(goal: str, lang: Lang) -> tuple[str, ...]:
    """Three questions for `goal` (the first goal's when unknown).

    >>> len(suggested_questions("explore_role", "fr"))
    3
    """
    goals = info_goals(lang)
    return next((g.questions for g in goals if g.key == goal), goals[0].questions)


def title(key: str, lang: Lang) -> str:
    """A reminder's title: the network's own keys, else the agenda's `[timings.titles]`."""
    titles = _table(lang).get("titles", {})
    if key in titles:
        return str(titles[key]).format(info_minutes=rules().info_minutes)
    return agenda_title(key, lang)


def info_interview_due(scheduled_at: datetime, reference: str | None = None) -> DueItem:
    """The call itself, due at its time, lasting the playbook's few minutes."""
    start = to_utc(scheduled_at, "scheduled_at")
    end = start + timedelta(minutes=rules().info_minutes)
    return DueItem("info_interview", start, end, "info_interview", reference)


def info_thanks_due(
    held_at: datetime, tz: str, thanks_sent: bool = False, reference: str | None = None
) -> DueItem | None:
    """Summary and thanks: from the next waking moment after the call, within the playbook's
    hours (never earlier than it opens); None once sent.

    >>> from datetime import UTC
    >>> item = info_thanks_due(datetime(2026, 4, 2, 19, 30, tzinfo=UTC), "Europe/Paris")
    >>> item.due_at.isoformat(), item.window_end.isoformat()
    ('2026-04-03T07:00:00+00:00', '2026-04-03T19:30:00+00:00')
    """
    if thanks_sent:
        return None
    held = to_utc(held_at, "held_at")
    due = next_waking_moment(held, tz)
    closes = max(due, held + timedelta(hours=rules().info_thanks_within_hours))
    return DueItem("info_thanks", due, closes, "info_thanks", reference)


def default_follow_up_on(held_at: datetime, tz: str) -> date:
    """The follow-up date offered by default: the playbook's days after the call, local."""
    return local_date(to_utc(held_at, "held_at"), tz) + timedelta(days=rules().info_follow_up_days)


def info_follow_up_due(
    follow_up_on: date, tz: str, done: bool = False, reference: str | None = None
) -> DueItem | None:
    """The follow-up with news, 9:00 local on the chosen day; None once done.

    >>> info_follow_up_due(date(2026, 5, 4), "UTC").due_at.isoformat()
    '2026-05-04T09:00:00+00:00'
    """
    if done:
        return None
    due = at_local(follow_up_on, timings().reminder_time, tz)
    return DueItem("info_follow_up", due, None, "info_follow_up", reference)


def connect_after_rejection_due(
    rejected_at: datetime, tz: str, connected: bool = False, reference: str | None = None
) -> DueItem | None:
    """Connecting with the people met, once the 24 h pause after the "no" is over.

    It comes with the thank-you window, not before the cool-down (C2.4); None once done.
    """
    if connected:
        return None
    from rebond.method.agenda.rules import cool_down_end

    due = next_waking_moment(cool_down_end(rejected_at), tz)
    return DueItem("connect_after_rejection", due, None, "connect_after_rejection", reference)
