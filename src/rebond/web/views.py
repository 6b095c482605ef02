from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse

from rebond.web.access import AuthedRequest


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    """Hosted mode: the page an app claims for the person (a coach's caseload); otherwise the
    Today page once the plan exists, the board until then. Signing in lands here."""
    from django.conf import settings

    if not settings.LOCAL_MODE:
        from rebond.web.contributions import landing

        claimed = landing(request.user)
        if claimed:
            return redirect(claimed)
    try:
        return redirect(reverse("plan:today"))
    except NoReverseMatch:
        return redirect("jobs:board")


def health(request: HttpRequest) -> HttpResponse:
    """For the load balancer: 200 when this server can reach its database, 503 otherwise.
    Tells nothing else (no version, no counts)."""
    from django.db import DatabaseError, connection

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
