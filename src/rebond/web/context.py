"""The navigation: one entry per capability that exists; the others are simply absent."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    ("plan:today", _("Today")),
    ("jobs:board", _("Board")),
    ("jobs:list", _("Applications")),
    ("debrief:home", _("Debrief")),
    ("feedback:home", _("Feedback")),
    ("plan:home", _("Plan")),
    ("network:home", _("Network")),
    ("prep:home", _("Preparation")),
    ("documents:home", _("CV")),
    ("insights:dashboard", _("Dashboard")),
    ("jobs:companies", _("Companies")),
    ("privacy:home", _("My data")),
]
# Hosted mode only: a coach's caseload (shown to coaches only).
HOSTED_NAVIGATION = [("coaching:caseload", _("Caseload"))]


def navigation(request: HttpRequest) -> dict[str, object]:
    from django.conf import settings

    entries = NAVIGATION
    user = getattr(request, "user", None)
    if not settings.LOCAL_MODE and user is not None and user.is_authenticated:
        from rebond.coaching.services import is_coach

        entries = NAVIGATION + HOSTED_NAVIGATION if is_coach(user) else NAVIGATION
    items = []
    for name, label in entries:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "current": request.path == url})
    return {"navigation": items}


def hosting(request: HttpRequest) -> dict[str, object]:
    """Whether the page is served by a hosted Rebond (account menu, sign-up links)."""
    from django.apps import apps
    from django.conf import settings

    hosted = not settings.LOCAL_MODE and apps.is_installed("allauth.account")
    context: dict[str, object] = {"hosted_mode": hosted}
    if hosted:

        def signup_open() -> bool:  # called by the template only where it is used
            from allauth.account.adapter import get_adapter

            return bool(get_adapter(request).is_open_for_signup(request))

        context["signup_open"] = signup_open
    return context
