"""Invitation links: sign-up by invitation (hosted mode) into an organisation."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from rebond.coaching.choices import COACHING_ROLES, Role
from rebond.coaching.models import Invitation, Membership, Organisation

LIFETIME = timedelta(days=14)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(inviter: Any, organisation: Organisation, email: str, role: str = Role.SEEKER) -> str:
    """A new invitation; returns the secret token for the link (shown once)."""
    token = secrets.token_urlsafe(32)
    Invitation.objects.create(
        user=inviter,
        organisation=organisation,
        email=email,
        role=role,
        digest=_digest(token),
        expires_at=timezone.now() + LIFETIME,
    )
    return token


def find_usable(token: str) -> Invitation | None:
    if not token:
        return None
    return Invitation.objects.filter(
        digest=_digest(token), used_at__isnull=True, expires_at__gt=timezone.now()
    ).first()


@transaction.atomic
def accept(token: str, user: Any) -> Membership | None:
    found = Invitation.objects.select_for_update().filter(
        pk=getattr(find_usable(token), "pk", None)
    )
    invitation = found.first()
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
