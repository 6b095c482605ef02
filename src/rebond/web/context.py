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
]


def navigation(request: HttpRequest) -> dict[str, object]:
    items = []
    for name, label in NAVIGATION:
        try:
            url = reverse(name)
        except NoReverseMatch:
            continue
        items.append({"url": url, "label": label, "current": request.path == url})
    return {"navigation": items}
