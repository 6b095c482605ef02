"""Error pages in the person's language: 400, 403, 404 and 429 inside the site's frame (menu
included), 500 and the CSRF refusal in a page that needs no database and no request context."""

from __future__ import annotations

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


def _texts(status: int) -> tuple[str, str]:
    return {
        400: (_("Bad request"), _("This request could not be read. Go back and try again.")),
        403: (
            _("Access refused"),
            _("This page is not one you can open. If you were signed in, sign in again."),
        ),
        429: (
            _("Too many attempts"),
            _("Too many attempts from this network just now. Wait a few minutes and try again."),
        ),
        404: (
            _("Page not found"),
            _("This page does not exist, or no longer does: it may have been deleted."),
        ),
        500: (
            _("Something went wrong"),
            _("An error on our side stopped this page. Your data is safe: try again in a moment."),
        ),
    }[status]


def _page(request: HttpRequest, status: int) -> HttpResponse:
    title, message = _texts(status)
    context = {"title": title, "message": message}
    try:
        body = render_to_string("errors/page.html", context, request=request)
    except DatabaseError:  # the frame reads the session and the person: do without them
        body = render_to_string("errors/plain.html", context)
    return HttpResponse(body, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(request, 400)


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(request, 403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(request, 404)


def too_many_requests(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """A rate limit refused the request (sign-in, sign-up, password reset)."""
    return _page(request, 429)


def server_error(request: HttpRequest) -> HttpResponse:
    """No database, no context processor: the error may be the database itself."""
    title, message = _texts(500)
    body = render_to_string("errors/plain.html", {"title": title, "message": message})
    return HttpResponse(body, status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent without its token (an old tab, cookies refused): 403, in plain words."""
    body = render_to_string(
        "errors/plain.html",
        {
            "title": _("The form has expired"),
            "message": _("Reload the page and send the form again. Cookies must be allowed."),
        },
    )
    return HttpResponse(body, status=403)
