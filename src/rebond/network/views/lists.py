"""Targets, interviewers met, companies that said no, and import / export (C6.2, C6.4, C6.5)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.jobs.models import Application, Interview
from rebond.method.agenda.rules import reapply_window
from rebond.method.agenda.timings import timings
from rebond.network import importing, services
from rebond.network.forms import GapForm, ImportForm, TargetForm
from rebond.network.models import CompanyKeepWarm, Target
from rebond.web.access import AuthedRequest, owned_or_404

RECENT_INTERVIEWS = 30


@login_required
def targets(request: AuthedRequest) -> HttpResponse:
    form = TargetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.add_target(request.user, **form.cleaned_data)
        messages.success(request, _("Target added."))
        return redirect("network:targets")
    rows = Target.objects.for_user(request.user).select_related("contact")
    return render(request, "network/targets.html", {"form": form, "targets": rows})


@login_required
@require_POST
def target_done(request: AuthedRequest, pk: int) -> HttpResponse:
    target = owned_or_404(Target.objects.all(), request.user, pk)
    target.done = not target.done
    target.save(update_fields=["done"])
    return redirect("network:targets")


@login_required
def interviewers(request: AuthedRequest) -> HttpResponse:
    """People met in interviews, to keep as contacts (C6.1)."""
    rows = (
        Interview.objects.for_user(request.user)
        .exclude(interviewers="")
        .select_related("application__company")
        .prefetch_related("contacts")
        .order_by("-scheduled_at")[:RECENT_INTERVIEWS]
    )
    people = []
    for interview in rows:
        known = {c.display_name.casefold(): c for c in interview.contacts.all()}
        for name, role in services.interviewer_lines(interview):
            people.append((interview, name, role, known.get(name.casefold())))
    return render(request, "network/interviewers.html", {"people": people})


@login_required
@require_POST
def interviewer_add(request: AuthedRequest, pk: int) -> HttpResponse:
    interview = owned_or_404(
        Interview.objects.select_related("application__company"), request.user, pk
    )
    name = request.POST.get("name", "")
    lines = dict(services.interviewer_lines(interview))
    if name not in lines:
        messages.error(request, _("This person is not listed in the interview."))
        return redirect("network:interviewers")
    contact = services.contact_from_interviewer(interview, name, lines[name])
    messages.success(request, _("Contact added from the interview."))
    return redirect(contact)


@login_required
def companies(request: AuthedRequest) -> HttpResponse:
    """Companies that said no: stay in touch, and know when applying again makes sense."""
    rejected = (
        Application.objects.for_user(request.user)
        .rejected()
        .select_related("company", "keep_warm_plan__contact")
        .order_by("-stage_changed_at")
    )
    tz = services.person_tz(request.user)
    rows = []
    for application in rejected:
        plan = getattr(application, "keep_warm_plan", None)
        gap = plan.gap_closed_at if plan else None
        rows.append((application, plan, reapply_window(application.stage_changed_at, tz, gap)))
    context = {"rows": rows, "gap_form": GapForm(), "timings": timings()}
    return render(request, "network/companies.html", context)


@login_required
@require_POST
def company_plan(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.all(), request.user, pk)
    try:
        services.start_company_plan(application)
    except ValueError as exc:
        messages.error(request, str(exc))
    return redirect("network:companies")


@login_required
@require_POST
def company_plan_update(request: AuthedRequest, pk: int, step: str) -> HttpResponse:
    plan = owned_or_404(CompanyKeepWarm.objects.all(), request.user, pk)
    if step == "connected":
        plan.connected_at = plan.connected_at or timezone.now()
        plan.save(update_fields=["connected_at"])
    else:
        form = GapForm(request.POST)
        if form.is_valid():
            services.close_gap(plan, form.cleaned_data["evidence"])
            messages.success(request, _("Gap closed: the re-apply window opens now."))
        else:
            messages.error(request, _("Say what shows the gap is closed."))
    return redirect("network:companies")


@login_required
def import_contacts(request: AuthedRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = importing.import_contacts(
            request.user,
            upload.read(),
            upload.name,
            dry_run=form.cleaned_data["dry_run"],
            keep_warm=form.cleaned_data["keep_warm"],
        )
        if report.ok and not report.dry_run:
            messages.success(request, _("%(n)d contacts imported.") % {"n": report.created})
            for warning in report.warnings:
                messages.warning(request, warning)
            return redirect("network:home")
    status = 400 if report is not None and not report.ok else 200
    return render(request, "network/import.html", {"form": form, "report": report}, status=status)


@login_required
def export_vcf(request: AuthedRequest) -> HttpResponse:
    response = HttpResponse(
        importing.export_vcf(request.user), content_type="text/vcard; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="rebond-contacts.vcf"'
    return response
