"""Handing a coach's caseload to another coach of the organisation (an admin's decision).

Only `Membership.coach` changes: consent stays the job seeker's. The new coach reads nothing
until the person shares with them (their sharing page offers the same sections as with the
former coach, in one click); what the person shared with the former coach stays theirs to
revoke, unless that coach has left the organisation (then it is revoked, as on leaving).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext as _

from rebond.coaching import services
from rebond.coaching.choices import COACHING_ROLES, Role, Section
from rebond.coaching.membership import is_admin, revoke_dangling
from rebond.coaching.models import Membership, Organisation
from rebond.method.errors import ServiceError

if TYPE_CHECKING:
    from rebond.accounts.models import User

NO_COACH = 0  # in place of a coach's id: the job seekers who have no coach yet


class HandOverError(ServiceError):
    """A hand-over the organisation's rules refuse (the message is for the admin)."""


def coaches(organisation: Organisation) -> Any:
    """The organisation's coaches and admins, who may receive a caseload."""
    ids = Membership.objects.filter(organisation=organisation, role__in=COACHING_ROLES)
    return (
        get_user_model()
        .objects.filter(pk__in=ids.values("user_id"))
        .order_by("first_name", "last_name", "username")
    )


def caseload_of(admin: Any, organisation: Organisation, coach_pk: int) -> Any:
    """The organisation's job seekers whose coach is `coach_pk` (a coach who left included;
    `NO_COACH`: those without a coach)."""
    if not is_admin(admin, organisation):
        raise Http404
    return (
        Membership.objects.filter(
            organisation=organisation, role=Role.SEEKER, coach_id=coach_pk or None
        )
        .select_related("user", "coach")
        .order_by("user__first_name", "user__username")
    )


@transaction.atomic
def hand_over(
    admin: Any, organisation: Organisation, coach_pk: int, to: Any, membership_pks: list[int]
) -> list[Membership]:
    """Move the chosen job seekers of `coach_pk`'s caseload to coach `to`; returns them."""
    rows = list(caseload_of(admin, organisation, coach_pk).filter(pk__in=membership_pks))
    if to.pk == coach_pk:
        raise HandOverError(_("Choose another coach to hand the caseload to."))
    if not coaches(organisation).filter(pk=to.pk).exists():
        raise HandOverError(_("The caseload goes to a coach of the organisation."))
    if not rows:
        raise HandOverError(_("Tick at least one job seeker to hand over."))
    Membership.objects.filter(pk__in=[m.pk for m in rows]).update(
        coach=to, former_coach_id=coach_pk or None
    )
    former = get_user_model().objects.filter(pk=coach_pk).first() if coach_pk else None
    if former is not None and not coaches(organisation).filter(pk=coach_pk).exists():
        revoke_dangling(former)  # a coach who left reads nothing, whatever a row says
    for row in rows:
        row.coach, row.former_coach = to, former
    return rows


@dataclass(frozen=True)
class Offer:
    """On the person's sharing page: share with the new coach what the former one reads."""

    membership: Membership
    sections: tuple[str, ...]

    @property
    def labels(self) -> list[str]:
        return [str(Section(s).label) for s in self.sections]


def offers(seeker: User) -> list[Offer]:
    """One offer per hand-over whose new coach lacks sections the former coach was given."""
    current = {c.pk for c in services.coaches_of(seeker)}
    found = []
    rows = Membership.objects.for_user(seeker).filter(
        coach__isnull=False, former_coach__isnull=False
    )
    for row in rows.select_related("coach", "former_coach", "organisation"):
        if row.coach_id not in current:
            continue
        # Both set (the filter above): a hand-over names the former and the new coach.
        former, new = cast("User", row.former_coach), cast("User", row.coach)
        missing = services.given_sections(seeker, former) - services.given_sections(seeker, new)
        if missing:
            found.append(Offer(row, tuple(s for s in Section.values if s in missing)))
    return found


def share_same(seeker: User, membership_pk: int) -> Any:
    """Share with the new coach the sections given to the former one; returns the new coach."""
    offer = next((o for o in offers(seeker) if o.membership.pk == membership_pk), None)
    if offer is None:
        raise Http404
    coach = cast("User", offer.membership.coach)  # an offer's membership has a coach
    services.set_sharing(
        seeker, coach, services.given_sections(seeker, coach) | set(offer.sections)
    )
    return coach
