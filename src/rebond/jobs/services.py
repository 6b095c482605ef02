"""Use cases of the search tracker (C1.1), shared by the web views, the API and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.db.models import Count, F, QuerySet, Window
from django.db.models.functions import Lower, RowNumber
from django.utils import timezone

from rebond.accounts.models import User
from rebond.jobs.choices import Stage
from rebond.jobs.models import Application, Company, Interview, Outcome, StageEvent
from rebond.method import stages
from rebond.method.errors import ServiceError

BOARD_COLUMN_LIMIT = 20
APPLICATION_FIELDS = (
    "role",
    "job_description",
    "job_url",
    "channel",
    "sector",
    "company_size",
    "level",
    "location",
    "source",
    "applied_on",
    "notes",
)


def company_named(user: User, name: str) -> Company:
    """The person's company of that name (case-insensitive), created if new."""
    clean = " ".join(name.split())
    if not clean:
        raise ServiceError("A company name is required.")
    found = Company.objects.for_user(user).filter(name__iexact=clean).first()
    return found or Company.objects.create(user=user, name=clean)


def further(a: str, b: str) -> str:
    """The stage that went further of two (outcomes never count as progress)."""
    return a if Stage(a).rank >= Stage(b).rank else b


def _checked_url(fields: dict[str, Any]) -> None:
    """A job ad link is a web address: `javascript:` or `data:` would run in the page."""
    url = str(fields.get("job_url") or "").strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise ServiceError("The job ad link must start with http:// or https://.")


@transaction.atomic
def create_application(
    user: User,
    *,
    company: str,
    role: str,
    at: datetime | None = None,
    stage: str = Stage.APPLIED,
    **fields: Any,
) -> Application:
    """A new application; `stage` when it is already further than applied (the history then
    holds both steps). An ending is refused here too: it goes through `close_application`."""
    if stages.is_outcome(stage):
        raise EndingNeedsOutcome(stage)
    unknown = set(fields) - set(APPLICATION_FIELDS)
    if unknown:
        raise TypeError(f"Unknown application fields: {', '.join(sorted(unknown))}")
    _checked_url(fields)
    at = at or timezone.now()
    fields.setdefault("applied_on", timezone.localdate(at))
    application = Application.objects.create(
        user=user,
        company=company_named(user, company),
        role=role.strip(),
        stage=Stage.APPLIED,
        furthest_stage=Stage.APPLIED,
        stage_changed_at=at,
        **fields,
    )
    StageEvent.objects.create(application=application, stage=Stage.APPLIED, occurred_at=at)
    if stage != Stage.APPLIED:
        move_stage(application, stage, at=at)
    return application


@transaction.atomic
def update_application(
    application: Application, *, company: str | None = None, **fields: Any
) -> Application:
    _checked_url(fields)
    for name, value in fields.items():
        if name not in APPLICATION_FIELDS:
            raise TypeError(f"Unknown application field: {name}")
        setattr(application, name, value)
    if company is not None:
        application.company = company_named(application.user, company)
    application.save()
    return application


class EndingNeedsOutcome(ServiceError):
    """A move to an outcome stage (rejected, withdrawn, no answer) outside the closing service:
    an ending is recorded with its outcome (`close_application`), never as a bare stage, or
    the application would read as rejected on some pages and not on others."""

    def __init__(self, stage: str) -> None:
        self.stage = stage
        super().__init__(
            f"{stage} ends an application: record it with how it ended (the stage reached, "
            "the reason), not as a move."
        )


@transaction.atomic
def move_stage(
    application: Application, stage: str, *, at: datetime | None = None, note: str = ""
) -> Application:
    """Record a new progress stage; the history keeps every step, the furthest one is
    remembered. An ending goes through `close_application` (EndingNeedsOutcome otherwise)."""
    stage = Stage(stage)
    if stages.is_outcome(stage):
        raise EndingNeedsOutcome(stage.value)
    return _record_stage(application, stage, at=at or timezone.now(), note=note)


def _record_stage(
    application: Application, stage: Stage, *, at: datetime, note: str = ""
) -> Application:
    StageEvent.objects.create(application=application, stage=stage, occurred_at=at, note=note)
    application.stage = stage
    application.furthest_stage = further(application.furthest_stage, stage)
    application.stage_changed_at = at
    application.save(update_fields=["stage", "furthest_stage", "stage_changed_at", "updated_at"])
    return application


def interview_stage(round_number: int) -> Stage:
    return {1: Stage.INTERVIEW_1, 2: Stage.INTERVIEW_2}.get(round_number, Stage.INTERVIEW_3)


@transaction.atomic
def log_interview(
    application: Application, *, scheduled_at: datetime, round: int = 1, **fields: Any
) -> Interview:
    """Add an interview; an open application moves forward to that round if it was behind."""
    interview = Interview.objects.create(
        application=application, round=round, scheduled_at=scheduled_at, **fields
    )
    target = interview_stage(round)
    if not application.is_closed and Stage(application.stage).rank < target.rank:
        # Never before the last recorded step, so the history reads in order.
        at = max(min(scheduled_at, timezone.now()), application.stage_changed_at)
        move_stage(application, target, at=at)
    return interview


@transaction.atomic
def close_application(
    application: Application,
    *,
    result: str = Stage.REJECTED,
    stage_reached: str | None = None,
    reason: str = "",
    message: str = "",
    decided_on: date | None = None,
    at: datetime | None = None,
) -> Outcome:
    """Mark an application rejected (or withdrawn, or unanswered) at the stage it reached: the
    only way an application ends. Where each ending may be recorded is the stage vocabulary's
    rule (`rebond.method.stages`): a rejection comes before an offer."""
    result = Stage(result)
    if not stages.is_outcome(result):
        raise ServiceError(f"{result} is not an ending.")
    at = at or timezone.now()
    reached = Stage(stage_reached or application.furthest_stage)
    stages.check_ending(result.value, reached.value)
    if Stage(application.furthest_stage).rank < reached.rank:
        move_stage(application, reached, at=at, note="stage reached, recorded at rejection")
    outcome, _ = Outcome.objects.update_or_create(
        application=application,
        defaults={
            "result": result,
            "stage_reached": reached,
            "reason": reason,
            "message": message,
            "decided_on": decided_on or timezone.localdate(at),
        },
    )
    _record_stage(application, result, at=at)
    return outcome


BOARD_FIELDS = ("user_id", "role", "stage", "furthest_stage", "company__name")


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    count: int
    applications: list[Application]


def board(user: User, limit: int = BOARD_COLUMN_LIMIT) -> list[BoardColumn]:
    """Applications by current stage, the most recent first, at most `limit` per column: two
    queries (the counts; the rows, ranked within their stage by a window function).

    The rows hold what a tile shows (BOARD_FIELDS): another field read later costs one query
    per row. Reading and converting every column (texts, four timestamps) was a third of the
    board's server time."""
    counts = dict(Application.objects.for_user(user).values_list("stage").annotate(n=Count("id")))
    newest_first = [F("stage_changed_at").desc(), F("id").desc()]
    ranked = (
        Application.objects.for_user(user)
        .select_related("company")
        .only(*BOARD_FIELDS)
        .annotate(rank=Window(RowNumber(), partition_by=[F("stage")], order_by=newest_first))
        .filter(rank__lte=limit)
        .order_by(*newest_first)
    )
    by_stage: dict[str, list[Application]] = {}
    for row in ranked if counts else []:
        by_stage.setdefault(row.stage, []).append(row)
    return [
        BoardColumn(stage=stage, count=counts.get(stage, 0), applications=by_stage.get(stage, []))
        for stage in Stage
    ]


def search(
    user: User,
    *,
    text: str = "",
    stage: str = "",
    channel: str = "",
    level: str = "",
    company_size: str = "",
    sector: str = "",
    since: date | None = None,
) -> QuerySet[Application]:
    """The filterable list: every filter optional, owner-scoped."""
    rows = Application.objects.for_user(user).select_related("company")
    if text:
        rows = rows.filter(role__icontains=text) | rows.filter(company__name__icontains=text)
    for field, value in (
        ("stage", stage),
        ("channel", channel),
        ("level", level),
        ("company_size", company_size),
    ):
        if value:
            rows = rows.filter(**{field: value})
    if sector:
        rows = rows.filter(sector__iexact=sector)
    if since:
        rows = rows.filter(applied_on__gte=since)
    return rows.order_by("-applied_on", "-id")


def companies_with_counts(user: User) -> QuerySet[Company]:
    return (
        Company.objects.for_user(user)
        .annotate(n_applications=Count("applications"))
        .order_by(Lower("name"), "id")
    )
