"""Agenda sorting in the local day, local-time arithmetic, and the timings playbook."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from rebond.method import playbook
from rebond.method.agenda import DueItem, agenda
from rebond.method.agenda.local_time import (
    add_months,
    at_local,
    last_working_day,
    local_date,
    to_utc,
)
from rebond.method.agenda.timings import TITLE_KEYS, timings, title


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("day", "clock", "tz", "expected"),
    [
        (date(2026, 1, 15), time(9), "Europe/Paris", utc(2026, 1, 15, 8)),
        (date(2026, 3, 30), time(9), "Europe/Paris", utc(2026, 3, 30, 7)),  # after spring DST
        (date(2026, 10, 26), time(9), "Europe/Paris", utc(2026, 10, 26, 8)),  # after autumn
        (date(2026, 3, 6), time(9), "America/New_York", utc(2026, 3, 6, 14)),
        (date(2026, 3, 9), time(9), "America/New_York", utc(2026, 3, 9, 13)),
        (date(2026, 4, 3), time(9), "Australia/Sydney", utc(2026, 4, 2, 22)),
        (date(2026, 4, 6), time(9), "Australia/Sydney", utc(2026, 4, 5, 23)),
        (date(2026, 10, 5), time(9), "Australia/Sydney", utc(2026, 10, 4, 22)),
        # a skipped local time moves forward by the gap: 02:30 -> 03:30 CEST
        (date(2026, 3, 29), time(2, 30), "Europe/Paris", utc(2026, 3, 29, 1, 30)),
        # a repeated local time means its first occurrence (still CEST)
        (date(2026, 10, 25), time(2, 30), "Europe/Paris", utc(2026, 10, 25, 0, 30)),
    ],
)
def test_it_converts_a_local_clock_time_to_utc_across_dst(
    day: date, clock: time, tz: str, expected: datetime
) -> None:
    got = at_local(day, clock, tz)
    assert got == expected and got.tzinfo is UTC


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), 48, date(2032, 2, 29)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 5, 15), -6, date(2025, 11, 15)),
        (date(2026, 12, 31), 12, date(2027, 12, 31)),
    ],
)
def test_it_adds_calendar_months_clamped_to_the_month_end(
    day: date, months: int, expected: date
) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [
        (2026, 1, date(2026, 1, 30)),  # 31st is a Saturday
        (2026, 5, date(2026, 5, 29)),  # 31st is a Sunday
        (2026, 3, date(2026, 3, 31)),
        (2028, 2, date(2028, 2, 29)),  # leap day, a Tuesday
        (2027, 2, date(2027, 2, 26)),
    ],
)
def test_it_finds_the_last_working_day(year: int, month: int, expected: date) -> None:
    assert last_working_day(year, month) == expected


def test_it_refuses_naive_datetimes_and_unknown_zones() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        to_utc(datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="unknown time zone"):
        local_date(utc(2026, 1, 1), "Mars/Olympus_Mons")


def item(kind: str, due: datetime, window_end: datetime | None = None) -> DueItem:
    return DueItem(kind, due, window_end, kind, reference=kind)


NOW_PARIS = utc(2026, 3, 10, 22, 30)  # 23:30 on Tuesday 10 March in Paris


@pytest.mark.parametrize(
    ("due", "window_end", "group"),
    [
        # earlier local day, no window -> overdue
        (utc(2026, 3, 9, 8), None, "overdue"),
        # today, even if its hour has passed -> today
        (utc(2026, 3, 10, 8), None, "today"),
        # 23:10 UTC is already 11 March in Paris -> upcoming, though the UTC date is today
        (utc(2026, 3, 10, 23, 10), None, "upcoming"),
        # started days ago but its window is still open -> today, not overdue
        (utc(2026, 3, 7, 8), utc(2026, 3, 12, 8), "today"),
        # window closed -> overdue
        (utc(2026, 3, 7, 8), utc(2026, 3, 10, 22), "overdue"),
        (utc(2026, 4, 1, 7), utc(2026, 4, 4, 22), "upcoming"),
    ],
)
def test_it_sorts_items_into_the_persons_local_day(
    due: datetime, window_end: datetime | None, group: str
) -> None:
    result = agenda([item("x", due, window_end)], NOW_PARIS, "Europe/Paris")
    groups = {"overdue": result.overdue, "today": result.today, "upcoming": result.upcoming}
    assert [name for name, items in groups.items() if items] == [group]


def test_it_uses_the_local_day_on_the_other_side_of_the_world() -> None:
    # 23:30 UTC on 29 April is 09:30 on 30 April in Sydney.
    due = at_local(date(2026, 4, 30), time(9), "Australia/Sydney")
    now = utc(2026, 4, 29, 23, 30)
    assert agenda([item("x", due)], now, "Australia/Sydney").today
    # Ten hours earlier it is still 29 April in Sydney (upcoming) but the item's instant,
    # 19:00 on 29 April in New York, is on that person's today.
    earlier = now - timedelta(hours=10)
    assert agenda([item("x", due)], earlier, "Australia/Sydney").upcoming
    assert agenda([item("x", due)], earlier, "America/New_York").today


def test_it_orders_each_group_by_due_time_and_applies_the_horizon() -> None:
    later, sooner = item("b", utc(2026, 3, 20, 8)), item("a", utc(2026, 3, 12, 8))
    far = item("c", utc(2026, 6, 1, 8))
    result = agenda([far, later, sooner], NOW_PARIS, "Europe/Paris", horizon_days=14)
    assert [i.kind for i in result.upcoming] == ["a", "b"]
    assert agenda([far], NOW_PARIS, "UTC").upcoming == (far,)


def test_it_rejects_items_that_end_before_they_start_or_are_naive() -> None:
    with pytest.raises(ValueError, match="window_end"):
        item("x", utc(2026, 3, 2), utc(2026, 3, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        item("x", datetime(2026, 3, 2))


def test_it_accepts_now_in_any_zone() -> None:
    paris_now = NOW_PARIS.astimezone(ZoneInfo("Europe/Paris"))
    items = [item("x", utc(2026, 3, 10, 8)), item("y", NOW_PARIS + timedelta(days=2))]
    assert agenda(items, paris_now, "Europe/Paris") == agenda(items, NOW_PARIS, "Europe/Paris")


def _numbers(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items() if k != "titles"}
    if isinstance(value, list):
        return [_numbers(v) for v in value]
    return value


def test_it_carries_the_same_numbers_and_every_title_in_both_languages() -> None:
    assert _numbers(playbook.section("fr", "timings")) == _numbers(
        playbook.section("en", "timings")
    )
    assert timings("fr") == timings("en")
    for key in TITLE_KEYS:
        assert title(key, "fr") != title(key, "en")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("cool_down_hours", -1, "cool_down_hours"),
        ("follow_up_from_days", 12, "follow_up_from_days must be below"),
        ("reminder_time", "9h", "reminder_time"),
        ("day_ends", "08:00", "day_starts"),
        ("weekly_review_weekday", "vendredi", "weekday"),
        ("daily_timebox", [{"kind": "sourcing", "min_minutes": 90, "max_minutes": 60}], "min"),
        ("daily_timebox", [], "at least one"),
    ],
)
def test_it_names_what_is_wrong_in_broken_timings(
    monkeypatch: pytest.MonkeyPatch, key: str, value: Any, message: str
) -> None:
    broken = copy.deepcopy(playbook.section("en", "timings"))
    broken[key] = value
    monkeypatch.setattr(playbook, "section", lambda lang, name: broken)
    with pytest.raises(playbook.PlaybookError, match=message):
        timings("en")


def test_it_refuses_an_unknown_title_key() -> None:
    with pytest.raises(playbook.PlaybookError, match="no title"):
        title("birthday", "fr")
