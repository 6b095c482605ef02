"""Local-time arithmetic for the agenda: time zones, calendar days and months, working days.

Rules speak in two units. Hours are elapsed time ("24 h after the rejection"), computed in
UTC so a daylight-saving change never stretches or shrinks them. Days and months are calendar
days in the person's time zone ("9:00 local, 7 days later"), so the reminder keeps its local
hour across a change of offset. Every datetime returned is aware and in UTC.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def zone(tz: str) -> ZoneInfo:
    """The IANA zone named `tz`; ValueError for an unknown name."""
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone: {tz!r}") from exc


def to_utc(moment: datetime, name: str = "datetime") -> datetime:
    """`moment` in UTC; ValueError if it is naive (its instant would be a guess)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return moment.astimezone(UTC)


def local_date(moment: datetime, tz: str) -> date:
    """The calendar day `moment` falls on in the person's zone."""
    return to_utc(moment).astimezone(zone(tz)).date()


def at_local(day: date, at: time, tz: str) -> datetime:
    """The instant (UTC) when clocks in `tz` show `at` on `day`.

    A time skipped by a spring-forward change moves forward by the gap (02:30 -> 03:30);
    a time repeated in autumn means its first occurrence.

    >>> at_local(date(2026, 7, 1), time(9), "Europe/Paris").isoformat()
    '2026-07-01T07:00:00+00:00'
    """
    # fold=0 means "the offset in force before the change" for both skipped and repeated
    # times, which gives exactly the two behaviours documented above.
    return datetime.combine(day, at, tzinfo=zone(tz)).astimezone(UTC)


def start_of_local_day(day: date, tz: str) -> datetime:
    return at_local(day, time(0), tz)


def add_months(day: date, months: int) -> date:
    """Same day `months` later, clamped to the month's end (31 Jan + 1 month = end of Feb).

    >>> add_months(date(2026, 1, 31), 1), add_months(date(2028, 2, 29), 12)
    (datetime.date(2026, 2, 28), datetime.date(2029, 2, 28))
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def working_day_from(day: date) -> date:
    """`day`, or the Monday after it when it falls on a weekend.

    >>> working_day_from(date(2026, 12, 12)), working_day_from(date(2026, 12, 14))
    (datetime.date(2026, 12, 14), datetime.date(2026, 12, 14))
    """
    return day + timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def last_working_day(year: int, month: int) -> date:
    """The month's last Monday-to-Friday day (public holidays are not known offline).

    >>> last_working_day(2026, 1)  # 31 January 2026 is a Saturday
    datetime.date(2026, 1, 30)
    """
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def weekday_index(name: str) -> int:
    """0 for "monday" … 6 for "sunday"; ValueError otherwise."""
    try:
        return WEEKDAYS.index(name.strip().lower())
    except ValueError:
        raise ValueError(f"unknown weekday: {name!r}") from None


def parse_clock(value: str) -> time:
    """ "09:00" -> time(9, 0); ValueError for anything else."""
    try:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"not a HH:MM time: {value!r}") from None
