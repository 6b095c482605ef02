"""Contacts, exchanges and what the network asks of the person: parse → service → serialise."""

from __future__ import annotations

from datetime import date, datetime

from django.utils import timezone
from ninja import Query, Router, Schema, Status

from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.api.paging import offset_field
from rebond.method.errors import ServiceError
from rebond.network import services
from rebond.network.agenda import due_items
from rebond.network.choices import ContactKind, InteractionChannel
from rebond.network.models import Contact
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["network"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class ContactIn(In):
    first_name: str = ""
    last_name: str = ""
    kind: ContactKind = ContactKind.OTHER
    company_name: str = ""
    role: str = ""
    how_met: str = ""
    email: str = ""
    phone: str = ""
    profile_url: str = ""
    tags: str = ""
    notes: str = ""
    keep_warm: bool = True
    cadence_months: int | None = None


class ContactOut(Schema):
    id: int
    first_name: str
    last_name: str
    kind: str
    company_name: str
    role: str
    how_met: str
    email: str
    phone: str
    profile_url: str
    tags: str
    notes: str
    keep_warm: bool
    cadence_months: int | None
    last_interaction_at: datetime | None
    due_at: datetime | None
    connected_on: date | None


class InteractionIn(In):
    summary: str
    occurred_at: datetime | None = None
    channel: InteractionChannel = InteractionChannel.EMAIL
    next_step: str = ""
    i_gave: str = ""
    they_gave: str = ""


class InteractionOut(Schema):
    id: int
    contact_id: int
    occurred_at: datetime
    channel: str
    summary: str
    next_step: str
    i_gave: str
    they_gave: str


class NetworkDueOut(Schema):
    kind: str
    title: str
    due_at: datetime
    window_end: datetime | None
    reference: str
    url: str


class ContactFilters(In):
    text: str = ""
    kind: str = ""
    tag: str = ""
    limit: int = 100
    offset: int = offset_field()


def _check_cadence(payload: ContactIn) -> dict[str, object]:
    data = payload.dict()
    if data["cadence_months"] is not None and not 1 <= data["cadence_months"] <= 24:
        raise ServiceError("cadence_months must be between 1 and 24.")
    return data


@router.get("/contacts", response={200: list[ContactOut], **ERRORS})
def list_contacts(request: AuthedRequest, filters: Query[ContactFilters]) -> object:
    limit = max(1, min(filters.limit, 500))
    rows = services.search_contacts(request.user, filters.text, filters.kind, filters.tag)
    return list(rows[filters.offset : filters.offset + limit])


@router.post("/contacts", response={201: ContactOut, **ERRORS})
def create_contact(request: AuthedRequest, payload: ContactIn) -> object:
    return Status(201, services.create_contact(request.user, **_check_cadence(payload)))


@router.get("/contacts/{pk}", response={200: ContactOut, **ERRORS})
def get_contact(request: AuthedRequest, pk: int) -> object:
    return owned_or_404(Contact.objects.all(), request.user, pk)


@router.put("/contacts/{pk}", response={200: ContactOut, **ERRORS})
def update_contact(request: AuthedRequest, pk: int, payload: ContactIn) -> object:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    return services.update_contact(contact, **_check_cadence(payload))


@router.get("/contacts/{pk}/interactions", response={200: list[InteractionOut], **ERRORS})
def list_interactions(request: AuthedRequest, pk: int) -> object:
    return list(owned_or_404(Contact.objects.all(), request.user, pk).interactions.all()[:500])


@router.post("/contacts/{pk}/interactions", response={201: InteractionOut, **ERRORS})
def log_interaction(request: AuthedRequest, pk: int, payload: InteractionIn) -> object:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    return Status(201, services.log_interaction(contact, **payload.dict()))


@router.get("/network/due", response={200: list[NetworkDueOut], **ERRORS})
def network_due(request: AuthedRequest) -> object:
    """Keep-warm check-ins, informational-interview steps and re-apply windows ahead."""
    items = due_items(request.user, timezone.now(), services.person_tz(request.user))
    return sorted(items, key=lambda item: item.due_at)
