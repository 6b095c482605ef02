"""What the feedback loop asks of the person after one rejection (C3.2), as due items.

The three rules live in `agenda_rules` (request 24-48 h after the "no", one single follow-up
7-10 days later, a thank-you whatever happens); this module feeds them one application's
exchange log and drops items forgotten long ago, so an old rejection does not haunt the agenda.
`now` is a parameter: nothing here reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from rebond.method import playbook
from rebond.method.agenda import DueItem
from rebond.method.agenda.local_time import to_utc
from rebond.method.agenda.rules import feedback_request_due, follow_up_due, thank_you_due
from rebond.method.text.language import Lang


@dataclass(frozen=True)
class ExchangeLog:
    """What happened with one recruiter after a rejection (all datetimes aware)."""

    rejected_at: datetime
    request_sent_at: datetime | None = None
    follow_ups_sent: int = 0
    follow_up_sent_at: datetime | None = None
    reply_received_at: datetime | None = None
    thank_you_sent: bool = False
    # The reply (or a message before it) held feedback: the thank-you thanks for it.
    feedback_received: bool = False


def forget_after_days(lang: Lang = "fr") -> int:
    """Days after its deadline (or its day) when an unanswered item leaves the agenda.

    Playbook `[feedback] forget_due_after_days`; a coach may lengthen it.
    """
    value = playbook.section(lang, "feedback").get("forget_due_after_days")
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 365:
        raise playbook.PlaybookError("[feedback] forget_due_after_days must be a whole 1-365")
    return value


def due_after_rejection(log: ExchangeLog, tz: str, reference: str | None = None) -> list[DueItem]:
    """Every item the rules still ask for, in rule order (request, follow-up, thank-you).

    >>> from datetime import UTC
    >>> no = datetime(2026, 3, 2, 16, tzinfo=UTC)
    >>> [i.kind for i in due_after_rejection(ExchangeLog(no), "Europe/Paris")]
    ['feedback_request']
    >>> sent = ExchangeLog(no, request_sent_at=no + timedelta(days=1))
    >>> [i.kind for i in due_after_rejection(sent, "Europe/Paris")]
    ['follow_up']
    >>> replied = ExchangeLog(no, reply_received_at=no + timedelta(hours=3))
    >>> [i.kind for i in due_after_rejection(replied, "Europe/Paris")]
    ['thank_you']
    """
    items: list[DueItem | None] = []
    # Feedback that came on its own answers the request before it was written: only the
    # thank-you is left then.
    if log.reply_received_at is None:
        items.append(feedback_request_due(log.rejected_at, tz, log.request_sent_at, reference))
    if log.request_sent_at is not None:
        replies = 1 if log.reply_received_at is not None else 0
        items.append(
            follow_up_due(log.request_sent_at, replies, log.follow_ups_sent, tz, reference)
        )
    if log.request_sent_at is not None or log.reply_received_at is not None:
        items.append(
            thank_you_due(
                tz,
                reply_received_at=log.reply_received_at,
                follow_up_sent_at=log.follow_up_sent_at,
                thank_you_sent=log.thank_you_sent,
                reference=reference,
            )
        )
    return [item for item in items if item is not None]


def still_relevant(item: DueItem, now: datetime, forget_days: int | None = None) -> bool:
    """False once an item is `forget_days` past its deadline (or its due time, without one);
    by default the playbook's `forget_after_days()`.

    >>> from datetime import UTC
    >>> late = DueItem("follow_up", datetime(2026, 1, 1, tzinfo=UTC),
    ...                datetime(2026, 1, 4, tzinfo=UTC), "follow_up")
    >>> still_relevant(late, datetime(2026, 1, 10, tzinfo=UTC)), still_relevant(
    ...     late, datetime(2026, 1, 30, tzinfo=UTC))
    (True, False)
    """
    end = item.window_end or item.due_at
    days = forget_after_days() if forget_days is None else forget_days
    return to_utc(now, "now") < end + timedelta(days=days)
