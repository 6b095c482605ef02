"""Applications, stages, interviews, outcomes: parse → service → serialise."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.api.paging import offset_field
from rebond.api.schemas import (
    ApplicationIn,
    ApplicationOut,
    InterviewIn,
    InterviewOut,
    OutcomeIn,
    OutcomeOut,
    StageEventOut,
    StageIn,
)
from rebond.jobs import services
from rebond.jobs.models import Application
from rebond.method.errors import ServiceError
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["applications"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class ListFilters(In):
    stage: str = ""
    channel: str = ""
    text: str = ""
    limit: int = 100
    offset: int = offset_field()


def _owned(request: HttpRequest, pk: int) -> Application:
    return owned_or_404(Application.objects.select_related("company"), request.user, pk)


def _clean(payload: Schema) -> dict[str, object]:
    return {k: ("" if v is None else v) for k, v in payload.dict().items()}


@router.get("/applications", response={200: list[ApplicationOut], **ERRORS})
def list_applications(request: AuthedRequest, filters: Query[ListFilters]) -> object:
    limit = max(1, min(filters.limit, 500))
    rows = services.search(
        request.user, stage=filters.stage, channel=filters.channel, text=filters.text
    )
    return list(rows[filters.offset : filters.offset + limit])


@router.post("/applications", response={201: ApplicationOut, **ERRORS})
def create_application(request: AuthedRequest, payload: ApplicationIn) -> object:
    data = _clean(payload)
    if not data.get("applied_on"):
        data.pop("applied_on")
    return Status(201, services.create_application(request.user, **data))  # type: ignore[arg-type]


@router.get("/applications/{pk}", response={200: ApplicationOut, **ERRORS})
def get_application(request: AuthedRequest, pk: int) -> object:
    return _owned(request, pk)


@router.put("/applications/{pk}", response={200: ApplicationOut, **ERRORS})
def update_application(request: AuthedRequest, pk: int, payload: ApplicationIn) -> object:
    data = _clean(payload)
    if not data.get("applied_on"):
        data.pop("applied_on")
    return services.update_application(_owned(request, pk), **data)  # type: ignore[arg-type]


@router.get("/applications/{pk}/stages", response={200: list[StageEventOut], **ERRORS})
def list_stages(request: AuthedRequest, pk: int) -> object:
    return list(_owned(request, pk).events.all())


@router.post("/applications/{pk}/stages", response={201: ApplicationOut, **ERRORS})
def move_stage(request: AuthedRequest, pk: int, payload: StageIn) -> object:
    try:
        application = services.move_stage(
            _owned(request, pk), payload.stage, at=payload.at, note=payload.note
        )
    except services.EndingNeedsOutcome as exc:
        raise ServiceError(f"{exc} Use PUT /api/v1/applications/{pk}/outcome.") from exc
    return Status(201, application)


@router.get("/applications/{pk}/interviews", response={200: list[InterviewOut], **ERRORS})
def list_interviews(request: AuthedRequest, pk: int) -> object:
    return list(_owned(request, pk).interviews.all())


@router.post("/applications/{pk}/interviews", response={201: InterviewOut, **ERRORS})
def add_interview(request: AuthedRequest, pk: int, payload: InterviewIn) -> object:
    return Status(201, services.log_interview(_owned(request, pk), **payload.dict()))


@router.get("/applications/{pk}/outcome", response={200: OutcomeOut, **ERRORS})
def get_outcome(request: AuthedRequest, pk: int) -> object:
    application = _owned(request, pk)
    outcome = getattr(application, "outcome", None)
    if outcome is None:
        from django.http import Http404

        raise Http404
    return outcome


@router.put("/applications/{pk}/outcome", response={200: OutcomeOut, **ERRORS})
def set_outcome(request: AuthedRequest, pk: int, payload: OutcomeIn) -> object:
    return services.close_application(_owned(request, pk), **payload.dict())
