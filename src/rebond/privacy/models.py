"""An erasure asked for and run in the background (issue 22): the row outlives the account.

It names the account only by its id while the work runs (cleared once done) and is reached
by a secret whose hash alone is stored, so the progress page needs no account: the person is
signed out the moment they confirm.
"""

from __future__ import annotations

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasureStatus(models.TextChoices):
    REQUESTED = "requested", _("Waiting to start")
    RUNNING = "running", _("Erasing")
    DONE = "done", _("Everything is gone")


class Erasure(models.Model):
    digest = models.CharField(max_length=64, unique=True)
    user_id = models.BigIntegerField(null=True, blank=True)  # None once done
    status = models.CharField(
        max_length=10, choices=ErasureStatus.choices, default=ErasureStatus.REQUESTED
    )
    steps_done = models.PositiveIntegerField(default=0)
    steps_total = models.PositiveIntegerField(default=0)
    rows_deleted = models.PositiveBigIntegerField(default=0)
    attempts = models.PositiveSmallIntegerField(default=0)
    requested_at = models.DateTimeField(auto_now_add=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "heartbeat_at"])]

    def __str__(self) -> str:
        return f"erasure {self.pk} ({self.status})"

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    @property
    def percent(self) -> int:
        if self.status == ErasureStatus.DONE:
            return 100
        return int(100 * self.steps_done / self.steps_total) if self.steps_total else 0
