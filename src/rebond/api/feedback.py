"""Feedback loop (C3): items and statements, corrections, recurring points, strengths, what is
due, message drafts. Parse → service → serialise; the rules live in the services."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.api.paging import offset_query
from rebond.feedback import services
from rebond.feedback.choices import Lang, MessageKind, Register, SourceKind
from rebond.feedback.models import FeedbackItem, Message, Statement
from rebond.jobs.models import Application
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["feedback"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class StatementOut(Schema):
    id: int
    text: str
    lang: str
    theme: str
    dimension: str
    polarity: str
    nature: str
    cause: str
    corrected: list[str]
    group: int | None
    # "" when sure; "feedback" (is it feedback?) or "polarity" (praise or criticism?) when the
    # product asks the person: answer with POST /feedback/statements/{id}/answer.
    doubt: str


class ItemIn(In):
    text: str = Field(min_length=1, max_length=200_000)
    source_kind: SourceKind = SourceKind.RECRUITER
    source_name: str = Field("", max_length=200)
    received_on: date | None = None
    application_id: int | None = None


class SetAsideOut(Schema):
    text: str
    kind: str
    position: int


class ItemOut(Schema):
    id: int
    application_id: int | None
    source_kind: str
    source_name: str
    received_on: date
    statements: list[StatementOut]
    # What was not kept as feedback, in order, each with its reason; any can be brought back
    # with POST /feedback/items/{id}/restore/{index}.
    set_aside: list[SetAsideOut]
    no_feedback: bool


class AnswerIn(In):
    answer: str = Field(description="strength, weakness, neutral or not_feedback")


class LabelsIn(In):
    theme: str | None = None
    dimension: str | None = None
    polarity: str | None = None
    nature: str | None = None
    cause: str | None = None


class QuoteOut(Schema):
    statement_id: int
    item_id: int
    text: str
    source_kind: str
    source_name: str
    received_on: date


class PointOut(Schema):
    group: int
    label: str
    theme: str
    dimension: str
    polarity: str
    count: int
    sources: int
    trend: str
    score: float
    quotes: list[QuoteOut]


class FeedbackDueOut(Schema):
    kind: str
    application_id: int
    due_at: datetime
    window_end: datetime | None
    overdue: bool


class DraftIn(In):
    application_id: int
    kind: MessageKind = MessageKind.FEEDBACK_REQUEST
    lang: Lang = Lang.FR
    formality: Register = Register.VOUS  # "vous" or "tu" (French only)
    to_name: str = Field("", max_length=200)
    to_address: str = Field("", max_length=254)
    interview_moment: str = Field("", max_length=200)
    doubts: list[str] = []


class MessageOut(Schema):
    id: int
    application_id: int | None
    kind: str
    lang: str
    to_name: str
    to_address: str
    subject: str
    body: str
    status: str
    sent_via: str
    sent_at: datetime | None


def _item_out(item: FeedbackItem) -> dict:
    return {
        **{f: getattr(item, f) for f in ("id", "application_id", "source_kind", "source_name")},
        "received_on": item.received_on,
        "statements": (statements := list(item.statements.all())),
        "set_aside": item.set_aside,
        "no_feedback": not statements,
    }


def _point_out(p: services.Point) -> dict:
    fields = ("label", "theme", "dimension", "polarity", "count", "sources", "trend", "score")
    return {"group": p.group, **{f: getattr(p.point, f) for f in fields}, "quotes": p.quotes}


@router.get("/feedback/items", response={200: list[ItemOut], **ERRORS})
def list_items(request: AuthedRequest, limit: int = 100, offset: int = offset_query()) -> object:
    rows = FeedbackItem.objects.for_user(request.user).prefetch_related("statements")
    return [_item_out(i) for i in rows[offset : offset + max(1, min(limit, 500))]]


@router.post("/feedback/items", response={201: ItemOut, **ERRORS})
def add_item(request: AuthedRequest, payload: ItemIn) -> object:
    data = payload.dict()
    app_id = data.pop("application_id")
    application = owned_or_404(Application.objects, request.user, app_id) if app_id else None
    try:
        item = services.add_feedback(request.user, application=application, **data)
    except services.FeedbackInputError as exc:
        raise HttpError(422, str(exc)) from None
    return Status(201, _item_out(item))


@router.get("/feedback/items/{pk}", response={200: ItemOut, **ERRORS})
def get_item(request: AuthedRequest, pk: int) -> object:
    return _item_out(owned_or_404(FeedbackItem.objects, request.user, pk))


@router.patch("/feedback/statements/{pk}", response={200: StatementOut, **ERRORS})
def correct_statement(request: AuthedRequest, pk: int, payload: LabelsIn) -> object:
    statement = owned_or_404(Statement.objects, request.user, pk)
    changes = {k: v for k, v in payload.dict().items() if v is not None}
    try:
        services.correct_labels(request.user, statement, changes)
    except services.FeedbackInputError as exc:
        raise HttpError(422, str(exc)) from None
    statement.refresh_from_db()
    return statement


@router.post("/feedback/statements/{pk}/answer", response={200: ItemOut, **ERRORS})
def answer_statement(request: AuthedRequest, pk: int, payload: AnswerIn) -> object:
    """The person's answer to a doubtful (or any) statement; returns the item as it is now."""
    statement = owned_or_404(Statement.objects.select_related("item"), request.user, pk)
    try:
        services.answer(request.user, statement, payload.answer)
    except services.FeedbackInputError as exc:
        raise HttpError(422, str(exc)) from None
    return _item_out(FeedbackItem.objects.get(pk=statement.item_id))


@router.post("/feedback/items/{pk}/restore/{index}", response={200: ItemOut, **ERRORS})
def restore_piece(request: AuthedRequest, pk: int, index: int) -> object:
    """A set-aside piece brought back as feedback."""
    item = owned_or_404(FeedbackItem.objects, request.user, pk)
    try:
        services.restore(request.user, item, index)
    except services.FeedbackInputError as exc:
        raise HttpError(422, str(exc)) from None
    item.refresh_from_db()
    return _item_out(item)


@router.get("/feedback/points", response={200: list[PointOut], **ERRORS})
def list_points(request: AuthedRequest, limit: int = 20) -> object:
    found = services.recurring_points(request.user, datetime.now(UTC), max(1, min(limit, 100)))
    return [_point_out(p) for p in found]


@router.get("/feedback/strengths", response={200: list[PointOut], **ERRORS})
def list_strengths(request: AuthedRequest) -> object:
    return [_point_out(p) for p in services.strength_points(request.user, datetime.now(UTC))]


@router.get("/feedback/due", response={200: list[FeedbackDueOut], **ERRORS})
def list_due(request: AuthedRequest) -> object:
    found = services.due_items(request.user, datetime.now(UTC), request.user.time_zone)
    return [
        {
            "kind": d.item.kind,
            "application_id": d.application.pk,
            "due_at": d.item.due_at,
            "window_end": d.item.window_end,
            "overdue": d.overdue,
        }
        for d in found
    ]


@router.post("/feedback/messages", response={201: MessageOut, **ERRORS})
def draft_message(request: AuthedRequest, payload: DraftIn) -> object:
    data = payload.dict()
    application = owned_or_404(Application.objects, request.user, data.pop("application_id"))
    data["register"] = data.pop("formality")
    return Status(201, services.new_draft(request.user, application=application, **data))


@router.get("/feedback/messages/{pk}", response={200: MessageOut, **ERRORS})
def get_message(request: AuthedRequest, pk: int) -> object:
    return owned_or_404(Message.objects, request.user, pk)
