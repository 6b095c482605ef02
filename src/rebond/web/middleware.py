from __future__ import annotations

import json
import zoneinfo
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from rebond.web import typography


class HealthMiddleware:
    """`/health/` answered before sessions and sign-in are read: a probe that carries a
    session cookie during a database outage gets its 503, not a 500 from loading the session."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == "/health/":
            from rebond.web.views import health

            return health(request)
        return self.get_response(request)


class PrivatePagesMiddleware:
    """What a signed-in person sees is theirs (a journal, feedback, a plan): never kept by the
    browser's or a proxy's cache (`Cache-Control: no-store, private`)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, no_store=True, private=True)
        return response


class UserTimezoneMiddleware:
    """Dates are stored in UTC and shown in the person's own time zone."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        name = getattr(request.user, "time_zone", "") or settings.DEFAULT_USER_TIME_ZONE
        try:
            timezone.activate(zoneinfo.ZoneInfo(name))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.activate(zoneinfo.ZoneInfo(settings.DEFAULT_USER_TIME_ZONE))
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()


class RejectNulCharactersMiddleware:
    """Refuse a request that carries a NUL character, on SQLite and PostgreSQL alike.

    PostgreSQL text cannot hold U+0000: a search (`?q=` with `%00`) or a JSON body with
    `\\u0000` would end in a server error there, and be stored silently on SQLite. Forms already
    refuse it (Django's CharField); this covers the URL, its query and the API's JSON bodies.
    The API answers in its own error shape (422), pages with a plain 400.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _carries_nul(request):
            return self.get_response(request)
        message = "The request contains a NUL character (U+0000), which text cannot hold."
        if request.path.startswith("/api/"):
            error = {"code": "invalid", "message": message, "details": []}
            return JsonResponse({"error": error}, status=422)
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _carries_nul(request: HttpRequest) -> bool:
    if "\x00" in request.path:
        return True
    if any(
        "\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists()
    ):
        return True
    if request.content_type != "application/json" or b"u0000" not in request.body:
        return False  # the cheap test first: most bodies never spell the escape
    try:
        return _holds_nul(json.loads(request.body))
    except ValueError:
        return False  # not JSON: the API says so itself


def _holds_nul(value: object) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False


class FrenchTypographyMiddleware:
    """French pages get French typography in one place (`rebond.method.text.typography`): a narrow
    no-break space before : ; ! ? and inside « », so no string carries it by hand and no colon
    wraps to the start of a line. Visible text only: tags, attribute values, form values,
    scripts, styles and code pass through untouched."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
            and typography.is_french()  # the language the page was rendered in
        ):
            response.content = typography.html(response.content.decode(response.charset))
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
