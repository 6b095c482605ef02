"""Reminder e-mails: the person's opt-in and the digests already claimed (the task queue itself
is django-tasks-db's table)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel


class ReminderSettings(OwnedModel):
    daily_digest = models.BooleanField(
        _("Send me a daily e-mail of what is due"),
        default=False,
        help_text=_("One short message in the morning, only on days when something is due."),
    )
    coaching_messages = models.BooleanField(
        _("E-mail me when a coach or the person I coach writes to me"),
        default=True,
        help_text=_(
            "A short notice of a new comment or proposed action, never its text: "
            "you read it in Rebond."
        ),
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user"], name="one_reminder_settings")]


class DigestSent(OwnedModel):
    """One row per person and local day, written BEFORE the e-mail goes out: a second worker or
    a retry after a crash finds it and sends nothing (at most once, never twice)."""

    day = models.DateField()
    claimed_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    items = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="one_digest_a_day")]
