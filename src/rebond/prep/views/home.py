from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render

from rebond.prep.choices import PitchKind
from rebond.prep.services import checklists, mocks, pitches, stories
from rebond.prep.services.guidance import guidance
from rebond.web.access import AuthedRequest


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    interviews = list(checklists.upcoming(request.user)[:5])
    return render(
        request,
        "prep/home.html",
        {
            "bank": stories.bank(request.user),
            "pitch": next(iter(pitches.versions(request.user, PitchKind.PITCH, limit=1)), None),
            "interviews": interviews,
            "sessions": mocks.progress(request.user, limit=3)[::-1],
            "guidance": guidance(),
        },
    )
