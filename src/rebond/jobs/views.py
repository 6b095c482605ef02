from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.jobs import presenting, services
from rebond.jobs.choices import Stage
from rebond.jobs.forms import (
    ApplicationForm,
    FilterForm,
    InterviewForm,
    MoveStageForm,
    NewApplicationForm,
    QuickAddForm,
    RejectForm,
)
from rebond.jobs.models import Application, Company
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx

LIST_PAGE_SIZE = 50
# What a row of the list shows (presenting.list_rows): the other columns are left unread.
LIST_FIELDS = ("role", "stage", "furthest_stage", "channel", "applied_on", "company__name")


@login_required
def board(request: AuthedRequest) -> HttpResponse:
    move_choices = MoveStageForm.base_fields["stage"].choices  # type: ignore[attr-defined]
    columns = presenting.board_columns(services.board(request.user), move_choices)
    ended = Stage.outcomes()  # an offer is not an end
    groups = [
        {"title": _("In progress"), "columns": [c for c in columns if c["stage"] not in ended]},
        {"title": _("Closed"), "columns": [c for c in columns if c["stage"] in ended]},
    ]
    return render(request, "jobs/board.html", {"groups": groups, "quick": QuickAddForm()})


@login_required
def application_list(request: AuthedRequest) -> HttpResponse:
    form = FilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = services.search(request.user, **{k: v for k, v in filters.items() if v}).only(
        *LIST_FIELDS
    )
    page = Paginator(rows, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    template = "jobs/_application_table.html" if is_htmx(request) else "jobs/list.html"
    return render(
        request, template, {"form": form, "page": page, "rows": presenting.list_rows(page)}
    )


@login_required
def application_create(request: AuthedRequest) -> HttpResponse:
    form = NewApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        application = services.create_application(
            request.user, company=form.cleaned_data["company"], **form.service_fields()
        )
        messages.success(request, _("Application added."))
        return redirect(application)
    return render(request, "jobs/application_form.html", {"form": form})


@login_required
@require_POST
def quick_add(request: AuthedRequest) -> HttpResponse:
    url = request.POST.get("job_url", "").strip()
    if url and not (
        request.POST.get("company", "").strip() and request.POST.get("role", "").strip()
    ):
        # Only the ad's link: read the page, then let the person check the form.
        return redirect(f"{reverse('jobs:from-ad')}?{urlencode({'url': url})}")
    form = QuickAddForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "jobs/application_form.html",
            {"form": NewApplicationForm(request.POST)},
            status=400,
        )
    data = form.cleaned_data
    services.create_application(request.user, company=data.pop("company"), **data)
    messages.success(request, _("Application added."))
    return redirect("jobs:board")


@login_required
def application_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    # The outcome comes with the row (None when there is none): no query of its own.
    application = owned_or_404(
        Application.objects.select_related("company", "outcome"), request.user, pk
    )
    return render(
        request,
        "jobs/application_detail.html",
        {
            "application": application,
            "events": application.events.all(),
            "interviews": application.interviews.all(),
            "outcome": getattr(application, "outcome", None),
            "move_form": MoveStageForm(initial={"stage": application.stage}),
        },
    )


@login_required
def application_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.all(), request.user, pk)
    form = ApplicationForm(request.POST or None, instance=application)
    if request.method == "POST" and form.is_valid():
        services.update_application(
            application, company=form.cleaned_data["company"], **form.service_fields()
        )
        messages.success(request, _("Changes saved."))
        return redirect(application)
    return render(request, "jobs/application_form.html", {"form": form, "application": application})


@login_required
@require_POST
def application_move(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.all(), request.user, pk)
    ending = request.POST.get("stage", "")
    if ending in Stage.outcomes():
        # An ending is recorded with its outcome, on the page made for it.
        messages.error(request, _("To record how it ended, fill in this page."))
        return redirect(f"{reverse('jobs:reject', args=[pk])}?{urlencode({'result': ending})}")
    form = MoveStageForm(request.POST)
    if form.is_valid():
        services.move_stage(application, form.cleaned_data["stage"], note=form.cleaned_data["note"])
        messages.success(request, _("Stage updated."))
    else:
        messages.error(request, _("Choose a valid stage."))
    return redirect((request.POST.get("next") == "board" and "jobs:board") or application)


@login_required
def interview_create(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.select_related("company"), request.user, pk)
    next_round = application.interviews.count() + 1
    form = InterviewForm(
        request.POST or None, initial={"round": next_round, "scheduled_at": timezone.localtime()}
    )
    if request.method == "POST" and form.is_valid():
        services.log_interview(application, **form.cleaned_data)
        messages.success(request, _("Interview logged."))
        return redirect(application)
    return render(request, "jobs/interview_form.html", {"form": form, "application": application})


@login_required
def application_reject(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.select_related("company"), request.user, pk)
    initial = {
        "result": request.GET.get("result", Stage.REJECTED),
        "stage_reached": application.furthest_stage,
        "decided_on": request.GET.get("decided_on") or timezone.localdate(),
        # Pre-filled from the page that sends here (a message with no feedback in it).
        "reason": request.GET.get("reason", "")[:200],
    }
    form = RejectForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.close_application(application, **form.cleaned_data)
        messages.success(request, _("Recorded. Take a breath: what comes next is up to you."))
        # The page then offers the guided debrief (never forced): land on that offer.
        return redirect(f"{application.get_absolute_url()}#debrief")
    return render(request, "jobs/reject_form.html", {"form": form, "application": application})


@login_required
def company_list(request: AuthedRequest) -> HttpResponse:
    companies = services.companies_with_counts(request.user)
    page = Paginator(companies, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "jobs/company_list.html", {"page": page})


@login_required
def company_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    company = owned_or_404(Company.objects.all(), request.user, pk)
    applications = company.applications.prefetch_related("events").order_by("-applied_on")
    return render(
        request, "jobs/company_detail.html", {"company": company, "applications": applications}
    )
