"""Leaving an organisation and removing a member: reading ends at once (X2).

`services.honoured` already refuses reading through a share whose coach and person no longer
meet in an organisation; these services also mark such shares revoked, so that the person's
sharing page and the access log tell the truth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from rebond.coaching.choices import Role
from rebond.coaching.models import Membership, Organisation, Share
from rebond.coaching.services import honoured
from rebond.method.errors import ServiceError

if TYPE_CHECKING:
    from rebond.accounts.models import User


class MembershipError(ServiceError):
    """A membership change the organisation's rules refuse (the message is for the person)."""


def is_admin(user: User, organisation: Organisation) -> bool:
    return Membership.objects.filter(user=user, organisation=organisation, role=Role.ADMIN).exists()


def members(admin: Any, organisation: Organisation) -> Any:
    """The organisation's members, for one of its admins only."""
    if not is_admin(admin, organisation):
        raise Http404
    return (
        Membership.objects.filter(organisation=organisation)
        .select_related("user", "coach")
        .order_by("role", "user__last_name", "user__username")
    )


def revoke_dangling(user: User) -> int:
    """Revoke every share given by or to `user` that no organisation supports any more."""
    mine = Share.objects.filter(Q(user=user) | Q(coach=user), revoked_at__isnull=True)
    dangling = mine.exclude(pk__in=honoured(mine).values("pk"))
    return dangling.update(revoked_at=timezone.now())


@transaction.atomic
def leave(user: User, organisation: Organisation) -> int:
    """`user` leaves `organisation`; returns how many shares stopped. The last admin stays."""
    membership = Membership.objects.filter(user=user, organisation=organisation).first()
    if membership is None:
        raise Http404
    if membership.role == Role.ADMIN and _last_admin(membership):
        raise MembershipError("last admin")
    membership.delete()
    return revoke_dangling(user)


@transaction.atomic
def remove(admin: Any, membership: Membership) -> int:
    """An organisation admin removes a member (not themself: that is `leave`)."""
    if membership.user_id == admin.pk or not is_admin(admin, membership.organisation):
        raise Http404
    user = membership.user
    membership.delete()
    return revoke_dangling(user)


def _last_admin(membership: Membership) -> bool:
    return not (
        Membership.objects.filter(organisation=membership.organisation, role=Role.ADMIN)
        .exclude(pk=membership.pk)
        .exists()
    )
