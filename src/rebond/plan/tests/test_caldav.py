"""Round trip through a real CalDAV server (Radicale on loopback): publish the feed's events,
read them back with a CalDAV client, and check dates, time zones, recurrence and alarms."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from rebond.plan import feed
from rebond.plan.tests.factories import make_action

pytestmark = [pytest.mark.django_db, pytest.mark.slow]
caldav = pytest.importorskip("caldav")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def radicale(tmp_path):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            "--server-hosts",
            f"127.0.0.1:{port}",
            "--storage-filesystem-folder",
            str(tmp_path / "collections"),
            "--auth-type",
            "none",
            "--rights-type",
            "authenticated",
            "--config",
            "",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("Radicale did not start")
    yield f"http://127.0.0.1:{port}/"
    process.terminate()
    process.wait(timeout=10)


def split(body: bytes) -> list[str]:
    """One iCalendar object per event (CalDAV stores one component per resource)."""
    source = Calendar.from_ical(body)
    zones = source.walk("VTIMEZONE")
    objects = []
    for event in source.walk("VEVENT"):
        one = Calendar()
        one.add("prodid", feed.PRODID)
        one.add("version", "2.0")
        for zone in zones:
            one.add_component(zone)
        one.add_component(event)
        objects.append(one.to_ical().decode())
    return objects


def test_it_round_trips_the_feed_through_a_caldav_server(client, owner, radicale):
    owner.time_zone = "Europe/Paris"
    owner.calendar_shows_titles = True
    owner.save()
    due = date(2030, 3, 29)  # the Friday before Paris moves to summer time (31 March)
    make_action(owner, title="Three informational interviews", due_on=due)
    body = client.get(f"/plan/feed/{feed.issue_token(owner)}.ics").content

    dav = caldav.DAVClient(url=radicale, username="rebond", password="")
    principal = dav.principal()
    calendar = principal.make_calendar(name="Rebond")
    for text in split(body):
        calendar.save_event(text)

    stored = {str(e.icalendar_component["UID"]): e for e in calendar.events()}
    assert stored.keys() == {str(e["UID"]) for e in Calendar.from_ical(body).walk("VEVENT")}
    action = next(e.icalendar_component for uid, e in stored.items() if uid.startswith("action-"))
    start = action.decoded("DTSTART")
    assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Paris"
    assert start == datetime(2030, 3, 29, 9, tzinfo=ZoneInfo("Europe/Paris"))
    assert action.walk("VALARM")[0].decoded("TRIGGER") == -timedelta(minutes=15)
    assert str(action["SUMMARY"]) == "Three informational interviews"

    # The server expands the daily routine: 9:00 Paris every day, across the DST change.
    today = timezone.localdate()
    window_start = datetime.combine(today + timedelta(days=1), datetime.min.time())
    found = calendar.search(
        start=window_start.replace(tzinfo=ZoneInfo("UTC")),
        end=(window_start + timedelta(days=3)).replace(tzinfo=ZoneInfo("UTC")),
        event=True,
        expand=True,
    )
    sourcing = [
        e.icalendar_component
        for e in found
        if str(e.icalendar_component["UID"]).startswith("routine-sourcing")
    ]
    local = [c.decoded("DTSTART").astimezone(ZoneInfo("Europe/Paris")) for c in sourcing]
    assert len(local) == 3
    assert {(d.hour, d.minute) for d in local} == {(9, 0)}
