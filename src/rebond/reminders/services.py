"""Reminder settings and the daily enqueueing of digests."""

from __future__ import annotations

import zoneinfo
from datetime import datetime
from typing import TYPE_CHECKING

from django.conf import settings

from rebond.reminders.models import DigestSent, ReminderSettings

if TYPE_CHECKING:
    from rebond.accounts.models import User


def settings_for(user: User) -> ReminderSettings:
    found, _ = ReminderSettings.objects.for_user(user).get_or_create(user=user)
    return found


def set_daily_digest(user: User, enabled: bool) -> ReminderSettings:
    found = settings_for(user)
    found.daily_digest = enabled
    found.save(update_fields=["daily_digest"])
    return found


def set_coaching_messages(user: User, enabled: bool) -> ReminderSettings:
    found = settings_for(user)
    found.coaching_messages = enabled
    found.save(update_fields=["coaching_messages"])
    return found


def local_day(user: User, now: datetime) -> str:
    name = getattr(user, "time_zone", "") or settings.DEFAULT_USER_TIME_ZONE
    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo(settings.DEFAULT_USER_TIME_ZONE)
    return now.astimezone(zone).date().isoformat()


def enqueue_daily_digests(now: datetime) -> int:
    """Queue one digest task per opted-in person whose local day has none yet."""
    from rebond.reminders.tasks import send_digest

    queued = 0
    rows = ReminderSettings.objects.filter(daily_digest=True, user__is_active=True)
    for row in rows.select_related("user"):
        day = local_day(row.user, now)
        if DigestSent.objects.filter(user=row.user, day=day).exists():
            continue
        send_digest.enqueue(row.user.pk, day)
        queued += 1
    return queued
