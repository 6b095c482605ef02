"""The confidence journal (C4): thought records, assets and attribution, the timeline of
check-ins and small wins, support people. Every row is the person's own (404 for others)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rebond.accounts.language import playbook_lang
from rebond.debrief import forms
from rebond.debrief.models import (
    Asset,
    Attribution,
    CheckIn,
    SupportPerson,
    ThoughtRecord,
    Win,
)
from rebond.debrief.services import journal
from rebond.method.safety import help_message, not_therapy_notice
from rebond.method.thoughts import reformulation
from rebond.trash import services as trash
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404

DELETABLE = {
    "thought": (ThoughtRecord, "debrief:thoughts"),
    "asset": (Asset, "debrief:assets"),
    "attribution": (Attribution, "debrief:assets"),
    "checkin": (CheckIn, "debrief:timeline"),
    "win": (Win, "debrief:timeline"),
    "support": (SupportPerson, "debrief:support"),
}


@login_required
def thoughts(request: AuthedRequest) -> HttpResponse:
    lang = playbook_lang(request.user)
    form = forms.ThoughtForm(request.POST or None, lang=lang)
    if request.method == "POST" and form.is_valid():
        record = journal.save_thought(request.user, form.cleaned_data)
        return redirect(record)
    context = {"form": form, "records": journal.thoughts(request.user)[:50]}
    return render(
        request, "debrief/thoughts.html", context | {"not_therapy": not_therapy_notice(lang)}
    )


@login_required
def thought(request: AuthedRequest, pk: int) -> HttpResponse:
    record = owned_or_404(ThoughtRecord.objects.all(), request.user, pk)
    lang = playbook_lang(request.user)
    initial = {n: getattr(record, n) for n in forms.ThoughtForm.base_fields}
    form = forms.ThoughtForm(request.POST or None, initial=initial, lang=lang)
    if request.method == "POST" and form.is_valid():
        journal.save_thought(request.user, form.cleaned_data, record)
        messages.success(request, _("Thought record saved."))
        return redirect(record)
    spotted = _spotted(record.thought, form.data or initial, lang)
    return render(request, "debrief/thought.html", {"form": form, "record": record, **spotted})


@login_required
@require_POST
def spot(request: AuthedRequest) -> HttpResponse:
    """htmx: distortion suggestions for the thought being written (nothing is saved)."""
    lang = playbook_lang(request.user)
    context = _spotted(request.POST.get("thought", ""), request.POST, lang)
    return render(request, "debrief/_spotted.html", context)


def _spotted(thought: str, data: object, lang: str) -> dict[str, object]:
    if journal.record_crisis(dict(data.items()) if hasattr(data, "items") else {}):
        return {"help": help_message(lang)}  # type: ignore[arg-type]
    result = journal.spot(thought)
    if result is None or not result.distorted:
        return {"result": result}
    suggestions = [reformulation(d, result.lang) for d in result.distortions[:2]]
    return {"result": result, "suggestions": suggestions}


@login_required
def assets(request: AuthedRequest) -> HttpResponse:
    asset_form = forms.AssetForm(request.POST if "asset" in request.POST else None)
    outcome_form = forms.AttributionForm(request.POST if "attribution" in request.POST else None)
    if asset_form.is_bound and asset_form.is_valid():
        journal.add_asset(request.user, **asset_form.cleaned_data)
        return redirect("debrief:assets")
    if outcome_form.is_bound and outcome_form.is_valid():
        journal.add_attribution(request.user, **outcome_form.cleaned_data)
        return redirect("debrief:assets")
    context = {
        "asset_form": asset_form,
        "outcome_form": outcome_form,
        "assets": journal.assets(request.user),
        "attributions": Attribution.objects.for_user(request.user)[:20],
    }
    return render(request, "debrief/assets.html", context)


@login_required
def timeline(request: AuthedRequest) -> HttpResponse:
    lang = playbook_lang(request.user)
    mood_form = forms.MoodForm(request.POST if "mood_form" in request.POST else None, lang=lang)
    win_form = forms.WinForm(request.POST if "win_form" in request.POST else None)
    if mood_form.is_bound and mood_form.is_valid():
        checkin = journal.log_mood(request.user, lang=lang, **mood_form.cleaned_data)
        if checkin.soothing_action:
            messages.success(
                request,
                _("Noted. Something that may help: %(action)s")
                % {"action": checkin.soothing_action},
            )
        return redirect("debrief:timeline")
    if win_form.is_bound and win_form.is_valid():
        journal.add_win(request.user, **win_form.cleaned_data)
        return redirect("debrief:timeline")
    context = {
        "mood_form": mood_form,
        "win_form": win_form,
        "items": journal.timeline(request.user),
    }
    return render(request, "debrief/timeline.html", context)


@login_required
def support(request: AuthedRequest) -> HttpResponse:
    form = forms.SupportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        journal.add_support_person(request.user, **form.cleaned_data)
        return redirect("debrief:support")
    context = {"form": form, "people": journal.support_people(request.user)}
    return render(request, "debrief/support.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: AuthedRequest, kind: str, pk: int) -> HttpResponse:
    if kind not in DELETABLE:
        raise Http404
    model, back = DELETABLE[kind]
    row = owned_or_404(model.objects.all(), request.user, pk)
    return delete_after_asking(
        request,
        what=str(row),
        cancel=reverse(back),
        back=back,
        discard=lambda: trash.discard(request.user, row),
    )
