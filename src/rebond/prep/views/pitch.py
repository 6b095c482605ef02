from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.prep.choices import PitchKind
from rebond.prep.forms import CompareForm, PitchForm
from rebond.prep.models import PitchVersion
from rebond.prep.services import pitches
from rebond.prep.services.guidance import guidance
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx


def _page(request: AuthedRequest, form: PitchForm, check: object = None) -> HttpResponse:
    context = {
        "form": form,
        "check": check,
        "pitch_versions": pitches.versions(request.user, PitchKind.PITCH),
        "value_versions": pitches.versions(request.user, PitchKind.VALUE_PROPOSITION),
        "guidance": guidance(),
    }
    return render(request, "prep/pitch.html", context)


@login_required
def pitch(request: AuthedRequest) -> HttpResponse:
    form = PitchForm(request.POST or None, initial={"kind": request.GET.get("kind", "pitch")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        pitches.save_version(request.user, data["kind"], data["text"], data["label"])
        messages.success(request, _("Version saved."))
        return redirect(f"{request.path}?kind={data['kind']}")
    return _page(request, form)


@login_required
@require_POST
def pitch_check(request: AuthedRequest) -> HttpResponse:
    """The live estimate (htmx fragment), or the whole page with it when JavaScript is off."""
    form = PitchForm(request.POST)
    valid = form.is_valid()
    check = pitches.check(form.cleaned_data["kind"], form.cleaned_data["text"]) if valid else None
    if is_htmx(request):
        return render(request, "prep/_pitch_check.html", {"check": check})
    return _page(request, form, check)


@login_required
def pitch_compare(request: AuthedRequest) -> HttpResponse:
    form = CompareForm(request.GET)
    if not form.is_valid():
        messages.error(request, _("Choose two versions to compare."))
        return redirect("prep:pitch")
    first = owned_or_404(PitchVersion.objects.all(), request.user, form.cleaned_data["a"])
    second = owned_or_404(PitchVersion.objects.all(), request.user, form.cleaned_data["b"])
    if first.kind != second.kind:
        messages.error(request, _("Compare two versions of the same kind."))
        return redirect("prep:pitch")
    older, newer = sorted((first, second), key=lambda v: (v.created_at, v.pk))
    rows = pitches.compare(first, second)
    context = {"older": older, "newer": newer, "rows": rows}
    return render(request, "prep/pitch_compare.html", context)
