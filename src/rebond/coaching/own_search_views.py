"""A coach-only account starts a job search of its own (coaching/own_search.py)."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rebond.coaching import own_search
from rebond.coaching.access import hosted_login_required


@hosted_login_required
def start(request: HttpRequest) -> HttpResponse:
    """What starting one's own job search changes (GET), then starts it (POST)."""
    if request.method == "POST":
        own_search.start(request.user)
        messages.success(
            request,
            _("Your own job search is started: its pages are in the menu, next to your caseload."),
        )
        return redirect("plan:today")
    context = {"started": not own_search.coach_only(request.user)}
    return render(request, "coaching/own_search.html", context)
