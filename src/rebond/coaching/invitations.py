"""Invitation links: sign-up by invitation (hosted mode) into an organisation.

An invitation is stored as a hash, bound to the invited address, and counts against the
organisation's job seeker seats while it is pending. Its inviter and the organisation's admins
list it, send it again (a new link: the old one stops working) and withdraw it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from rebond.coaching.choices import COACHING_ROLES, Role
from rebond.coaching.models import Invitation, Membership, Organisation
from rebond.method.errors import ServiceError

if TYPE_CHECKING:
    from rebond.accounts.models import User

LIFETIME = timedelta(days=14)

# What an invitation is now, in the order of the list (status, label).
PENDING, EXPIRED, USED, WITHDRAWN = "pending", "expired", "used", "withdrawn"
STATUS_LABELS = {
    PENDING: _("Pending"),
    EXPIRED: _("Expired"),
    USED: _("Used"),
    WITHDRAWN: _("Withdrawn"),
}


class InvitationError(ServiceError):
    """An invitation the organisation's rules refuse (the message is for the person)."""


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _pending_filter() -> Q:
    return Q(used_at__isnull=True, withdrawn_at__isnull=True, expires_at__gt=timezone.now())


def status(invitation: Invitation) -> str:
    if invitation.used_at:
        return USED
    if invitation.withdrawn_at:
        return WITHDRAWN
    return PENDING if invitation.expires_at > timezone.now() else EXPIRED


def seats_taken(organisation: Organisation) -> int:
    """Job seekers of the organisation plus job seeker invitations still pending."""
    members = Membership.objects.filter(organisation=organisation, role=Role.SEEKER).count()
    pending = Invitation.objects.filter(
        _pending_filter(), organisation=organisation, role=Role.SEEKER
    ).count()
    return members + pending


def _check_seat(organisation: Organisation, role: str) -> None:
    if role != Role.SEEKER or organisation.seats is None:
        return
    if seats_taken(organisation) >= organisation.seats:
        raise InvitationError(
            _(
                "All %(seats)s job seeker seats of %(name)s are taken (pending invitations "
                "included): withdraw an invitation or ask the operator for more seats."
            )
            % {"seats": organisation.seats, "name": organisation.name}
        )


def may_invite(user: User, organisation: Organisation, role: str) -> bool:
    """An organisation admin invites anyone; a coach invites job seekers."""
    roles = (Role.ADMIN,) if role != Role.SEEKER else COACHING_ROLES
    return Membership.objects.filter(user=user, organisation=organisation, role__in=roles).exists()


@transaction.atomic
def create(
    inviter: Any, organisation: Organisation, email: str, role: str = Role.SEEKER
) -> tuple[Invitation, str]:
    """A new invitation and the secret token of its link; refused when the seats are taken."""
    Organisation.objects.select_for_update().filter(pk=organisation.pk).first()  # one at a time
    _check_seat(organisation, role)
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        user=inviter,
        organisation=organisation,
        email=email,
        role=role,
        digest=_digest(token),
        expires_at=timezone.now() + LIFETIME,
    )
    return invitation, token


def invite(inviter: Any, organisation: Organisation, email: str, role: str = Role.SEEKER) -> str:
    """A new invitation; returns the secret token for the link."""
    return create(inviter, organisation, email, role)[1]


def visible(user: User, organisation: Organisation) -> QuerySet[Invitation]:
    """The organisation's invitations for one of its admins; one's own for anyone else."""
    rows = Invitation.objects.filter(organisation=organisation).select_related("user")
    if not Membership.objects.filter(
        user=user, organisation=organisation, role=Role.ADMIN
    ).exists():
        rows = rows.filter(user=user)
    return rows.order_by("-created_at")


def manageable(user: User, pk: int) -> Invitation:
    """An invitation `user` may send again or withdraw: their own while they still coach in its
    organisation, or any of an organisation they admin."""
    mine = Membership.objects.filter(user=user)
    admin_of = mine.filter(role=Role.ADMIN).values("organisation_id")
    coach_of = mine.filter(role__in=COACHING_ROLES).values("organisation_id")
    found = (
        Invitation.objects.filter(pk=pk, used_at__isnull=True)
        .filter(Q(user=user, organisation_id__in=coach_of) | Q(organisation_id__in=admin_of))
        .select_related("organisation")
        .first()
    )
    if found is None:
        raise Http404
    return found


@transaction.atomic
def renew(user: User, pk: int) -> tuple[Invitation, str]:
    """A new link for the same address and role, valid a full lifetime; the old link is dead."""
    invitation = manageable(user, pk)
    if status(invitation) != PENDING:  # it takes a seat again
        Organisation.objects.select_for_update().filter(pk=invitation.organisation_id).first()
        _check_seat(invitation.organisation, invitation.role)
    token = secrets.token_urlsafe(32)
    invitation.digest = _digest(token)
    invitation.expires_at = timezone.now() + LIFETIME
    invitation.withdrawn_at = None
    invitation.save(update_fields=["digest", "expires_at", "withdrawn_at"])
    return invitation, token


def withdraw(user: User, pk: int) -> Invitation:
    """The link stops working at once; the seat is free again. The row stays in the list."""
    invitation = manageable(user, pk)
    if invitation.withdrawn_at is None:
        invitation.withdrawn_at = timezone.now()
        invitation.save(update_fields=["withdrawn_at"])
    return invitation


def find_usable(token: str) -> Invitation | None:
    if not token:
        return None
    return Invitation.objects.filter(_pending_filter(), digest=_digest(token)).first()


@transaction.atomic
def accept(token: str, user: User) -> Membership | None:
    usable = find_usable(token)
    if usable is None:
        return None
    invitation = Invitation.objects.select_for_update().filter(pk=usable.pk).first()
    if invitation is None:
        return None
    invitation.used_at = timezone.now()
    invitation.save(update_fields=["used_at"])
    membership, _ = Membership.objects.get_or_create(
        user=user,
        organisation=invitation.organisation,
        defaults={"role": invitation.role, "coach": _own_coach(invitation)},
    )
    return membership


def _own_coach(invitation: Invitation) -> Any:
    """A job seeker invited by a coach of the organisation joins that coach's caseload."""
    if invitation.role != Role.SEEKER:
        return None
    inviter_coaches = Membership.objects.filter(
        user_id=invitation.user_id,
        organisation_id=invitation.organisation_id,
        role__in=COACHING_ROLES,
    ).exists()
    return invitation.user if inviter_coaches else None
