"""The action plan, Today and reviews: parse → service → serialise."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Status

from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.plan import reviews, serialise, services
from rebond.plan.models import Action
from rebond.plan.today import today as today_data
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["plan"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}
CadenceName = Literal["weekly", "monthly", "quarterly"]


class ActionFilters(In):
    status: Literal["", "open", "todo", "doing", "done", "dropped"] = ""


class ActionIn(In):
    title: str
    axis: Literal["skills", "personal_branding", "search_strategy", "wellbeing"]
    theme: Literal["technical", "business", "behavioural", "context", "wellbeing"]
    target: str = ""
    due_on: date | None = None
    hours: float = 0
    source_kind: str = ""
    source_id: int | None = None


class DoneIn(In):
    evidence: str


class ReviewIn(In):
    answers: list[str]


def _owned(request: HttpRequest, pk: int) -> Action:
    return owned_or_404(Action.objects.all(), request.user, pk)


@router.get("/plan/actions", response={200: list[dict[str, Any]], **ERRORS})
def list_actions(request: AuthedRequest, filters: Query[ActionFilters]) -> object:
    return [serialise.action(a) for a in services.actions(request.user, status=filters.status)]


@router.post("/plan/actions", response={201: dict[str, Any], **ERRORS})
def create_action(request: AuthedRequest, payload: ActionIn) -> object:
    sprint = services.current_sprint(request.user, timezone.localdate())
    action = services.create_action(request.user, sprint=sprint, **payload.dict())
    return Status(201, serialise.action(action))


@router.get("/plan/actions/{pk}", response={200: dict[str, Any], **ERRORS})
def get_action(request: AuthedRequest, pk: int) -> object:
    return serialise.action(_owned(request, pk))


@router.post("/plan/actions/{pk}/done", response={200: dict[str, Any], **ERRORS})
def complete_action(request: AuthedRequest, pk: int, payload: DoneIn) -> object:
    action = services.complete_action(_owned(request, pk), evidence=payload.evidence)
    return serialise.action(action)


@router.get("/plan/today", response={200: dict[str, Any], **ERRORS})
def today(request: AuthedRequest) -> object:
    tz = timezone.get_current_timezone_name()
    return serialise.today(today_data(request.user, timezone.now(), tz))


@router.get("/plan/reviews/{cadence}/draft", response={200: dict[str, Any], **ERRORS})
def review_draft(request: AuthedRequest, cadence: CadenceName) -> object:
    day = timezone.localdate()
    return serialise.draft(reviews.draft(request.user, cadence, day, day))


@router.post("/plan/reviews/{cadence}", response={201: dict[str, Any], **ERRORS})
def review_save(request: AuthedRequest, cadence: CadenceName, payload: ReviewIn) -> object:
    day = timezone.localdate()
    review = reviews.save(
        request.user, reviews.draft(request.user, cadence, day, day), payload.answers
    )
    return Status(201, {"id": review.pk, "objective": review.objective, "done_at": review.done_at})
