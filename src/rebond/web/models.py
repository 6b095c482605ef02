"""What the web face remembers between two requests of one person (nothing they wrote)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from rebond.accounts.ownership import OwnedModel


class RecentPost(OwnedModel):
    """The person's latest form submission: a digest of what was sent (never the text itself)
    and where it led, so the same form sent again (a double click, Back then Save) is
    recognised instead of saved twice. One row per person at most (see submissions.py)."""

    digest = models.CharField(max_length=64)
    location = models.CharField(max_length=2000, blank=True)  # where the first one led
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "digest"], name="one_recent_post_per_digest")
        ]
