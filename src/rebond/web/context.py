"""The navigation: one entry per capability that exists; the others are simply absent."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    ("jobs:board", _("Board")),
    ("jobs:list", _("Applications")),
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
