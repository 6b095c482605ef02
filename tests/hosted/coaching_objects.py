"""Coaching URLs of hosted mode and who is entitled to each: the pages read with consent, the
organisation's pages (programme report, invitations, hand-over) and the seeker's own sharing
pages. `objects.py` holds every other URL with an argument; the coaching tools that are a
person's own rows (threads, proposals, notes) are there too, in `OBJECTS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.hosted.objects import Kwargs, _pk

# Coaching pages: arguments are a person and a section; test_isolation covers them with
# consent (coach_with_consent) rather than as the owner's rows.
COACHING_SECTION_URL = "/coaching/people/{pk}/{section}/"

# Coaching pages whose argument is an organisation (the programme report): test_isolation opens
# them as a job seeker, a coach of another organisation and anonymous; only the organisation's
# coaches and admins read them. name -> kwargs from the organisation.
ORGANISATION_URLS: dict[str, Callable[[Any], Kwargs]] = {
    "coaching:report": lambda organisation: {"organisation_pk": organisation.pk},
    "coaching:report-pdf": lambda organisation: {"organisation_pk": organisation.pk},
    "coaching:report-csv": lambda organisation: {"organisation_pk": organisation.pk},
}


def _organisation_of(owner: Any, role: str) -> Any:
    """An organisation where `owner` has `role`, with a coach (Nadia) whose caseload holds a
    job seeker (Léa), and a second coach (Sam)."""
    from django.contrib.auth import get_user_model

    from rebond.coaching.choices import Role
    from rebond.coaching.models import Membership, Organisation

    users = get_user_model().objects
    organisation = Organisation.objects.create(name="Mission locale")
    Membership.objects.create(user=owner, organisation=organisation, role=role)
    nadia = users.create(username=f"nadia-{owner.pk}", first_name="Nadia")
    sam = users.create(username=f"sam-{owner.pk}", first_name="Sam")
    Membership.objects.create(user=nadia, organisation=organisation, role=Role.COACH)
    Membership.objects.create(user=sam, organisation=organisation, role=Role.COACH)
    if role != Role.SEEKER:
        lea = users.create(username=f"lea-{owner.pk}", first_name="Léa")
        Membership.objects.create(
            user=lea, organisation=organisation, role=Role.SEEKER, coach=nadia
        )
    return organisation


def _administered(owner: Any) -> Any:
    from rebond.coaching.choices import Role

    return _organisation_of(owner, Role.ADMIN)


def _invitation(owner: Any) -> Any:
    from rebond.coaching.invitations import create

    return create(owner, _administered(owner), "zoe@example.org")[0]


def _handed_over(owner: Any) -> Any:
    """`owner` is a job seeker whose caseload went from Nadia to Sam; they shared with Nadia."""
    from rebond.coaching.choices import Role, Section
    from rebond.coaching.models import Membership, Share

    organisation = _organisation_of(owner, Role.SEEKER)
    nadia, sam = (m.user for m in organisation.memberships.filter(role=Role.COACH))
    Share.objects.create(user=owner, coach=nadia, section=Section.PLAN)
    membership = Membership.objects.get(user=owner)
    membership.coach, membership.former_coach = sam, nadia
    membership.save()
    return membership


def _own_coach(owner: Any) -> Any:
    from rebond.coaching.choices import Role

    organisation = _organisation_of(owner, Role.SEEKER)
    return organisation.memberships.filter(role=Role.COACH).first().user


# Coaching URLs with arguments -> the arguments for the one person entitled to them (`owner`:
# the organisation's admin, or the job seeker): test_organisation_isolation checks that anyone
# else gets 404. The person and section pages are COACHING_SECTION_URL's (consent).
def _silent_seeker(coach: Any) -> Any:
    """A job seeker of `coach`'s own caseload who shares nothing yet (the caseload's reminder)."""
    from django.contrib.auth import get_user_model

    from rebond.coaching.choices import Role
    from rebond.coaching.models import Membership

    organisation = _organisation_of(coach, Role.COACH)
    zoe = get_user_model().objects.create(username=f"zoe-{coach.pk}", email="zoe@example.org")
    Membership.objects.create(user=zoe, organisation=organisation, role=Role.SEEKER, coach=coach)
    return zoe


COACHING_OBJECTS: dict[str, Callable[[Any], Kwargs]] = {
    "coaching:remind": _pk(_silent_seeker),
    "coaching:sharing-update": lambda user: {"coach_pk": _own_coach(user).pk},
    "coaching:share-same": lambda user: {"pk": _handed_over(user).pk},
    "coaching:leave": lambda user: {"organisation_pk": _organisation_of(user, "seeker").pk},
    "coaching:remove-member": lambda user: {
        "pk": _administered(user).memberships.exclude(user=user).first().pk
    },
    "coaching:organisation-invite": lambda user: {"organisation_pk": _administered(user).pk},
    "coaching:invitation-resend": lambda user: {"pk": _invitation(user).pk},
    "coaching:invitation-withdraw": lambda user: {"pk": _invitation(user).pk},
    "coaching:hand-over": lambda user: {
        "organisation_pk": (org := _administered(user)).pk,
        "coach_pk": org.memberships.get(user__first_name="Nadia").user_id,
    },
}
COACHING_CONSENT_PAGES = ("coaching:person", "coaching:section", "coaching:comment")
