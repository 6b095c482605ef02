"""The organisation page: members by role and their coach, seats, invitations, hand-overs."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from rebond.coaching import handover, invitations, inviting, mail, membership, services
from rebond.coaching.access import hosted_login_required
from rebond.coaching.choices import COACHING_ROLES, Role
from rebond.coaching.forms import HandOverForm, InviteForm
from rebond.coaching.models import Organisation
from rebond.web.access import AuthedRequest
from rebond.web.reauth import reauthentication_required

if TYPE_CHECKING:
    from rebond.accounts.models import User

ROLE_ORDER = (Role.ADMIN, Role.COACH, Role.SEEKER)


def _name(user: User) -> str:
    return user.get_full_name() or user.username


def _workspace(user: User, organisation: Organisation) -> dict[str, Any]:
    """What one organisation's block shows to `user` (an admin sees the whole workspace)."""
    admin = membership.is_admin(user, organisation)
    coaching = organisation.pk in services.organisations(user, *COACHING_ROLES)
    row: dict[str, Any] = {"organisation": organisation, "admin": admin, "coaching": coaching}
    if coaching:
        row["invite_form"] = InviteForm(admin=admin, prefix=f"org{organisation.pk}")
        row["invitations"] = [
            (invitation, status, invitations.STATUS_LABELS[status])
            for invitation in invitations.visible(user, organisation)
            for status in [invitations.status(invitation)]
        ]
    if admin:
        members = list(membership.members(user, organisation))
        caseloads = Counter(m.coach_id for m in members if m.role == Role.SEEKER and m.coach_id)
        member_ids = {m.user_id for m in members}
        row["groups"] = [
            (role, [(m, caseloads[m.user_id]) for m in members if m.role == role])
            for role in ROLE_ORDER
        ]
        row["former"] = list(
            get_user_model().objects.filter(pk__in=[pk for pk in caseloads if pk not in member_ids])
        )
        row["seekers"] = sum(1 for m in members if m.role == Role.SEEKER)
        row["without_coach"] = sum(1 for m in members if m.role == Role.SEEKER and not m.coach_id)
        row["no_coach"] = handover.NO_COACH
        row["seats_taken"] = invitations.seats_taken(organisation)
    return row


@hosted_login_required
def organisation(request: AuthedRequest) -> HttpResponse:
    """Each organisation the person belongs to; its coaches and admins manage it from here."""
    found = Organisation.objects.filter(pk__in=services.organisations(request.user))
    rows = [_workspace(request.user, o) for o in found.order_by("name")]
    return render(request, "coaching/organisation.html", {"rows": rows})


def _shown(
    request: HttpRequest, sent: inviting.Sent, back: str, back_label: str, resent: bool = False
) -> HttpResponse:
    """The link, and whether the e-mail left (the page says so when it did not)."""
    context = {
        "link": sent.link,
        "email": sent.invitation.email,
        "sent": sent.emailed,
        "resent": resent,
        "back": back,
        "back_label": back_label,
    }
    return render(request, "coaching/invited.html", context)


def send_invitation(
    request: AuthedRequest, organisation: Organisation, form: InviteForm, back: str, back_label: str
) -> HttpResponse:
    """Create the invitation and e-mail it; refused (seats, rights) with a message."""
    if not invitations.may_invite(request.user, organisation, form.cleaned_data["role"]):
        raise Http404
    try:
        sent = inviting.send(
            request.user, organisation, absolute=request.build_absolute_uri, **form.cleaned_data
        )
    except invitations.InvitationError as refused:
        messages.error(request, str(refused))
        return redirect(back)
    return _shown(request, sent, back, back_label)


@require_POST
@hosted_login_required
def invite(request: AuthedRequest, organisation_pk: int) -> HttpResponse:
    found = get_object_or_404(
        Organisation,
        pk=organisation_pk,
        pk__in=services.organisations(request.user, *COACHING_ROLES),
    )
    admin = membership.is_admin(request.user, found)
    form = InviteForm(request.POST, admin=admin, prefix=f"org{found.pk}")
    if not form.is_valid():
        messages.error(request, _("Give a valid e-mail address to invite."))
        return redirect("coaching:organisation")
    back = reverse("coaching:organisation")
    return send_invitation(request, found, form, back, _("Back to my organisation"))


@require_POST
@hosted_login_required
def resend(request: AuthedRequest, pk: int) -> HttpResponse:
    """A new link by e-mail; the previous one stops working."""
    try:
        sent = inviting.send_again(request.user, pk, absolute=request.build_absolute_uri)
    except invitations.InvitationError as refused:
        messages.error(request, str(refused))
        return redirect("coaching:organisation")
    back = reverse("coaching:organisation")
    return _shown(request, sent, back, _("Back to my organisation"), resent=True)


@hosted_login_required
def withdraw(request: AuthedRequest, pk: int) -> HttpResponse:
    """A confirmation page (works without JavaScript), then the link stops working on POST."""
    found = invitations.manageable(request.user, pk)
    if request.method == "POST":
        invitations.withdraw(request.user, pk)
        messages.success(
            request, _("The invitation to %(email)s was withdrawn.") % {"email": found.email}
        )
        return redirect("coaching:organisation")
    return render(request, "coaching/confirm_withdraw.html", {"invitation": found})


@hosted_login_required
@reauthentication_required
def hand_over(request: AuthedRequest, organisation_pk: int, coach_pk: int) -> HttpResponse:
    """An admin hands some or all of a coach's job seekers to another coach."""
    found = get_object_or_404(
        Organisation, pk=organisation_pk, pk__in=services.organisations(request.user, Role.ADMIN)
    )
    caseload = handover.caseload_of(request.user, found, coach_pk)
    former = get_object_or_404(get_user_model(), pk=coach_pk) if coach_pk else None
    coaches = handover.coaches(found).exclude(pk=coach_pk)
    if not caseload.exists():
        raise Http404
    form = HandOverForm(request.POST or None, coaches=coaches, caseload=caseload)
    if request.method == "POST" and form.is_valid():
        to = form.cleaned_data["to"]
        try:
            moved = handover.hand_over(
                request.user, found, coach_pk, to, [m.pk for m in form.cleaned_data["seekers"]]
            )
        except handover.HandOverError as refused:
            form.add_error(None, str(refused))
        else:
            link = request.build_absolute_uri(reverse("coaching:sharing"))
            for row in moved:
                mail.handed_over(row.user, found, to, former, link)
            messages.success(
                request,
                ngettext(
                    "%(count)s job seeker handed over to %(name)s, told by e-mail.",
                    "%(count)s job seekers handed over to %(name)s, told by e-mail.",
                    len(moved),
                )
                % {"count": len(moved), "name": _name(to)},
            )
            return redirect("coaching:organisation")
    context = {"organisation": found, "former": former, "form": form, "coaches": coaches}
    return render(request, "coaching/hand_over.html", context)


@require_POST
@hosted_login_required
@reauthentication_required
def share_same(request: AuthedRequest, pk: int) -> HttpResponse:
    """The job seeker's one click: the new coach reads what the former coach was given."""
    coach = handover.share_same(request.user, pk)
    messages.success(
        request, _("You now share the same sections with %(name)s.") % {"name": _name(coach)}
    )
    return redirect("coaching:sharing")
