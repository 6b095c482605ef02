"""Timing rules after a rejection and for the network, across zones and DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rebond.method.agenda.rules import (
    after_cool_down,
    cool_down_end,
    feedback_request_due,
    follow_up_due,
    keep_warm_due,
    reapply_window,
    thank_you_due,
)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("rejected", "expected"),
    [
        (utc(2026, 3, 28, 10), utc(2026, 3, 29, 10)),
        # the same instant given in Paris time: 24 elapsed hours, although Paris clocks
        # jump forward that night (11:00 CET -> 12:00 CEST)
        (datetime(2026, 3, 28, 11, tzinfo=ZoneInfo("Europe/Paris")), utc(2026, 3, 29, 10)),
        (datetime(2026, 10, 31, 20, tzinfo=ZoneInfo("America/New_York")), utc(2026, 11, 2, 0)),
    ],
)
def test_it_ends_the_cool_down_24_elapsed_hours_after_the_rejection(
    rejected: datetime, expected: datetime
) -> None:
    assert cool_down_end(rejected) == expected
    assert after_cool_down(rejected + timedelta(hours=3), rejected) == expected
    assert after_cool_down(expected + timedelta(days=2), rejected) == expected + timedelta(days=2)


@pytest.mark.parametrize(
    ("rejected", "tz", "due", "closes"),
    [
        # daytime: due as soon as the cool-down ends, across Paris's spring change
        (utc(2026, 3, 28, 10), "Europe/Paris", utc(2026, 3, 29, 10), utc(2026, 3, 30, 10)),
        # 22:30 in Paris: the cool-down ends at night -> 09:00 next morning
        (utc(2026, 1, 5, 21, 30), "Europe/Paris", utc(2026, 1, 7, 8), utc(2026, 1, 7, 21, 30)),
        # 03:00 in Paris -> 09:00 the next day
        (utc(2026, 1, 5, 2), "Europe/Paris", utc(2026, 1, 6, 8), utc(2026, 1, 7, 2)),
        # New York, the weekend DST starts: 19:00 EST Saturday -> Sunday 20:00 EDT is
        # after day end -> Monday 09:00 EDT
        (utc(2026, 3, 8, 0), "America/New_York", utc(2026, 3, 9, 13), utc(2026, 3, 10, 0)),
        # Sydney, as DST ends: 10:00 AEDT Saturday -> 24 h later is 09:00 AEST Sunday
        (utc(2026, 4, 3, 23), "Australia/Sydney", utc(2026, 4, 4, 23), utc(2026, 4, 5, 23)),
    ],
)
def test_it_schedules_the_feedback_request_in_the_24_to_48_hour_window(
    rejected: datetime, tz: str, due: datetime, closes: datetime
) -> None:
    found = feedback_request_due(rejected, tz, reference="app-1")
    assert found is not None
    assert (found.due_at, found.window_end, found.reference) == (due, closes, "app-1")
    assert found.due_at >= cool_down_end(rejected)


def test_it_drops_the_feedback_request_once_sent() -> None:
    assert feedback_request_due(utc(2026, 1, 5, 9), "UTC", request_sent_at=utc(2026, 1, 6)) is None


@pytest.mark.parametrize(
    ("sent", "tz", "due", "closes"),
    [
        # Paris: 7 days later crosses the spring change -> 09:00 CEST = 07:00 UTC
        (utc(2026, 3, 25, 10), "Europe/Paris", utc(2026, 4, 1, 7), utc(2026, 4, 4, 22)),
        (utc(2026, 3, 2, 15), "America/New_York", utc(2026, 3, 9, 13), utc(2026, 3, 13, 4)),
        # 23:00 EDT on Sunday 25 October is the local day that counts; a week later is a
        # Sunday, so the follow-up waits for Monday 9:00, after DST ends
        (utc(2026, 10, 26, 3), "America/New_York", utc(2026, 11, 2, 14), utc(2026, 11, 5, 5)),
        (utc(2026, 3, 31, 0), "Australia/Sydney", utc(2026, 4, 6, 23), utc(2026, 4, 10, 14)),
        # 06:00 on 1 July in Sydney, still 30 June in UTC
        (utc(2026, 6, 30, 20), "Australia/Sydney", utc(2026, 7, 7, 23), utc(2026, 7, 11, 14)),
    ],
)
def test_it_schedules_one_follow_up_7_to_10_local_days_later(
    sent: datetime, tz: str, due: datetime, closes: datetime
) -> None:
    found = follow_up_due(sent, replies=0, follow_ups_sent=0, tz=tz)
    assert found is not None
    assert (found.kind, found.due_at, found.window_end) == ("follow_up", due, closes)


@given(st.integers(0, 5), st.integers(0, 5))
def test_it_never_asks_for_a_second_follow_up_or_one_after_a_reply(
    replies: int, follow_ups_sent: int
) -> None:
    found = follow_up_due(utc(2026, 2, 1, 9), replies, follow_ups_sent, tz="Europe/Paris")
    assert (found is None) == (replies > 0 or follow_ups_sent > 0)


def test_it_rejects_negative_counts() -> None:
    with pytest.raises(ValueError):
        follow_up_due(utc(2026, 2, 1), replies=-1, follow_ups_sent=0)


@pytest.mark.parametrize(
    ("kwargs", "due", "closes"),
    [
        ({"reply_received_at": utc(2026, 5, 4, 13)}, utc(2026, 5, 4, 13), utc(2026, 5, 6, 13)),
        # reply at 23:00 in Paris -> thank at 09:00 next morning
        ({"reply_received_at": utc(2026, 5, 4, 21)}, utc(2026, 5, 5, 7), utc(2026, 5, 6, 21)),
        # no reply after the single follow-up -> a closing thank-you a week later
        ({"follow_up_sent_at": utc(2026, 5, 4, 13)}, utc(2026, 5, 11, 7), None),
    ],
)
def test_it_schedules_a_thank_you_even_without_feedback(
    kwargs: dict[str, datetime], due: datetime, closes: datetime | None
) -> None:
    found = thank_you_due("Europe/Paris", **kwargs)  # type: ignore[arg-type]
    assert found is not None and (found.due_at, found.window_end) == (due, closes)


def test_it_has_no_thank_you_before_anything_happened_or_after_it_was_sent() -> None:
    assert thank_you_due("UTC") is None
    assert thank_you_due("UTC", reply_received_at=utc(2026, 5, 4), thank_you_sent=True) is None


@pytest.mark.parametrize(
    ("since", "interactions", "kwargs", "tz", "due"),
    [
        (utc(2026, 1, 31, 12), [], {}, "UTC", utc(2026, 4, 30, 9)),
        # each real exchange resets the clock; the latest one counts
        (
            utc(2026, 1, 1, 12),
            [utc(2026, 2, 10, 12), utc(2026, 1, 20)],
            {},
            "UTC",
            utc(2026, 5, 10, 9),
        ),
        (utc(2027, 11, 29, 12), [], {}, "UTC", utc(2028, 2, 29, 9)),
        (utc(2026, 1, 31, 12), [], {"every_months": 1}, "UTC", utc(2026, 2, 28, 9)),
        (utc(2026, 1, 31, 12), [], {"every_days": 45}, "UTC", utc(2026, 3, 17, 9)),
        # 00:30 on 1 February in Paris -> 1 May, 09:00 CEST
        (utc(2026, 1, 31, 23, 30), [], {}, "Europe/Paris", utc(2026, 5, 1, 7)),
    ],
)
def test_it_schedules_keep_warm_check_ins_from_the_latest_exchange(
    since: datetime,
    interactions: list[datetime],
    kwargs: dict[str, int],
    tz: str,
    due: datetime,
) -> None:
    found = keep_warm_due(since, tz, interactions, **kwargs)  # type: ignore[arg-type]
    assert (found.kind, found.due_at, found.window_end) == ("keep_warm", due, None)


@pytest.mark.parametrize("kwargs", [{"every_months": 2, "every_days": 30}, {"every_days": 0}])
def test_it_rejects_a_bad_keep_warm_cadence(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        keep_warm_due(utc(2026, 1, 1), "UTC", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rejected", "tz", "gap_closed", "opens", "closes"),
    [
        (utc(2027, 8, 29, 15), "UTC", None, utc(2028, 2, 29, 9), utc(2028, 8, 29, 9)),
        (utc(2027, 8, 31, 15), "UTC", None, utc(2028, 2, 29, 9), utc(2028, 8, 31, 9)),
        (utc(2026, 1, 31, 15), "Europe/Paris", None, utc(2026, 7, 31, 7), utc(2027, 1, 31, 8)),
        # gap closed after two months, at 15:00 UTC: the window opens then
        (
            utc(2026, 1, 31, 15),
            "Europe/Paris",
            utc(2026, 3, 31, 13),
            utc(2026, 3, 31, 13),
            utc(2027, 1, 31, 8),
        ),
        # gap "closed" within the cool-down: never before the cool-down ends
        (
            utc(2026, 1, 31, 15),
            "UTC",
            utc(2026, 1, 31, 18),
            utc(2026, 2, 1, 15),
            utc(2027, 1, 31, 9),
        ),
        # gap closed after the normal opening: the normal opening stands
        (
            utc(2026, 1, 31, 15),
            "UTC",
            utc(2026, 9, 1, 10),
            utc(2026, 7, 31, 9),
            utc(2027, 1, 31, 9),
        ),
    ],
)
def test_it_opens_the_reapply_window_6_to_12_months_later_or_once_the_gap_is_closed(
    rejected: datetime, tz: str, gap_closed: datetime | None, opens: datetime, closes: datetime
) -> None:
    found = reapply_window(rejected, tz, gap_closed_at=gap_closed)
    assert (found.kind, found.due_at, found.window_end) == ("reapply", opens, closes)


def test_it_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        follow_up_due(datetime(2026, 1, 1), 0, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        reapply_window(datetime(2026, 1, 1), "UTC")
