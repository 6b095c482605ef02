from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.jobs.models import Interview
from rebond.prep.choices import Material
from rebond.prep.forms import ChecklistForm
from rebond.prep.services import checklists
from rebond.prep.services.guidance import guidance
from rebond.web.access import AuthedRequest, owned_or_404

INTERVIEWS = Interview.objects.select_related("application__company")


@login_required
def checklist(request: AuthedRequest, pk: int) -> HttpResponse:
    interview = owned_or_404(INTERVIEWS, request.user, pk)
    current = checklists.checklist_for(interview)
    form = ChecklistForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        checklists.update_checklist(current, **form.cleaned_data)
        messages.success(request, _("Checklist saved."))
        return redirect("prep:checklist", pk=pk)
    brief = checklists.brief(request.user, interview)
    context = {"brief": brief, "form": form, "guidance": guidance()}
    return render(request, "prep/checklist.html", context)


@login_required
@require_POST
def ritual_done(request: AuthedRequest, pk: int) -> HttpResponse:
    interview = owned_or_404(INTERVIEWS, request.user, pk)
    checklists.mark_ritual_done(checklists.checklist_for(interview))
    messages.success(request, _("Centring ritual done. You are ready."))
    return redirect("prep:checklist", pk=pk)


@login_required
def printable(request: AuthedRequest, pk: int) -> HttpResponse:
    interview = owned_or_404(INTERVIEWS, request.user, pk)
    brief = checklists.brief(request.user, interview)
    context = {"brief": brief, "materials": Material.choices}
    return render(request, "prep/brief_print.html", context)
