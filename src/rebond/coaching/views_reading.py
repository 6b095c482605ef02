"""A coach reading what a person shares: the one-screen summary and each section's page."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from rebond.coaching import readable, reading, services
from rebond.coaching.access import hosted_login_required
from rebond.coaching.choices import Section
from rebond.coaching.summary import summary
from rebond.web.access import AuthedRequest


@hosted_login_required
def person(request: AuthedRequest, pk: int) -> HttpResponse:
    seeker = services.seeker_for_coach(request.user, pk)
    found = summary(request.user, seeker)
    context = {"person": seeker, "sections": found.shared, "blocks": found.blocks}
    return render(request, "coaching/person.html", context)


@hosted_login_required
def section(request: AuthedRequest, pk: int, section: str) -> HttpResponse:
    seeker = services.seeker_for_coach(request.user, pk)
    tables = services.open_section(request.user, seeker, section)
    asked = request.GET.get("table", "")
    page = int(request.GET["page"]) if request.GET.get("page", "").isdigit() else 1
    all_rows = readable.all_rows(tables, {asked: page})
    context = {
        "person": seeker,
        "section": Section(section),
        "view": reading.read(section, seeker, readable.by_name(tables), timezone.now()),
        "all_rows": all_rows,
        "asked_table": asked,
        "sections": [
            (value, label)
            for value, label in Section.choices
            if value in services.shared_sections(seeker, request.user)
        ],
    }
    return render(request, "coaching/section.html", context)
