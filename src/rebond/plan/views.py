"""The plan page, sprints and actions (C5.1–C5.4)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.plan import services
from rebond.plan.forms import (
    ActionForm,
    AlternativeForm,
    DoneForm,
    SkillGapForm,
    SprintForm,
    StatusForm,
)
from rebond.plan.models import Action
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx


def _forms() -> dict[str, object]:
    return {
        "sprint_form": SprintForm(),
        "skill_form": SkillGapForm(),
        "alternative_form": AlternativeForm(),
    }


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    plan = services.overview(request.user, timezone.localdate())
    return render(request, "plan/home.html", {"plan": plan, "done_form": DoneForm(), **_forms()})


@login_required
@require_POST
def sprint_create(request: AuthedRequest) -> HttpResponse:
    form = SprintForm(request.POST)
    if not form.is_valid():
        plan = services.overview(request.user, timezone.localdate())
        context = {**_forms(), "plan": plan, "sprint_form": form, "done_form": DoneForm()}
        return render(request, "plan/home.html", context, status=400)
    services.create_sprint(
        request.user,
        lessons=form.lessons_chosen(),
        start=form.cleaned_data["start"],
        include_wellbeing=form.cleaned_data["include_wellbeing"],
    )
    messages.success(request, _("Sprint created: two weeks, a few focused actions."))
    return redirect("plan:home")


@login_required
def action_create(request: AuthedRequest) -> HttpResponse:
    form = ActionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sprint = services.current_sprint(request.user, timezone.localdate())
        action = services.create_action(request.user, sprint=sprint, **form.cleaned_data)
        messages.success(request, _("Action added."))
        return redirect(action)
    return render(request, "plan/action_form.html", {"form": form})


@login_required
def action_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    action = owned_or_404(Action.objects.select_related("sprint", "follows"), request.user, pk)
    context = {
        "action": action,
        "done_form": DoneForm(),
        "status_form": StatusForm(initial={"status": action.status}),
        "next_steps": action.next_steps.all(),
    }
    return render(request, "plan/action_detail.html", context)


@login_required
@require_POST
def action_done(request: AuthedRequest, pk: int) -> HttpResponse:
    action = owned_or_404(Action.objects.all(), request.user, pk)
    form = DoneForm(request.POST)
    if form.is_valid():
        services.complete_action(action, evidence=form.cleaned_data["evidence"])
    if is_htmx(request):
        context = {"action": action, "done_form": form if not form.is_valid() else DoneForm()}
        return render(request, "plan/_action.html", context)
    if form.is_valid():
        messages.success(request, _("Well done. The evidence is kept with the action."))
    else:
        messages.error(request, _("Say what shows it is done."))
    return redirect((request.POST.get("next") == "plan" and "plan:home") or action)


@login_required
@require_POST
def action_status(request: AuthedRequest, pk: int) -> HttpResponse:
    action = owned_or_404(Action.objects.all(), request.user, pk)
    form = StatusForm(request.POST)
    if form.is_valid():
        services.set_status(action, form.cleaned_data["status"])
        messages.success(request, _("Status updated."))
    return redirect(action)


@login_required
@require_POST
def skill_gap(request: AuthedRequest) -> HttpResponse:
    form = SkillGapForm(request.POST)
    if form.is_valid():
        today = timezone.localdate()
        services.add_skill_gap(
            request.user, **form.cleaned_data, sprint=services.current_sprint(request.user, today)
        )
        messages.success(request, _("Three linked steps added: learn, build, show."))
    else:
        messages.error(request, _("Name the skill to acquire."))
    return redirect("plan:home")


@login_required
@require_POST
def alternative(request: AuthedRequest) -> HttpResponse:
    form = AlternativeForm(request.POST)
    if form.is_valid():
        today = timezone.localdate()
        services.add_alternative(
            request.user, **form.cleaned_data, sprint=services.current_sprint(request.user, today)
        )
        messages.success(request, _("First step of that path added to the plan."))
    return redirect("plan:home")
