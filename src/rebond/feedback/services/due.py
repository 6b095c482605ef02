"""What the feedback loop asks for now (C3.2): the method's timing rules fed with each rejected
application's messages and replies, in three queries whatever the number of applications."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from django.db.models import Count, Max, Q

from rebond.feedback.choices import MessageKind, MessageStatus, SourceKind
from rebond.feedback.models import FeedbackItem, Message
from rebond.jobs.choices import Stage
from rebond.jobs.models import Application
from rebond.method.agenda import DueItem, is_overdue
from rebond.method.agenda.rules import rule_span_days
from rebond.method.feedback.due import (
    ExchangeLog,
    due_after_rejection,
    forget_after_days,
    still_relevant,
)

if TYPE_CHECKING:
    from rebond.accounts.models import User

# Kinds of due item → the message that answers it.
ANSWERED_BY = {
    "feedback_request": MessageKind.FEEDBACK_REQUEST,
    "follow_up": MessageKind.FOLLOW_UP,
    "thank_you": MessageKind.THANKS_NO_FEEDBACK,
}
_REPLYING = (SourceKind.RECRUITER, SourceKind.HIRING_MANAGER)


_THANKS = (MessageKind.THANKS_NO_FEEDBACK, MessageKind.THANKS_FOR_FEEDBACK)


@dataclass(frozen=True)
class Due:
    """One due item of one application."""

    item: DueItem
    application: Application
    overdue: bool
    # Feedback came for this application: the thank-you thanks for it.
    feedback_received: bool = False

    @property
    def message_kind(self) -> str:
        if self.item.kind == "thank_you" and self.feedback_received:
            return str(MessageKind.THANKS_FOR_FEEDBACK)
        return str(ANSWERED_BY.get(self.item.kind, MessageKind.FEEDBACK_REQUEST))


def exchange_logs(user: User, applications: list[Application]) -> dict[int, ExchangeLog]:
    """The exchange log of each rejected application (others are left out)."""
    rejected = [a for a in applications if a.is_rejected]
    if not rejected:  # no query would run, yet building the two empty ones costs ~3 ms of CPU
        return {}
    ids = [a.pk for a in rejected]
    sent: dict[int, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))
    for app_id, kind, sent_at in (
        Message.objects.for_user(user)
        .filter(application_id__in=ids, status=MessageStatus.SENT, sent_at__isnull=False)
        .values_list("application_id", "kind", "sent_at")
    ):
        sent[app_id][kind].append(cast(datetime, sent_at))  # sent_at__isnull=False
    # A message with feedback in it answers the request; one with none (a template "no") is
    # the rejection itself, unless it came after the request: then it is a reply without
    # feedback.
    received: dict[int, list[tuple[datetime, bool]]] = defaultdict(list)
    for app_id, created_at, has_feedback in (
        FeedbackItem.objects.for_user(user)
        .filter(application_id__in=ids, source_kind__in=_REPLYING)
        .annotate(kept=Count("statements"))
        .values_list("application_id", "created_at", "kept")
    ):
        received[app_id].append((created_at, bool(has_feedback)))
    logs = {}
    for app in rejected:
        rejected_at = getattr(app, "rejected_at", None) or app.stage_changed_at
        mine = sent[app.pk]
        requests = sorted(mine[MessageKind.FEEDBACK_REQUEST] + mine[MessageKind.STRUCTURED_DEBRIEF])
        follow_ups = sorted(mine[MessageKind.FOLLOW_UP])
        request_at = requests[0] if requests else None
        replies = sorted(
            at
            for at, has_feedback in received[app.pk]
            if has_feedback or (request_at is not None and at > request_at)
        )
        logs[app.pk] = ExchangeLog(
            rejected_at=rejected_at,
            request_sent_at=request_at,
            follow_ups_sent=len(follow_ups),
            follow_up_sent_at=follow_ups[0] if follow_ups else None,
            reply_received_at=replies[0] if replies else None,
            thank_you_sent=any(mine[kind] for kind in _THANKS),
            feedback_received=any(has_feedback for _, has_feedback in received[app.pk]),
        )
    return logs


# Every rule falls due within `rule_span_days()` of an application's latest exchange
# (rejection, message sent, reply), at least this many; past it plus the "forget" delay
# nothing can be due, so older applications are not even read: a heavy user's agenda stays
# fast. The floor is a margin, not a rule: a coach who lengthens a delay lengthens the span.
RULE_SPAN_DAYS = 30


def rule_span() -> int:
    return max(RULE_SPAN_DAYS, rule_span_days())


def _rejected(user: User, application: Application | None, now: datetime) -> list[Application]:
    query = Application.objects.for_user(user).rejected()
    if application is not None:
        query = query.filter(pk=application.pk)
    else:
        since = now - timedelta(days=rule_span() + forget_after_days())
        # Uncorrelated subqueries: the database reads recent messages and feedback once,
        # not once per rejected application (5x faster for thousands of them on SQLite).
        recent_messages = Message.objects.for_user(user).filter(sent_at__gte=since)
        recent_feedback = FeedbackItem.objects.for_user(user).filter(created_at__gte=since)
        query = query.filter(
            Q(stage_changed_at__gte=since)
            | Q(pk__in=recent_messages.exclude(application=None).values("application_id"))
            | Q(pk__in=recent_feedback.exclude(application=None).values("application_id"))
        )
    # The rejection's own time, from the stage history (the stage may have been set later).
    query = query.annotate(
        rejected_at=Max("events__occurred_at", filter=Q(events__stage=Stage.REJECTED))
    )
    return list(query.select_related("company"))


def due_items(
    user: User, now: datetime, tz: str, application: Application | None = None
) -> list[Due]:
    """Feedback requests, follow-ups and thank-yous due, oldest first; forgotten ones dropped."""
    applications = _rejected(user, application, now)
    logs = exchange_logs(user, applications)
    forget = forget_after_days()
    found = []
    for app in applications:
        for item in due_after_rejection(logs[app.pk], tz, reference=str(app.pk)):
            if still_relevant(item, now, forget):
                overdue = is_overdue(item, now, tz)
                found.append(Due(item, app, overdue, logs[app.pk].feedback_received))
    return sorted(found, key=lambda d: (d.item.due_at, d.application.pk))


def agenda_items(user: User, now: datetime, tz: str) -> list[Any]:
    """The agenda provider (registered in FeedbackConfig.ready): one entry per due item."""
    from django.urls import reverse

    from rebond.accounts.language import playbook_lang
    from rebond.method.agenda.timings import title
    from rebond.plan.agenda import AgendaEntry

    language = playbook_lang(user)
    return [
        AgendaEntry(
            kind=d.item.kind,
            title=f"{title(d.item.title_key, language)} — {d.application.role}, "
            f"{d.application.company.name}",
            due_at=d.item.due_at,
            uid=f"feedback-{d.item.kind}-{d.application.pk}",
            source="feedback",
            url=reverse("feedback:draft", args=[d.application.pk]) + f"?kind={d.message_kind}",
            window_end=d.item.window_end,
            minutes=15,
        )
        for d in due_items(user, now, tz)
    ]


@dataclass(frozen=True)
class SendWindow:
    """When a draft is best sent: from `opens` until `closes` (None: no deadline); until
    `cool_down_until` (None once passed) sending would fall inside the 24-hour cool-down."""

    opens: datetime
    closes: datetime | None
    cool_down_until: datetime | None
    not_yet: bool  # the window opens later


def send_window(user: User, message: Message, now: datetime) -> SendWindow | None:
    """The timing rule that a draft answers, if one is due for its application now."""
    from rebond.method.agenda.rules import cool_down_end

    if message.application_id is None or message.is_sent:
        return None
    for due in due_items(user, now, user.time_zone, application=message.application):
        if due.message_kind == message.kind:
            application = due.application
            rejected = getattr(application, "rejected_at", None) or application.stage_changed_at
            cool = cool_down_end(rejected)
            opens = due.item.due_at
            return SendWindow(opens, due.item.window_end, cool if cool > now else None, now < opens)
    return None
