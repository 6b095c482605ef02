"""The bin: deletes through the API land here too; list, restore, delete for good."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from ninja import Router, Status
from ninja.errors import HttpError

from rebond.api.errors import ErrorOut
from rebond.trash import services as trash
from rebond.trash.models import BinEntry
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["bin"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 409: ErrorOut}
ENTRY_HEADER = "X-Rebond-Bin-Entry"


def binned(entry: BinEntry) -> HttpResponse:
    """What a DELETE answers: 204, and the bin entry that can bring the row back."""
    response = HttpResponse(status=204)
    response[ENTRY_HEADER] = str(entry.pk)
    return response


def _entry(entry: BinEntry) -> dict[str, Any]:
    return {
        "id": entry.pk,
        "kind": entry.kind,
        "label": entry.label,
        "deleted_at": entry.deleted_at.isoformat(),
        "expires_at": entry.expires_at.isoformat(),
    }


@router.get("/bin", response={200: list[dict[str, Any]], **ERRORS})
def list_bin(request: AuthedRequest) -> object:
    trash.purge_expired(user=request.user)
    return [_entry(e) for e in BinEntry.objects.for_user(request.user).defer("payload")]


@router.post("/bin/{pk}/restore", response={200: dict[str, Any], **ERRORS})
def restore(request: AuthedRequest, pk: int) -> object:
    entry = owned_or_404(BinEntry.objects.all(), request.user, pk)
    kind = entry.kind
    try:
        row = trash.restore(request.user, entry)
    except trash.RestoreError as error:
        raise HttpError(409, str(error)) from None
    return {"kind": kind, "id": row.pk}


@router.delete("/bin/{pk}", response={204: None, **ERRORS})
def delete_for_good(request: AuthedRequest, pk: int) -> object:
    trash.purge(owned_or_404(BinEntry.objects.all(), request.user, pk))
    return Status(204, None)
