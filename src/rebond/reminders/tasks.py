"""Background tasks (django-tasks API). Arguments are ids and ISO dates only."""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from rebond.reminders import digest
from rebond.reminders.models import DigestSent


@task()
def send_digest(user_id: int, day: str) -> str:
    """Send the person's digest for their local `day`, at most once whatever happens.

    The claim row is committed before the message leaves: a duplicate task, a second worker or
    a retry after a crash finds it and stops. The cost of that order is that a crash between the
    claim and the SMTP handshake loses that day's digest — the right trade for a reminder.
    """
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return "no-account"
    try:
        with transaction.atomic():
            claim = DigestSent.objects.create(user=user, day=date.fromisoformat(day))
    except IntegrityError:
        return "already-sent"
    count = digest.send(user, timezone.now())
    claim.items, claim.sent_at = count, timezone.now()
    claim.save(update_fields=["items", "sent_at"])
    return "sent" if count else "nothing-due"
