"""What every delete view of the web face does: ask first, then move to the bin with an undo.

A delete form carries `data-confirm` (static/rebond/confirm.js turns it into a dialog that adds
`confirmed=1`); without JavaScript the first POST, or a GET, shows a confirmation page instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rebond.trash.models import KEEP_DAYS, BinEntry

UNDO_TAG = "undo-"


def confirmed(request: HttpRequest) -> bool:
    return request.method == "POST" and request.POST.get("confirmed") == "1"


def ask_first(
    request: HttpRequest,
    *,
    what: str,
    cancel: str,
    question: str | None = None,
    button: str | None = None,
    forever: bool = False,
) -> HttpResponse:
    """The confirmation page (works without JavaScript)."""
    context = {
        "what": what,
        "question": question or _("Move this to the bin?"),
        "button": button or _("Move to the bin"),
        "cancel": cancel,
        "forever": forever,
        "keep_days": KEEP_DAYS,
    }
    return render(request, "trash/confirm.html", context)


def binned(request: HttpRequest, entry: BinEntry, back: Any) -> HttpResponse:
    """After a delete: a message with an Undo button, then back where it makes sense."""
    text = _("Moved to the bin: %(kind)s “%(label)s”")
    values = {"kind": entry.kind_noun, "label": _short(entry.label)}
    messages.success(request, text % values, extra_tags=f"{UNDO_TAG}{entry.pk}")
    return redirect(back)


def delete_after_asking(
    request: HttpRequest,
    *,
    what: str,
    cancel: str,
    back: Any,
    discard: Callable[[], BinEntry],
) -> HttpResponse:
    """The whole delete of a web face: confirmation page (GET, or POST not yet confirmed), then
    `discard()` (the use case's service, which moves the row to the bin) and the undo message."""
    if not confirmed(request):
        return ask_first(request, what=what, cancel=cancel)
    return binned(request, discard(), back)


def undo_entry(message: Any) -> int | None:
    """The bin entry a message offers to restore, if any."""
    for tag in str(getattr(message, "extra_tags", "") or "").split():
        if tag.startswith(UNDO_TAG) and tag[len(UNDO_TAG) :].isdigit():
            return int(tag[len(UNDO_TAG) :])
    return None


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
