"""Timing rules after a rejection and for the network (C2.4, C3.2, C6.2).

Every function takes the person's time zone name and returns aware UTC datetimes or
`DueItem`s; numbers come from the playbook's `[timings]`. Rules:
- a 24 h cool-down after the rejection: nothing that follows it is due earlier;
- thank-you and feedback request 24-48 h after the rejection, never inside the cool-down;
- ONE follow-up 7-10 days after the request if nothing came back, never a second;
- a thank-you even without feedback (after the reply, or to close after a silent follow-up);
- keep-warm check-ins every quarter by default, counted from the latest real exchange;
- a re-apply window 6-12 months after the rejection, opening sooner once the gap is closed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, time, timedelta

from rebond.method.agenda import DueItem
from rebond.method.agenda.local_time import (
    add_months,
    at_local,
    local_date,
    to_utc,
    working_day_from,
    zone,
)
from rebond.method.agenda.timings import Timings, timings

_MIDNIGHT = time(0)
# Days a due moment can move past its delay: a weekend, a night, the end of the last day.
_MOVES_DAYS = 4


def next_waking_moment(moment: datetime, tz: str, rules: Timings | None = None) -> datetime:
    """`moment` if it falls in the person's day hours, else the next `day_starts` local.

    Hour-based reminders (24 h after a 23:00 rejection) would otherwise ring at night.

    >>> from datetime import UTC
    >>> next_waking_moment(datetime(2026, 1, 5, 22, 30, tzinfo=UTC), "Europe/Paris").isoformat()
    '2026-01-06T08:00:00+00:00'
    """
    rules = rules or timings()
    local = to_utc(moment, "moment").astimezone(zone(tz))
    if local.time() < rules.day_starts:
        return at_local(local.date(), rules.day_starts, tz)
    if local.time() >= rules.day_ends:
        return at_local(local.date() + timedelta(days=1), rules.day_starts, tz)
    return to_utc(moment)


def cool_down_end(rejected_at: datetime) -> datetime:
    """When the cool-down after a rejection is over (elapsed hours, in UTC).

    >>> from datetime import UTC
    >>> cool_down_end(datetime(2026, 3, 28, 18, tzinfo=UTC)).isoformat()
    '2026-03-29T18:00:00+00:00'
    """
    return to_utc(rejected_at, "rejected_at") + timedelta(hours=timings().cool_down_hours)


def after_cool_down(moment: datetime, rejected_at: datetime) -> datetime:
    """`moment`, pushed to the end of the rejection's cool-down if it falls inside it (C2.4).

    >>> from datetime import UTC
    >>> no = datetime(2026, 5, 4, 17, tzinfo=UTC)
    >>> after_cool_down(no + timedelta(hours=2), no).isoformat()
    '2026-05-05T17:00:00+00:00'
    """
    return max(to_utc(moment, "moment"), cool_down_end(rejected_at))


def rule_span_days(rules: Timings | None = None) -> int:
    """Days from an exchange (rejection, message, reply) within which every rule after a
    rejection falls due: the longest delay of `[timings]`, plus the days a weekend, a night and
    a window's last day can add.

    >>> rule_span_days()
    14
    """
    rules = rules or timings()
    hours = max(
        rules.cool_down_hours,
        rules.feedback_request_until_hours,
        rules.thank_you_after_reply_hours,
    )
    days = max(rules.follow_up_until_days, rules.thank_you_after_silence_days)
    return max(days, math.ceil(hours / 24)) + _MOVES_DAYS


def feedback_request_due(
    rejected_at: datetime,
    tz: str,
    request_sent_at: datetime | None = None,
    reference: str | None = None,
) -> DueItem | None:
    """Thank-you and feedback request, due 24-48 h after the rejection; None once sent.

    It opens when both the window and the cool-down have begun, moved to the next morning
    if that moment is at night, unless the morning comes after the window closes.
    """
    if request_sent_at is not None:
        return None
    rules = timings()
    rejected = to_utc(rejected_at, "rejected_at")
    opens = max(
        rejected + timedelta(hours=rules.feedback_request_from_hours), cool_down_end(rejected)
    )
    closes = rejected + timedelta(hours=rules.feedback_request_until_hours)
    morning = next_waking_moment(opens, tz, rules)
    due = morning if morning < closes else opens
    return DueItem("feedback_request", due, max(closes, due), "feedback_request", reference)


def follow_up_due(
    request_sent_at: datetime,
    replies: int,
    follow_ups_sent: int,
    tz: str = "UTC",
    reference: str | None = None,
) -> DueItem | None:
    """The single follow-up: 9:00 local, 7 days after the request (the Monday after, when that
    is a weekend: a follow-up never lands on a weekend or at night), until the end of day 10
    (or of that Monday).

    Returns None as soon as a reply came or one follow-up was sent: there is never a
    second follow-up.

    >>> from datetime import UTC
    >>> sent = datetime(2026, 3, 25, 10, tzinfo=UTC)
    >>> follow_up_due(sent, replies=0, follow_ups_sent=0, tz="Europe/Paris").due_at.isoformat()
    '2026-04-01T07:00:00+00:00'
    >>> follow_up_due(sent, replies=0, follow_ups_sent=1) is None
    True
    """
    if replies < 0 or follow_ups_sent < 0:
        raise ValueError("replies and follow_ups_sent cannot be negative")
    if replies or follow_ups_sent:
        return None
    rules = timings()
    sent_day = local_date(to_utc(request_sent_at, "request_sent_at"), tz)
    due_day = working_day_from(sent_day + timedelta(days=rules.follow_up_from_days))
    due = at_local(due_day, rules.reminder_time, tz)
    # The window includes the whole last day: it closes at the next local midnight.
    last_day = max(sent_day + timedelta(days=rules.follow_up_until_days), due_day)
    closes = at_local(last_day + timedelta(days=1), _MIDNIGHT, tz)
    return DueItem("follow_up", due, closes, "follow_up", reference)


def thank_you_due(
    tz: str,
    reply_received_at: datetime | None = None,
    follow_up_sent_at: datetime | None = None,
    thank_you_sent: bool = False,
    reference: str | None = None,
) -> DueItem | None:
    """A thank-you whatever happens: after a reply, or to close after a silent follow-up.

    With a reply: due at the next waking moment after it, within 48 h. Without one: due
    9:00 local, 7 days after the single follow-up, with no deadline. None while neither has
    happened yet (the feedback request already carries thanks) or once it was sent.
    """
    if thank_you_sent:
        return None
    rules = timings()
    if reply_received_at is not None:
        reply = to_utc(reply_received_at, "reply_received_at")
        due = next_waking_moment(reply, tz, rules)
        closes = max(due, reply + timedelta(hours=rules.thank_you_after_reply_hours))
        return DueItem("thank_you", due, closes, "thank_you", reference)
    if follow_up_sent_at is not None:
        day = local_date(to_utc(follow_up_sent_at, "follow_up_sent_at"), tz)
        due_day = working_day_from(day + timedelta(days=rules.thank_you_after_silence_days))
        due = at_local(due_day, rules.reminder_time, tz)
        return DueItem("thank_you", due, None, "thank_you", reference)
    return None


def keep_warm_due(
    since: datetime,
    tz: str,
    interactions: Iterable[datetime] = (),
    every_months: int | None = None,
    every_days: int | None = None,
    reference: str | None = None,
) -> DueItem:
    """Next check-in with a contact: 9:00 local, one cadence after the latest real exchange.

    `since` is when the contact was added (used until a first exchange); each real
    interaction resets the clock. The cadence is the playbook's quarter unless the person
    set `every_months` or `every_days` for this contact (not both).

    >>> from datetime import UTC
    >>> keep_warm_due(datetime(2026, 1, 31, 12, tzinfo=UTC), "UTC").due_at.date()
    datetime.date(2026, 4, 30)
    """
    if every_months is not None and every_days is not None:
        raise ValueError("give every_months or every_days, not both")
    if (every_months is not None and every_months < 1) or (
        every_days is not None and every_days < 1
    ):
        raise ValueError("a keep-warm cadence must be at least 1")
    rules = timings()
    latest = max([to_utc(since, "since"), *(to_utc(i, "interaction") for i in interactions)])
    day = local_date(latest, tz)
    if every_days is not None:
        next_day = day + timedelta(days=every_days)
    else:
        next_day = add_months(day, every_months or rules.keep_warm_every_months)
    return DueItem(
        "keep_warm", at_local(next_day, rules.reminder_time, tz), None, "keep_warm", reference
    )


def reapply_window(
    rejected_at: datetime,
    tz: str,
    gap_closed_at: datetime | None = None,
    reference: str | None = None,
) -> DueItem:
    """When applying again to the same company makes sense: 6 to 12 months after the "no".

    The window opens 9:00 local on the same calendar day 6 months later (clamped to the
    month's end) and closes 12 months later. If the gap that caused the rejection was
    closed (`gap_closed_at`), it opens then instead, if sooner, but never inside the
    cool-down and never at night.

    >>> from datetime import UTC
    >>> w = reapply_window(datetime(2027, 8, 29, 15, tzinfo=UTC), "UTC")
    >>> w.due_at.date(), w.window_end.date()
    (datetime.date(2028, 2, 29), datetime.date(2028, 8, 29))
    """
    rules = timings()
    rejected = to_utc(rejected_at, "rejected_at")
    day = local_date(rejected, tz)
    opens = at_local(add_months(day, rules.reapply_from_months), rules.reminder_time, tz)
    closes = at_local(add_months(day, rules.reapply_until_months), rules.reminder_time, tz)
    if gap_closed_at is not None:
        ready = max(to_utc(gap_closed_at, "gap_closed_at"), cool_down_end(rejected))
        opens = min(opens, next_waking_moment(ready, tz, rules))
    return DueItem("reapply", opens, closes, "reapply", reference)
