"""The person on one screen, for a ten-minute call: each block only when its section is shared.

Each section the page reads is opened through `services.open_section` (consent checked, one
access-log line per section, purpose "summary"), and every figure comes from that section's
rows or from the person's own services over that section's data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from rebond.coaching import services
from rebond.coaching.choices import Purpose, Section
from rebond.coaching.readable import by_name
from rebond.coaching.reading import applications, feedback, journal, network, plan
from rebond.coaching.reading.items import Item

if TYPE_CHECKING:
    from rebond.accounts.models import User

TOP_POINTS = 3


@dataclass
class Summary:
    shared: list[tuple[str, str]]  # (section, label), in the sharing page's order
    blocks: dict[str, dict[str, Any]] = field(default_factory=dict)


def _applications(seeker: User, rows: Any, now: datetime) -> dict[str, Any]:
    coming = applications.interviews_to_come(rows, now)
    furthest = applications.furthest_stage(rows)
    return {
        "furthest": furthest.label if furthest else "",
        "open": len(applications.open_applications(rows)),
        "total": len(rows.get("applications", ())),
        "next_interview": coming[0] if coming else None,
        "last_rejection": applications.last_rejection(rows),
    }


def _plan(seeker: User, rows: Any, now: datetime) -> dict[str, Any]:
    return {"overdue": len(plan.overdue(rows, timezone.localdate(now)))}


def _feedback(seeker: User, rows: Any, now: datetime) -> dict[str, Any]:
    points: list[Item] = feedback.points(seeker, now, limit=TOP_POINTS)
    return {"points": points}


def _network(seeker: User, rows: Any, now: datetime) -> dict[str, Any]:
    return {"due": network.read(seeker, rows, now)["due_count"]}


def _journal(seeker: User, rows: Any, now: datetime) -> dict[str, Any]:
    return {"trend": journal.trend_label(journal.trend(rows, now))}


BLOCKS: dict[str, Callable[[Any, Any, datetime], dict[str, Any]]] = {
    Section.APPLICATIONS: _applications,
    Section.PLAN: _plan,
    Section.FEEDBACK: _feedback,
    Section.NETWORK: _network,
    Section.JOURNAL: _journal,
}


def summary(coach: User, seeker: User, now: datetime | None = None) -> Summary:
    now = now or timezone.now()
    shared = services.shared_sections(seeker, coach)
    found = Summary(
        shared=[(value, str(label)) for value, label in Section.choices if value in shared]
    )
    read = [section for section in BLOCKS if section in shared]
    for section, tables in services.open_sections(coach, seeker, read, Purpose.SUMMARY).items():
        found.blocks[section] = BLOCKS[section](seeker, by_name(tables), now)
    return found
