"""Nothing saved twice: the same form sent again is recognised and not run again (X1).

A person double-clicks "Save", or saves, presses Back and saves again: the browser sends the
same fields to the same address. A per-page token cannot see the second case (signed-in pages
are `no-store`, so Back fetches the form again with a new token, and the browser restores only
what the person typed), so the test is on content: a digest of the path and the fields sent,
compared with the person's previous submission within `WINDOW`. Only the latest submission is
remembered, so anything in between (restoring what was just deleted, another form) makes the
same form run again. A submission that did not end in a redirect (form errors, a download) is
forgotten at once, so it can be sent again.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, cast

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from rebond.web.htmx import is_htmx
from rebond.web.models import RecentPost

if TYPE_CHECKING:
    from rebond.accounts.models import User

WINDOW = timedelta(minutes=15)
IGNORED_FIELDS = frozenset({"csrfmiddlewaretoken"})
WAIT_FOR_FIRST = 5.0  # seconds a double click waits for the first request to finish


def digest(request: HttpRequest) -> str:
    """The session, the path and the fields sent (files by name and content), as one hash.
    The session is part of it: signing in again starts a new one, so signing out a second
    time (or any form sent again after a new sign-in) is never taken for a repeat."""
    session = getattr(request, "session", None)
    sha = hashlib.sha256((getattr(session, "session_key", None) or "").encode())
    sha.update(b"\0" + request.path.encode())
    for name in sorted(request.POST):
        if name in IGNORED_FIELDS:
            continue
        for value in request.POST.getlist(name):
            sha.update(b"\0" + name.encode() + b"\1" + value.encode())
    for name in sorted(request.FILES):
        for upload in request.FILES.getlist(name):
            sha.update(b"\2" + name.encode() + b"\1" + (upload.name or "").encode())
            for chunk in upload.chunks():
                sha.update(chunk)
            upload.seek(0)
    return sha.hexdigest()


def watched(request: HttpRequest, view: Callable[..., Any]) -> bool:
    user = getattr(request, "user", None)
    return (
        request.method == "POST"
        and user is not None
        and user.is_authenticated
        and not request.path.startswith("/api/")
        and not is_htmx(request)
        # A view exempt from the CSRF middleware reads its own body (an upload with its own
        # size limits): it must not be parsed before it.
        and not getattr(view, "csrf_exempt", False)
    )


class SubmitOnceMiddleware:
    """After CsrfViewMiddleware, which has already read the fields (so nothing is parsed twice)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        row = getattr(request, "_rebond_recent_post", None)
        if row is not None:
            # By primary key: the view may have removed the row (an account erased).
            found = RecentPost.objects.filter(pk=row.pk)
            if response.status_code in (301, 302, 303) and response.get("Location"):
                found.update(location=response["Location"][:2000])
            else:
                found.delete()
        return response

    def process_view(
        self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any
    ) -> HttpResponse | None:
        if not watched(request, view):
            return None
        user, key = cast("User", request.user), digest(request)  # signed in: watched()
        earlier = timezone.now() - WINDOW
        try:
            with transaction.atomic():
                RecentPost.objects.for_user(user).exclude(digest=key, at__gte=earlier).delete()
                request._rebond_recent_post = RecentPost.objects.create(  # type: ignore[attr-defined]
                    user=user, digest=key
                )
        except IntegrityError:
            return self._again(request, key)
        return None

    def _again(self, request: HttpRequest, key: str) -> HttpResponse | None:
        """The same form a second time: where the first one led, once it has finished."""
        deadline = time.monotonic() + WAIT_FOR_FIRST
        while True:
            row = RecentPost.objects.for_user(request.user).filter(digest=key).first()
            if row is None:  # the first one failed meanwhile: this one runs
                return None
            if row.location or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        messages.info(request, _("Already saved: this form was sent twice and counted once."))
        back = row.location or request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = "/"
        return HttpResponseRedirect(back)
