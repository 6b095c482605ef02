"""Keyword coverage against a job description; htmx swaps the result in place."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from rebond.accounts.language import playbook_lang
from rebond.documents.forms import CheckForm
from rebond.documents.models import CvVersion, KeywordCheck
from rebond.documents.services import cvs, keywords
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx


@login_required
@require_POST
def create(request: AuthedRequest, pk: int) -> HttpResponse:
    cv = owned_or_404(CvVersion.objects, request.user, pk)
    form = CheckForm(request.user, request.POST)
    if not form.is_valid():
        template = (
            "documents/_check_errors.html" if is_htmx(request) else "documents/cv_detail.html"
        )
        context = {"cv": cv, "check_form": form, "report": cvs.report(cv, playbook_lang())}
        return render(request, template, context, status=400)
    check = keywords.create_check(
        request.user, cv, form.cleaned_data["job_text"], form.cleaned_data["application"]
    )
    if is_htmx(request):
        return render(request, "documents/_check_result.html", _context(check))
    return redirect(check)


@login_required
def detail(request: AuthedRequest, pk: int) -> HttpResponse:
    check = owned_or_404(
        KeywordCheck.objects.select_related("cv", "application__company"), request.user, pk
    )
    return render(request, "documents/check_detail.html", _context(check))


@login_required
@require_POST
def dismiss(request: AuthedRequest, pk: int) -> HttpResponse:
    """ "Not relevant for me" (or, with `restore`, relevant again): remembered per person."""
    check = owned_or_404(KeywordCheck.objects.select_related("cv"), request.user, pk)
    term = request.POST.get("term", "").strip()
    if term:
        if request.POST.get("restore"):
            keywords.restore(request.user, term)
        else:
            keywords.dismiss(request.user, term)
    if is_htmx(request):
        return render(request, "documents/_check_result.html", _context(check))
    return redirect(check)


def _context(check: KeywordCheck) -> dict[str, object]:
    lang = playbook_lang()
    result = keywords.requirements(check, lang)
    advice = keywords.advice(check.user, result, lang)
    rows = [
        (
            req,
            advice.get(i),
            keywords.KIND_LABELS[req.kind],
            keywords.HOW_LABELS.get(req.how or "", ""),
        )
        for i, req in enumerate(result.requirements)
    ]
    matched = [(k, keywords.HOW_LABELS.get(k.how, k.how)) for k in result.matched]
    return {
        "check": check,
        "result": result,
        "percent": round(100 * result.score),
        "rows": rows,
        "covered_count": sum(1 for r in result.requirements if r.covered and not r.dismissed),
        "counted": sum(1 for r in result.requirements if not r.dismissed),
        "matched": matched,
    }
