"""Dated events of a person's shared sections: the caseload's "last activity" and the timeline.

One list of sources, each tied to the section that holds it, serves both: the caseload asks for
the latest moment per person in a single query (a UNION of one aggregate per source), the
timeline for one person's latest events. A source of an unshared section is never read.
Models are named by label and skipped when their app is not installed, like the export's
sections: the feature apps do not know of coaching, and coaching imports none of their code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.apps import apps
from django.db.models import F, Max, Q
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from rebond.coaching.choices import Section
from rebond.coaching.sections import JOURNAL_ACTION_SOURCES


@dataclass(frozen=True)
class Source:
    section: str
    model: str  # "app_label.ModelName"
    owner: str  # the path to the person's id
    moment: str  # a DateTimeField: when it happened
    label: Promise
    fields: tuple[str, ...] = ()  # read for the timeline's detail
    describe: Callable[[Mapping[str, Any]], str] | None = None
    only: Q | None = None


@dataclass(frozen=True)
class Event:
    at: datetime
    section: str
    label: str
    detail: str


def _joined(*names: str) -> Callable[[Mapping[str, Any]], str]:
    return lambda row: " — ".join(str(row[n]) for n in names if row.get(n))


def _stage(row: Mapping[str, Any]) -> str:
    from rebond.jobs.choices import Stage

    label = dict(Stage.choices).get(row["stage"], row["stage"])
    return " — ".join(str(p) for p in (label, row.get("application__role")) if p)


def _mood(row: Mapping[str, Any]) -> str:
    return gettext("mood %(mood)s/10") % {"mood": row["mood"]} if row["mood"] is not None else ""


APPLICATION = ("application__role", "application__company__name")
SOURCES: tuple[Source, ...] = (
    Source(
        Section.APPLICATIONS,
        "jobs.Application",
        "user_id",
        "created_at",
        _("Application added"),
        ("role", "company__name"),
        _joined("role", "company__name"),
    ),
    Source(
        Section.APPLICATIONS,
        "jobs.StageEvent",
        "application__user_id",
        "occurred_at",
        _("Application moved on"),
        ("stage", "application__role"),
        _stage,
    ),
    Source(
        Section.APPLICATIONS,
        "jobs.Interview",
        "application__user_id",
        "scheduled_at",
        _("Interview"),
        APPLICATION,
        _joined(*APPLICATION),
    ),
    Source(
        Section.PLAN,
        "plan.Action",
        "user_id",
        "done_at",
        _("Action done"),
        ("title",),
        _joined("title"),
        ~Q(source_kind__in=JOURNAL_ACTION_SOURCES),
    ),
    Source(Section.PLAN, "plan.Review", "user_id", "done_at", _("Review done")),
    Source(Section.FEEDBACK, "feedback.FeedbackItem", "user_id", "created_at", _("Feedback noted")),
    Source(Section.FEEDBACK, "feedback.Message", "user_id", "sent_at", _("Message sent")),
    Source(Section.NETWORK, "network.Contact", "user_id", "created_at", _("Contact added")),
    Source(
        Section.NETWORK,
        "network.Interaction",
        "contact__user_id",
        "occurred_at",
        _("Exchange with a contact"),
        ("contact__first_name", "contact__last_name"),
        lambda row: " ".join(
            str(row[n]) for n in ("contact__first_name", "contact__last_name") if row.get(n)
        ),
    ),
    Source(
        Section.PREPARATION,
        "prep.MockSession",
        "user_id",
        "held_at",
        _("Mock interview"),
        ("title",),
        _joined("title"),
    ),
    Source(Section.PREPARATION, "prep.Story", "user_id", "updated_at", _("Story worked on")),
    Source(
        Section.PREPARATION, "documents.CvVersion", "user_id", "created_at", _("New CV version")
    ),
    Source(
        Section.JOURNAL, "debrief.CheckIn", "user_id", "at", _("Mood check-in"), ("mood",), _mood
    ),
    Source(Section.JOURNAL, "debrief.Debrief", "user_id", "started_at", _("Debrief started")),
    Source(
        Section.JOURNAL,
        "plan.Action",
        "user_id",
        "done_at",
        _("Debrief action done"),
        only=Q(source_kind__in=JOURNAL_ACTION_SOURCES),
    ),
)


def _model(source: Source) -> Any:
    try:
        return apps.get_model(source.model)
    except LookupError:
        return None


def _rows(source: Source, now: datetime, **owner: Any) -> Any:
    model = _model(source)
    if model is None:
        return None
    rows = model._default_manager.filter(**owner, **{f"{source.moment}__lte": now})
    return rows.filter(source.only) if source.only is not None else rows


def last_activity(people: Mapping[str, Iterable[int]], now: datetime) -> dict[int, datetime]:
    """The latest event per person among the sections each shares (`people`: section -> ids),
    in one query. Future moments (an interview next week) are not activity."""
    parts = []
    for source in SOURCES:
        ids = list(people.get(source.section, ()))
        if not ids:
            continue
        rows = _rows(source, now, **{f"{source.owner}__in": ids})
        if rows is not None:
            parts.append(
                rows.order_by()
                .values(person=F(source.owner))
                .annotate(last=Max(source.moment))
                .values_list("person", "last")
            )
    if not parts:
        return {}
    found: dict[int, datetime] = {}
    for person, last in parts[0].union(*parts[1:], all=True):
        if last is not None and (person not in found or last > found[person]):
            found[person] = last
    return found


def timeline(person_id: int, shared: Iterable[str], now: datetime, limit: int = 30) -> list[Event]:
    """The person's latest dated events from the sections in `shared`, newest first."""
    wanted = set(shared)
    events: list[Event] = []
    for source in SOURCES:
        if source.section not in wanted:
            continue
        rows = _rows(source, now, **{source.owner: person_id})
        if rows is None:
            continue
        for row in rows.order_by(f"-{source.moment}").values(source.moment, *source.fields)[:limit]:
            detail = source.describe(row) if source.describe else ""
            events.append(Event(row[source.moment], source.section, str(source.label), detail))
    events.sort(key=lambda e: e.at, reverse=True)
    return events[:limit]
