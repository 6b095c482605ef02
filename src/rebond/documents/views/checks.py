"""Keyword coverage against a job description; htmx swaps the result in place."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from rebond.accounts.language import playbook_lang
from rebond.documents.forms import CheckForm
from rebond.documents.models import CvVersion, KeywordCheck
from rebond.documents.services import cvs, keywords
from rebond.web.access import owned_or_404
from rebond.web.htmx import is_htmx


@login_required
@require_POST
def create(request: HttpRequest, pk: int) -> HttpResponse:
    cv = owned_or_404(CvVersion.objects, request.user, pk)
    form = CheckForm(request.user, request.POST)
    if not form.is_valid():
        template = (
            "documents/_check_errors.html" if is_htmx(request) else "documents/cv_detail.html"
        )
        context = {"cv": cv, "check_form": form, "report": cvs.report(cv, playbook_lang())}  # type: ignore[arg-type]
        return render(request, template, context, status=400)
    check = keywords.create_check(
        request.user, cv, form.cleaned_data["job_text"], form.cleaned_data["application"]
    )
    if is_htmx(request):
        return render(request, "documents/_check_result.html", _context(check))
    return redirect(check)


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    check = owned_or_404(
        KeywordCheck.objects.select_related("cv", "application__company"), request.user, pk
    )
    return render(request, "documents/check_detail.html", _context(check))


def _context(check: KeywordCheck) -> dict[str, object]:
    result = keywords.result(check, playbook_lang())  # type: ignore[arg-type]
    matched = [
        (m, keywords.ZONE_LABELS.get(m.zone, m.zone), keywords.HOW_LABELS[m.how])
        for m in result.matched
    ]
    missing = [(t, keywords.ZONE_LABELS.get(t.zone, t.zone)) for t in result.missing]
    return {
        "check": check,
        "result": result,
        "percent": round(100 * result.score),
        "matched": matched,
        "missing": missing,
    }
