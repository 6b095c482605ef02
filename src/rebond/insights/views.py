from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_http_methods, require_POST

from rebond.insights import services
from rebond.insights.choices import Dimension, Metric, ReportKind
from rebond.insights.forms import ExperimentForm, FunnelFilterForm
from rebond.insights.models import Experiment
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx


@login_required
def dashboard(request: AuthedRequest) -> HttpResponse:
    panels = services.dashboard(request.user, timezone.localdate())
    return render(request, "insights/dashboard.html", {"panels": panels})


@login_required
def funnel(request: AuthedRequest) -> HttpResponse:
    form = FunnelFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    since, until = data.get("since"), data.get("until")
    by, metric = data.get("by"), Metric(data.get("metric") or Metric.ANSWERED)
    context = {
        "form": form,
        "overview": services.funnel_overview(request.user, since, until),
        "periods": services.by_period(request.user, data.get("period") or "month", since, until),
        "breakdown": by and services.breakdown(request.user, Dimension(by), metric, since, until),
    }
    template = "insights/_funnel_results.html" if is_htmx(request) else "insights/funnel.html"
    return render(request, template, context)


@login_required
def experiment_list(request: AuthedRequest) -> HttpResponse:
    form = ExperimentForm(request.POST or None, initial={"start": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            experiment = services.create_experiment(request.user, **form.cleaned_data)
        except services.ExperimentError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Experiment saved. One change at a time!"))
            return redirect(experiment)
    evaluations = services.evaluate_all(request.user, timezone.localdate())
    return render(request, "insights/experiments.html", {"form": form, "evaluations": evaluations})


@login_required
def experiment_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    experiment = owned_or_404(Experiment.objects.all(), request.user, pk)
    evaluation = services.evaluate(request.user, experiment, timezone.localdate())
    return render(request, "insights/experiment_detail.html", {"evaluation": evaluation})


@login_required
@require_POST
def experiment_stop(request: AuthedRequest, pk: int) -> HttpResponse:
    experiment = owned_or_404(Experiment.objects.all(), request.user, pk)
    try:
        services.stop_experiment(experiment, timezone.localdate())
        messages.success(request, _("Experiment stopped: the verdict uses the data so far."))
    except services.ExperimentError as exc:
        messages.error(request, str(exc))
    return redirect(experiment)


@login_required
@require_http_methods(["GET", "POST"])
def experiment_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    experiment = owned_or_404(Experiment.objects.all(), request.user, pk)
    return delete_after_asking(
        request,
        what=str(experiment),
        cancel=experiment.get_absolute_url(),
        back="insights:experiments",
        discard=lambda: services.delete_experiment(experiment),
    )


def _report(request: AuthedRequest, kind: str) -> services.Report:
    if kind not in ReportKind.values:
        raise Http404
    today = timezone.localdate()
    try:
        day = parse_date(request.GET.get("day") or "") or today
    except ValueError:  # well-formed but impossible, like 2026-02-30
        raise Http404 from None
    return services.review(request.user, kind, day, today)


@login_required
def report(request: AuthedRequest, kind: str) -> HttpResponse:
    return render(request, "insights/report.html", {"report": _report(request, kind)})


# The PDF's file name in the person's language (letters, digits and dashes only).
_FILE_NAMES: dict[str, Callable[[], str]] = {
    ReportKind.WEEKLY: lambda: slugify(pgettext("file name", "weekly-review")),
    ReportKind.MONTHLY: lambda: slugify(pgettext("file name", "monthly-review")),
}


@login_required
def report_pdf(request: AuthedRequest, kind: str) -> HttpResponse:
    data = _report(request, kind)
    html = render_to_string("insights/report_pdf.html", {"report": data}, request=request)
    response = HttpResponse(services.report_pdf(html), content_type="application/pdf")
    name = f"rebond-{_FILE_NAMES[kind]()}-{data.start.isoformat()}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
