"""Reminder e-mails: the person's opt-in, the digests already claimed, and the task queue."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel
from rebond.reminders.choices import TaskStatus


class ReminderSettings(OwnedModel):
    daily_digest = models.BooleanField(
        _("Send me a daily e-mail of what is due"),
        default=False,
        help_text=_("One short message in the morning, only on days when something is due."),
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


class QueuedTask(models.Model):
    """A django-tasks task stored in the database (see reminders/backend.py). Arguments are ids
    and dates only, never personal text."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    task_path = models.CharField(max_length=200)
    queue_name = models.CharField(max_length=32, default="default")
    priority = models.SmallIntegerField(default=0)
    args = models.JSONField(default=list)
    kwargs = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=TaskStatus.choices, default=TaskStatus.READY)
    run_after = models.DateTimeField(null=True, blank=True)
    enqueued_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    worker_id = models.CharField(max_length=64, blank=True)
    error = models.CharField(max_length=200, blank=True)  # exception class only
    return_value = models.JSONField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["status", "queue_name", "-priority", "enqueued_at"], name="ready"),
        ]

    def __str__(self) -> str:
        return f"{self.task_path} ({self.status})"
