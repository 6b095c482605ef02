"""The guided debrief (C2): home, start, resume, each step (save, skip, autosave), summary."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rebond.accounts.language import playbook_lang
from rebond.debrief import steps
from rebond.debrief.choices import Step
from rebond.debrief.models import Debrief
from rebond.debrief.services import flow
from rebond.jobs.models import Application
from rebond.method import debrief as method
from rebond.method.safety import not_therapy_notice
from rebond.trash import services as trash
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx

DEBRIEFS = Debrief.objects.select_related("application__company", "application__outcome")


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    lang = playbook_lang(request.user)
    titles = {s.key: s.title for s in method.debrief_steps(lang)}
    ongoing = [
        (d, titles.get(flow.resume_step(d, lang) or "")) for d in flow.in_progress(request.user)
    ]
    finished = DEBRIEFS.for_user(request.user).filter(finished_at__isnull=False)[:20]
    context = {
        "ongoing": ongoing,
        "finished": finished,
        "offers": flow.rejected_applications(request.user)[:20],
        "not_therapy": not_therapy_notice(lang),
    }
    return render(request, "debrief/home.html", context)


@login_required
@require_POST
def start(request: AuthedRequest, application_pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.all(), request.user, application_pk)
    debrief = flow.start(request.user, application)
    return redirect("debrief:resume", debrief.pk)


@login_required
def resume(request: AuthedRequest, pk: int) -> HttpResponse:
    debrief = owned_or_404(Debrief.objects.all(), request.user, pk)
    key = flow.resume_step(debrief, playbook_lang(request.user))
    return redirect("debrief:step", pk, key) if key else redirect("debrief:summary", pk)


@login_required
def step(request: AuthedRequest, pk: int, key: str) -> HttpResponse:
    debrief = owned_or_404(DEBRIEFS, request.user, pk)
    if key not in Step.values:
        raise Http404
    lang = playbook_lang(request.user)
    if request.method == "POST" and "skip" in request.POST:
        flow.settle(debrief, key, skipped=True)
        return redirect("debrief:resume", pk)
    page = steps.build(debrief, key, lang, request.POST if request.method == "POST" else None)
    if request.method == "POST" and page.is_valid():
        tz = timezone.get_current_timezone_name()
        page.context = steps.save(debrief, page, lang, tz, autosave=is_htmx(request))
        if is_htmx(request):
            return render(request, "debrief/_step_feedback.html", _context(debrief, page, lang))
        if page.context["help"]:
            return render(request, "debrief/step.html", _context(debrief, page, lang))
        if "add_row" in request.POST:  # the replay's "Add a question": saved, one more row
            return redirect(f"{reverse('debrief:step', args=[pk, key])}#replay-end")
        flow.settle(debrief, key, skipped=False)
        return redirect("debrief:resume", pk)
    return render(request, "debrief/step.html", _context(debrief, page, lang))


def _context(debrief: Debrief, page: steps.StepPage, lang: str) -> dict[str, object]:
    order = method.debrief_steps(lang)  # type: ignore[arg-type]
    reset_steps = method.reset_steps(lang)  # type: ignore[arg-type]
    return {
        "debrief": debrief,
        "step": next(s for s in order if s.key == page.key),
        "order": order,
        "form": page.form,
        "guide": method.guide(lang),  # type: ignore[arg-type]
        "emotions": method.emotions(lang),  # type: ignore[arg-type]
        "reset_steps": reset_steps,
        "reset_timer_steps": [{"seconds": r.seconds, "label": r.title} for r in reset_steps],
        "reset_minutes": round(sum(r.seconds for r in reset_steps) / 60),
        "cooldown_ends": flow.cooldown_ends(debrief, lang),  # type: ignore[arg-type]
        "outcome": getattr(debrief.application, "outcome", None),
        **page.context,
    }


@login_required
def summary(request: AuthedRequest, pk: int) -> HttpResponse:
    debrief = owned_or_404(DEBRIEFS, request.user, pk)
    lang = playbook_lang(request.user)
    summary = flow.summary(debrief, lang)
    context = {
        "debrief": debrief,
        "summary": summary,
        "emotion_after": flow.emotion_after_reset(summary, lang),
    }
    return render(request, "debrief/summary.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: AuthedRequest, pk: int) -> HttpResponse:
    debrief = owned_or_404(Debrief.objects.all(), request.user, pk)
    return delete_after_asking(
        request,
        what=_("The debrief of %(application)s and everything written in it")
        % {"application": debrief.application},
        cancel=debrief.get_absolute_url(),
        back="debrief:home",
        discard=lambda: trash.discard(request.user, debrief),
    )
