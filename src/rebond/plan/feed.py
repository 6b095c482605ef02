"""The agenda as iCalendar (C5.5): a private subscription URL per person, and a one-off download.

The URL's secret is shown once and stored only as a SHA-256 hash (like the login links). It is
read-only and needs no login; revoking it (or creating a new one) makes the old URL answer 404.
Items become VEVENTs in the person's time zone (with VTIMEZONE), each with a display alarm;
the daily routine repeats with an RRULE.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Alarm, Calendar, Event, vRecur

from rebond.method.agenda.local_time import zone
from rebond.plan.agenda import AgendaEntry, feed_entries
from rebond.plan.models import FeedToken
from rebond.web import typography

if TYPE_CHECKING:
    from rebond.accounts.models import User

PRODID = "-//Rebond//Action plan//EN"
ALARM_BEFORE = timedelta(minutes=15)
# How far the VTIMEZONE rules reach around the events.
_ZONE_SPAN = timedelta(days=800)


@transaction.atomic
def issue_token(user: User) -> str:
    """A new secret for the person's feed; any earlier one stops working."""
    revoke(user)
    token = secrets.token_urlsafe(32)
    FeedToken.objects.create(user=user, digest=FeedToken.hash(token))
    return token


def revoke(user: User) -> int:
    """Stop every feed URL of the person; the number revoked."""
    return (
        FeedToken.objects.for_user(user)
        .filter(revoked_at__isnull=True)
        .update(revoked_at=timezone.now())
    )


def active_token(user: User) -> FeedToken | None:
    return FeedToken.objects.for_user(user).filter(revoked_at__isnull=True).first()


def owner_of(token: str) -> Any | None:
    """The person whose active feed this secret opens, or None; records the fetch."""
    if not token or len(token) > 200:
        return None
    found = (
        FeedToken.objects.select_related("user")
        .filter(digest=FeedToken.hash(token), revoked_at__isnull=True)
        .first()
    )
    if found is None:
        return None
    FeedToken.objects.filter(pk=found.pk).update(last_fetched_at=timezone.now())
    return found.user


def time_zone_of(user: User) -> str:
    """The person's zone, or the default one when theirs is not a known zone name."""
    name = getattr(user, "time_zone", "") or settings.DEFAULT_USER_TIME_ZONE
    try:
        zone(name)
    except ValueError:
        return settings.DEFAULT_USER_TIME_ZONE
    return name


def _event(entry: AgendaEntry, tz: str, now: datetime, base_url: str) -> Event:
    local = zone(tz)
    event = Event()
    event.add("uid", f"{entry.uid}@rebond")
    event.add("dtstamp", now)
    event.add("dtstart", entry.due_at.astimezone(local))
    event.add("duration", timedelta(minutes=entry.minutes))
    event.add("summary", typography.text(entry.title))
    description = [typography.text(entry.detail)] if entry.detail else []
    if entry.window_end is not None:
        end = entry.window_end.astimezone(local)
        description.append(f"→ {end:%Y-%m-%d %H:%M}")
    if entry.url:
        event.add("url", base_url.rstrip("/") + entry.url)
        description.append(base_url.rstrip("/") + entry.url)
    if description:
        event.add("description", "\n".join(description))
    event.add("categories", [entry.source, entry.kind])
    event.add("transp", "TRANSPARENT")
    if entry.recurrence:
        event.add("rrule", vRecur.from_ical(entry.recurrence))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", typography.text(entry.title))
    alarm.add("trigger", -ALARM_BEFORE)
    event.add_component(alarm)
    return event


def discreet(entry: AgendaEntry, shows_titles: bool) -> AgendaEntry:
    """An action as "Rebond action", without its target, unless the person opted in: a
    calendar is often synced, shared or shown on a locked phone (issue 22)."""
    if shows_titles or entry.kind != "action":
        return entry
    return replace(entry, title=gettext("Rebond action"), detail="")


def calendar(user: User, now: datetime, tz: str, base_url: str, name: str = "Rebond") -> bytes:
    """The person's agenda as an iCalendar document."""
    shows_titles = bool(getattr(user, "calendar_shows_titles", False))
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", tz)
    cal.add("refresh-interval;value=duration", "PT1H")
    for entry in feed_entries(user, now, tz):
        cal.add_component(_event(discreet(entry, shows_titles), tz, now, base_url))
    if cal.walk("VEVENT"):
        cal.add_missing_timezones((now - _ZONE_SPAN).date(), (now + _ZONE_SPAN).date())
    return cal.to_ical()
