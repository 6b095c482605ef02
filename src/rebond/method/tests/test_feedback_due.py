"""Feedback-loop due items from one exchange log (C3.2), in several time zones."""

from datetime import UTC, datetime, timedelta

import pytest

from rebond.method.feedback.batch import analyze_lines
from rebond.method.feedback.due import (
    ExchangeLog,
    due_after_rejection,
    forget_after_days,
    still_relevant,
)
from rebond.method.feedback.sources import source_weights

# Saturday 28 March 2026, 18:00 UTC: Europe moves its clocks forward that night.
NO = datetime(2026, 3, 28, 18, tzinfo=UTC)
SENT = NO + timedelta(days=1, hours=2)


@pytest.mark.parametrize(
    ("log", "kinds"),
    [
        (ExchangeLog(NO), ["feedback_request"]),
        (ExchangeLog(NO, request_sent_at=SENT), ["follow_up"]),
        (
            ExchangeLog(NO, request_sent_at=SENT, reply_received_at=SENT + timedelta(days=2)),
            ["thank_you"],
        ),
        (
            ExchangeLog(
                NO,
                request_sent_at=SENT,
                follow_ups_sent=1,
                follow_up_sent_at=SENT + timedelta(days=8),
            ),
            ["thank_you"],
        ),
        (ExchangeLog(NO, reply_received_at=NO + timedelta(hours=5)), ["thank_you"]),
        (ExchangeLog(NO, reply_received_at=NO + timedelta(hours=5), thank_you_sent=True), []),
    ],
)
def test_it_asks_for_what_the_exchange_still_needs(log, kinds):
    assert [i.kind for i in due_after_rejection(log, "Europe/Paris")] == kinds


@pytest.mark.parametrize("tz", ["Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC"])
def test_it_never_asks_inside_the_cool_down_and_follows_up_at_nine(tz):
    from zoneinfo import ZoneInfo

    (request,) = due_after_rejection(ExchangeLog(NO), tz)
    assert request.due_at >= NO + timedelta(hours=24)
    (follow_up,) = due_after_rejection(ExchangeLog(NO, request_sent_at=SENT), tz)
    local = follow_up.due_at.astimezone(ZoneInfo(tz))
    assert (local.hour, local.minute) == (9, 0)
    assert 6 <= (follow_up.due_at - SENT).days <= 7


def test_it_forgets_an_item_two_weeks_after_its_deadline():
    (request,) = due_after_rejection(ExchangeLog(NO), "UTC")
    days = forget_after_days()
    assert still_relevant(request, request.window_end + timedelta(days=days - 1), days)
    assert not still_relevant(request, request.window_end + timedelta(days=days), days)


def test_it_weighs_deciders_above_self_assessment():
    weights = source_weights("fr")
    assert weights["hiring_manager"] > weights["recruiter"] > weights["self"]


def test_it_answers_one_row_per_input_line_in_order():
    rows = analyze_lines(["Your answers were far too long.", "   ", "x" * 20_001,
                          "Vos réponses étaient beaucoup trop longues."])  # fmt: skip
    assert [r["error"] for r in rows[1:3]] == ["empty line", "longer than 20,000 characters"]
    assert rows[0]["group"] == rows[3]["group"] is not None
    assert rows[0]["dimension"] == "concision" and rows[3]["lang"] == "fr"
