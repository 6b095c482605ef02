"""The programme report's faces: the page, its PDF and its CSV (issue 23)."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import pgettext

from rebond.coaching import report
from rebond.coaching.access import hosted_login_required
from rebond.coaching.forms import ReportForm
from rebond.web import pdf
from rebond.web.access import AuthedRequest


def _report(request: AuthedRequest, organisation_pk: int) -> tuple[report.Report, ReportForm]:
    form = ReportForm(request.GET)
    if not form.is_valid():
        form = ReportForm()
        form.is_valid()  # an unbound form: no data, the defaults
        data: dict[str, Any] = {"period": "", "start": None, "end": None, "coach": None}
    else:
        data = form.cleaned_data
    organisation, coach = report.scope(request.user, organisation_pk, data["coach"])
    span = report.period(organisation, data["period"], data["start"], data["end"])
    built = report.build(organisation, coach, span, data["period"])
    initial = {**data, "start": span.start, "end": span.end}
    if coach is not None:
        initial["coach"] = coach.pk
    return built, ReportForm(initial=initial)


def _context(built: report.Report) -> dict[str, object]:
    """What the page and the PDF show: the figures, and each coach's in a table."""
    return {
        "report": built,
        "lines": report.lines(built),
        "labels": list(report.LABELS.values()),
        "coach_lines": [
            (line, [report.shown(f, built.k, short=True) for f in line.figures])
            for line in built.per_coach
        ],
    }


@hosted_login_required
def home(request: AuthedRequest) -> HttpResponse:
    """The viewer's report: their first organisation as a coach or an admin."""
    return redirect("coaching:report", organisation_pk=report.first_organisation(request.user))


@hosted_login_required
def page(request: AuthedRequest, organisation_pk: int) -> HttpResponse:
    built, form = _report(request, organisation_pk)
    context = {
        **_context(built),
        "form": form,
        "query": request.GET.urlencode(),
        "own_caseload": built.coach is not None and built.coach.pk == request.user.pk,
    }
    return render(request, "coaching/report.html", context)


def _file_name(built: report.Report, extension: str) -> str:
    base = slugify(pgettext("file name", "programme-report"))
    return (
        f"rebond-{base}-{built.period.start.isoformat()}-{built.period.end.isoformat()}.{extension}"
    )


@hosted_login_required
def as_pdf(request: AuthedRequest, organisation_pk: int) -> HttpResponse:
    built, _form = _report(request, organisation_pk)
    html = render_to_string("coaching/report_pdf.html", _context(built), request=request)
    response = HttpResponse(pdf.pdf(html, ("rebond", "coaching")), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_file_name(built, "pdf")}"'
    return response


@hosted_login_required
def as_csv(request: AuthedRequest, organisation_pk: int) -> HttpResponse:
    built, _form = _report(request, organisation_pk)
    # A BOM so spreadsheet programs read the accents right.
    body = "\ufeff" + report.as_csv(built)
    response = HttpResponse(body.encode("utf-8"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_file_name(built, "csv")}"'
    return response
