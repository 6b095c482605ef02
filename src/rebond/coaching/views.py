from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.coaching import caseload as caseload_service
from rebond.coaching import handover, membership, organisation_views, services, threads
from rebond.coaching.access import hosted_login_required
from rebond.coaching.choices import COACHING_ROLES, Role
from rebond.coaching.forms import CommentForm, InviteForm, SharingForm
from rebond.coaching.models import Membership, Organisation
from rebond.method import caseload as caseload_rules
from rebond.web.access import AuthedRequest
from rebond.web.reauth import reauthentication_required


@hosted_login_required
def sharing(request: AuthedRequest) -> HttpResponse:
    """The job seeker's side: who may read what, who read it, and their comments."""
    current = {c.pk for c in services.coaches_of(request.user)}
    coaches = [
        (
            coach,
            SharingForm(
                # One prefix per coach: every checkbox id is unique on the page.
                prefix=f"coach{coach.pk}",
                initial={"sections": sorted(services.given_sections(request.user, coach))},
            ),
            coach.pk in current,
        )
        for coach in services.sharing_partners(request.user)
    ]
    found = threads.for_seeker(request.user)
    threads.mark_read(request.user, found)
    context = {
        "coaches": coaches,
        "offers": handover.offers(request.user),
        "log": services.access_log(request.user),
        "threads": found,
        "viewer": request.user,
        "back": request.get_full_path(),
    }
    return render(request, "coaching/sharing.html", context)


@require_POST
@hosted_login_required
@reauthentication_required
def sharing_update(request: AuthedRequest, coach_pk: int) -> HttpResponse:
    coach = next((c for c in services.sharing_partners(request.user) if c.pk == coach_pk), None)
    form = SharingForm(request.POST, prefix=f"coach{coach_pk}")
    if coach is None or not form.is_valid():
        raise Http404
    services.set_sharing(request.user, coach, set(form.cleaned_data["sections"]))
    messages.success(request, _("Sharing updated."))
    return redirect("coaching:sharing")


def _coach_only(request: AuthedRequest) -> None:
    if not services.is_coach(request.user):
        raise Http404


def _number(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 1


@hosted_login_required
def caseload(request: AuthedRequest) -> HttpResponse:
    """The coach's home page: who needs help now, sorted, filtered, searched, paged."""
    _coach_only(request)
    sort = request.GET.get("sort", "attention")
    signal = request.GET.get("signal", "")
    query = request.GET.get("q", "")[:100]
    found = caseload_service.page(
        request.user,
        sort=sort,
        signal=signal,
        query=query,
        number=_number(request.GET.get("page")),
    )
    context = {
        "page": found,
        "sort": sort if sort in caseload_service.SORTS else "attention",
        "sorts": caseload_service.SORTS.items(),
        "signal": signal,
        "signals": [
            (kind.value, label, found.counts[kind])
            for kind, label in caseload_service.SIGNAL_LABELS.items()
        ],
        "query": query,
        "zone": caseload_service.coach_zone(request.user),
        "invite_form": InviteForm(admin=bool(services.organisations(request.user, Role.ADMIN))),
    }
    return render(request, "coaching/caseload.html", context)


@require_POST
@hosted_login_required
def remind(request: AuthedRequest, pk: int) -> HttpResponse:
    """One click: e-mail a member of the caseload who shares nothing yet (rate-limited)."""
    _coach_only(request)
    link = request.build_absolute_uri(reverse("coaching:sharing"))
    try:
        caseload_service.remind(request.user, pk, link)
    except caseload_service.ReminderRefused:
        messages.error(request, _("No reminder sent: one was sent lately, or it is not needed."))
    else:
        messages.success(request, _("Reminder sent."))
    return redirect("coaching:caseload")


@hosted_login_required
def interviews(request: AuthedRequest) -> HttpResponse:
    """Interviews across the caseload in the coming days, in the coach's time zone."""
    _coach_only(request)
    context = {
        "interviews": caseload_service.interviews(request.user),
        "days": caseload_rules.thresholds().interviews_days,
        "zone": caseload_service.coach_zone(request.user),
    }
    return render(request, "coaching/interviews.html", context)


@require_POST
@hosted_login_required
def invite(request: AuthedRequest) -> HttpResponse:
    """The caseload's invitation form: into the organisation the person admins, else coaches."""
    admin_of = services.organisations(request.user, Role.ADMIN)
    organisation_ids = admin_of or services.organisations(request.user, *COACHING_ROLES)
    form = InviteForm(request.POST, admin=bool(admin_of))
    if not organisation_ids or not form.is_valid():
        raise Http404
    organisation = get_object_or_404(Organisation, pk=organisation_ids[0])
    back = reverse("coaching:caseload")
    return organisation_views.send_invitation(
        request, organisation, form, back, _("Back to the caseload")
    )


@require_POST
@hosted_login_required
def comment(request: AuthedRequest, pk: int, section: str) -> HttpResponse:
    seeker = services.seeker_for_coach(request.user, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        services.comment(request.user, seeker, section, **form.cleaned_data)
        messages.success(request, _("Comment added."))
    else:
        messages.error(request, _("A comment needs some text (2000 characters at most)."))
    return redirect("coaching:section", pk=pk, section=section)


@hosted_login_required
@reauthentication_required
def leave(request: AuthedRequest, organisation_pk: int) -> HttpResponse:
    """A confirmation page (works without JavaScript), then leaving on POST."""
    found = get_object_or_404(
        Organisation, pk=organisation_pk, pk__in=services.organisations(request.user)
    )
    if request.method == "POST":
        try:
            membership.leave(request.user, found)
        except membership.MembershipError:
            messages.error(request, _("An organisation keeps at least one admin."))
            return redirect("coaching:organisation")
        messages.success(request, _("You left %(name)s.") % {"name": found.name})
        return redirect("home")
    return render(request, "coaching/confirm_leave.html", {"organisation": found})


@hosted_login_required
@reauthentication_required
def remove_member(request: AuthedRequest, pk: int) -> HttpResponse:
    found = get_object_or_404(Membership.objects.select_related("user", "organisation"), pk=pk)
    if not membership.is_admin(request.user, found.organisation) or found.user_id == (
        request.user.pk
    ):
        raise Http404
    if request.method == "POST":
        membership.remove(request.user, found)
        messages.success(
            request,
            _("%(name)s no longer belongs to the organisation.")
            % {"name": found.user.get_full_name() or found.user.username},
        )
        return redirect("coaching:organisation")
    return render(request, "coaching/confirm_remove.html", {"membership": found})
