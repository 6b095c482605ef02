from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from rebond.prep.choices import QuestionSource
from rebond.prep.forms import DrillForm
from rebond.prep.models import Drill
from rebond.prep.services import drills
from rebond.prep.services.guidance import guidance
from rebond.web.access import AuthedRequest, owned_or_404


@login_required
def drill_page(request: AuthedRequest) -> HttpResponse:
    initial = {
        "question": request.GET.get("q", ""),
        "source": request.GET.get("source", QuestionSource.COMMON),
    }
    form = DrillForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        drill = drills.save_drill(request.user, **form.cleaned_data)
        messages.success(request, _("Drill saved."))
        return redirect(drill)
    context = {
        "form": form,
        "groups": drills.question_groups(request.user),
        "recent": drills.recent(request.user, limit=10),
        "chosen": initial["question"],
        "timer_steps": drills.timer_steps(),
        "guidance": guidance(),
    }
    return render(request, "prep/drill.html", context)


@login_required
def drill_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    drill = owned_or_404(Drill.objects.all(), request.user, pk)
    figures = drills.figures(drill.short_answer, drill.long_answer)
    return render(request, "prep/drill_detail.html", {"drill": drill, "figures": figures})
