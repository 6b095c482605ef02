"""Consent-based sharing between a job seeker and a coach of the same organisation (X2).

Every read of shared data by a coach goes through `read_section`, `comment` or the caseload
(`rebond.coaching.caseload`), which check the active consent and write the person's access log
in the same breath.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404
from django.utils import timezone

from rebond.coaching import sections
from rebond.coaching.choices import COACHING_ROLES, Purpose, Section
from rebond.coaching.models import AccessLog, Comment, Membership, Share
from rebond.coaching.signals import comment_posted

if TYPE_CHECKING:
    from rebond.accounts.models import User


def organisations(user: User, *roles: str) -> list[int]:
    rows = Membership.objects.for_user(user)
    if roles:
        rows = rows.filter(role__in=roles)
    return list(rows.values_list("organisation_id", flat=True))


def is_coach(user: User) -> bool:
    return bool(organisations(user, *COACHING_ROLES))


def coaches_of(seeker: User) -> list[Any]:
    """Coaches of the organisations the person belongs to: the only ones they can share with."""
    coach_ids = Membership.objects.filter(
        organisation_id__in=organisations(seeker), role__in=COACHING_ROLES
    ).values("user_id")
    return list(
        get_user_model()
        .objects.filter(pk__in=coach_ids)
        .exclude(pk=seeker.pk)
        .order_by("first_name", "username")
    )


def honoured(shares: QuerySet[Share]) -> QuerySet[Share]:
    """The shares that give reading right now: not revoked, and the coach is still a coach of an
    organisation the person still belongs to.

    The one consent test: every coach read (sections, person page, comments, caseload) goes
    through it, so leaving or being removed from an organisation ends reading at once even if a
    `Share` row were left behind.
    """
    same_organisation = Membership.objects.filter(
        user_id=OuterRef("coach_id"),
        role__in=COACHING_ROLES,
        organisation__memberships__user_id=OuterRef("user_id"),
    )
    return shares.filter(revoked_at__isnull=True).filter(Exists(same_organisation))


def active_shares(seeker: User) -> Any:
    """What the person has given and not revoked (whether or not it is honoured today)."""
    return Share.objects.for_user(seeker).filter(revoked_at__isnull=True)


def shared_sections(seeker: User, coach: User) -> set[str]:
    """Sections `coach` may read now."""
    rows = honoured(Share.objects.for_user(seeker).filter(coach=coach))
    return set(rows.values_list("section", flat=True))


def given_sections(seeker: User, coach: User) -> set[str]:
    """Sections the person ticked for `coach` (shown on the sharing page, honoured or not)."""
    return set(active_shares(seeker).filter(coach=coach).values_list("section", flat=True))


def sharing_partners(seeker: User) -> list[Any]:
    """Coaches the person can share with, then any former coach still holding a share (so that
    it can always be revoked)."""
    current = coaches_of(seeker)
    former_ids = active_shares(seeker).exclude(coach__in=[c.pk for c in current]).values("coach_id")
    former = list(get_user_model().objects.filter(pk__in=former_ids).order_by("username"))
    return current + former


@transaction.atomic
def set_sharing(seeker: User, coach: User, wanted: set[str]) -> None:
    """Share exactly `wanted` with `coach`: new sections granted, unticked ones revoked now.

    Revoking is always allowed, even from a coach who has left the organisation; granting only
    to a current coach of the person's organisations.
    """
    wanted = {Section(value) for value in wanted}
    if wanted and coach not in coaches_of(seeker):
        raise Http404
    current = given_sections(seeker, coach)
    active_shares(seeker).filter(coach=coach, section__in=current - wanted).update(
        revoked_at=timezone.now()
    )
    Share.objects.bulk_create(
        [Share(user=seeker, coach=coach, section=s) for s in wanted - current]
    )


def seeker_for_coach(coach: User, seeker_id: int) -> Any:
    """The person, if they share at least one section with `coach`; 404 otherwise."""
    share = (
        honoured(Share.objects.filter(coach=coach, user_id=seeker_id))
        .select_related("user")
        .first()
    )
    if share is None:
        raise Http404
    return share.user


def open_sections(
    coach: User, seeker: User, wanted: list[str], purpose: str = Purpose.SECTION
) -> dict[str, sections.Tables]:
    """Each wanted section's (export section, columns, rows), if every one is shared now; each
    access is logged for the person to read. The one way a coach's page reads shared rows."""
    shared = shared_sections(seeker, coach)
    if any(section not in Section.values or section not in shared for section in wanted):
        raise Http404
    AccessLog.objects.bulk_create(
        [AccessLog(user=seeker, coach=coach, section=s, purpose=purpose) for s in wanted]
    )
    return sections.tables_of(seeker, wanted)


def open_section(
    coach: User, seeker: User, section: str, purpose: str = Purpose.SECTION
) -> sections.Tables:
    return open_sections(coach, seeker, [section], purpose)[section]


def read_section(coach: User, seeker: User, section: str) -> list[tuple[str, list, list, list]]:
    """The section's tables, if shared; the access is logged for the person to read."""
    return [
        (name, columns, rows, sections.item_choices(name, rows))
        for name, columns, rows in open_section(coach, seeker, section)
    ]


def comment(coach: User, seeker: User, section: str, item: str, text: str) -> Comment:
    if section not in shared_sections(seeker, coach):
        raise Http404
    AccessLog.objects.create(user=seeker, coach=coach, section=section, purpose=Purpose.COMMENT)
    found = Comment.objects.create(user=seeker, coach=coach, section=section, item=item, text=text)
    transaction.on_commit(lambda: comment_posted.send(sender=Comment, comment=found))
    return found


def access_log(seeker: User, limit: int = 200) -> Any:
    return AccessLog.objects.for_user(seeker).select_related("coach")[:limit]
