"""The daily digest: what is overdue or due today in the person's agenda (plan app)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import ngettext

from rebond.accounts.language import speaking_to
from rebond.web import typography

if TYPE_CHECKING:
    from rebond.accounts.models import User


def due_entries(user: User, now: Any) -> list[Any]:
    from rebond.plan.agenda import agenda

    tz = getattr(user, "time_zone", "") or settings.DEFAULT_USER_TIME_ZONE
    found = agenda(user, now, tz, horizon_days=0)
    return [*found.overdue, *found.today]


def send(user: User, now: Any) -> int:
    """E-mail the digest if something is due; returns the number of items (0: nothing sent)."""
    if not user.email:
        return 0
    with speaking_to(user):
        entries = due_entries(user, now)
        if not entries:
            return 0
        context = {"entries": entries, "user": user}
        subject = ngettext(
            "Rebond: %(count)s thing to do today",
            "Rebond: %(count)s things to do today",
            len(entries),
        ) % {"count": len(entries)}
        send_mail(
            subject=typography.text(subject),
            message=typography.text(render_to_string("reminders/digest.txt", context)),
            from_email=settings.REMINDER_FROM_EMAIL,
            recipient_list=[user.email],
        )
    return len(entries)
