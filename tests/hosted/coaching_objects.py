"""The one registry of hosted mode's coaching URLs that take an argument, each with the check
that applies to it (`Check`) and the factory of its arguments.

Coaching pages do not open by ownership alone, so `objects.OBJECTS` leaves them out and they are
registered here, each once:

- `CONSENT`: a person's pages read by a coach (summary, section, comment). Open to a coach the
  person shares the section with; 404 to anyone else, the person included
  (test_isolation). Arguments from (person, section).
- `ORGANISATION`: an organisation's pages (the programme report). Open to its coaches and admins;
  404 to its job seekers and to another organisation's admin, the login page to anonymous
  (test_isolation). Arguments from the organisation.
- `ENTITLED`: an action one person is entitled to (`owner`: the organisation's admin, the job
  seeker, the coach of a caseload); 404 to anyone else (test_organisation). With
  `neighbour_too`, another job seeker of the same organisation has the same right (leaving,
  sharing with one's own coach) and only an outsider is refused. Arguments from the owner.
- `TOOL`: a coaching tool's own row (a thread answer, a proposal, a private note): open to its
  owner, 404 to another job seeker and to a coach without consent (test_coaching_tools). Their
  factories also fill the erasure test's every table. Arguments from the owner.

test_organisation checks that every coaching URL with an argument is here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tests.hosted.objects import Kwargs, _application, _pk


class Check(StrEnum):
    CONSENT = "consent"
    ORGANISATION = "organisation"
    ENTITLED = "entitled"
    TOOL = "tool"


@dataclass(frozen=True)
class CoachingUrl:
    check: Check
    # The URL's kwargs: from (person, section) for CONSENT, the organisation for ORGANISATION,
    # the entitled owner for ENTITLED and TOOL.
    kwargs: Callable[..., Kwargs]
    neighbour_too: bool = False  # ENTITLED: any job seeker of the organisation has the right
    data: dict[str, str] | None = None  # what a POST sends (a form the view would validate)


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


def _silent_seeker(coach: Any) -> Any:
    """A job seeker of `coach`'s own caseload who shares nothing yet (the caseload's reminder)."""
    from django.contrib.auth import get_user_model

    from rebond.coaching.choices import Role
    from rebond.coaching.models import Membership

    organisation = _organisation_of(coach, Role.COACH)
    zoe = get_user_model().objects.create(username=f"zoe-{coach.pk}", email="zoe@example.org")
    Membership.objects.create(user=zoe, organisation=organisation, role=Role.SEEKER, coach=coach)
    return zoe


def _coaching_pair(seeker: Any, coach: Any, organisation: str, section: str) -> None:
    """`seeker` and `coach` in one organisation, `section` shared: made once, found after."""
    from rebond.coaching.choices import Role
    from rebond.coaching.models import Membership, Organisation, Share

    place, _ = Organisation.objects.get_or_create(name=organisation)
    for person, role in ((seeker, Role.SEEKER), (coach, Role.COACH)):
        Membership.objects.get_or_create(user=person, organisation=place, defaults={"role": role})
    Share.objects.get_or_create(user=seeker, coach=coach, section=section, revoked_at__isnull=True)


def _coach_of(user: Any) -> Any:
    """A coach of an organisation of `user`, who shares their applications with them; the same
    coach each time it is asked for the same person."""
    from django.contrib.auth import get_user_model

    from rebond.coaching.choices import Section

    coach, _ = get_user_model().objects.get_or_create(username=f"coach-of-{user.pk}")
    _coaching_pair(user, coach, f"Coached {user.pk}", Section.APPLICATIONS)
    return coach


def _answer(user: Any) -> Any:
    """`user`'s own answer on a thread their coach started on one of their applications."""
    from rebond.coaching import services, threads
    from rebond.coaching.choices import Section

    item = f"applications:{_application(user).pk}"
    first = services.comment(_coach_of(user), user, Section.APPLICATIONS, item, "Follow up?")
    return threads.reply(user, first, "Done.")


def _proposal(user: Any) -> Any:
    from rebond.coaching import proposals

    return proposals.propose(_coach_of(user), user, title="Call", axis="skills", due_on=None)


def _coached(user: Any) -> Any:
    """A person who shares with `user` as their coach (`user` becomes a coach of theirs); the
    same person each time it is asked for the same coach."""
    from django.contrib.auth import get_user_model

    from rebond.coaching.choices import Section

    person, _ = get_user_model().objects.get_or_create(username=f"coached-by-{user.pk}")
    _coaching_pair(person, user, f"Coaching {user.pk}", Section.PLAN)
    return person


def _note(user: Any) -> Any:
    """A private note `user`, as a coach, wrote about a person they coach."""
    from rebond.coaching import notes

    return notes.add(user, _coached(user), "Private.")


def _person_page(person: Any, section: str) -> Kwargs:
    return {"pk": person.pk}


def _section_page(person: Any, section: str) -> Kwargs:
    return {"pk": person.pk, "section": section}


def _report(organisation: Any) -> Kwargs:
    return {"organisation_pk": organisation.pk}


COMMENT = {"item": "x:1", "text": "hi"}
TOOL_FORM = {"text": "x", "title": "x", "axis": "skills"}

COACHING_URLS: dict[str, CoachingUrl] = {
    # a person's pages, read with consent
    "coaching:person": CoachingUrl(Check.CONSENT, _person_page),
    "coaching:section": CoachingUrl(Check.CONSENT, _section_page),
    "coaching:comment": CoachingUrl(Check.CONSENT, _section_page, data=COMMENT),
    # an organisation's pages
    "coaching:report": CoachingUrl(Check.ORGANISATION, _report),
    "coaching:report-pdf": CoachingUrl(Check.ORGANISATION, _report),
    "coaching:report-csv": CoachingUrl(Check.ORGANISATION, _report),
    # one person's rights
    "coaching:remind": CoachingUrl(Check.ENTITLED, _pk(_silent_seeker)),
    "coaching:sharing-update": CoachingUrl(
        Check.ENTITLED, lambda user: {"coach_pk": _own_coach(user).pk}, neighbour_too=True
    ),
    "coaching:share-same": CoachingUrl(Check.ENTITLED, lambda user: {"pk": _handed_over(user).pk}),
    "coaching:leave": CoachingUrl(
        Check.ENTITLED,
        lambda user: {"organisation_pk": _organisation_of(user, "seeker").pk},
        neighbour_too=True,
    ),
    "coaching:remove-member": CoachingUrl(
        Check.ENTITLED,
        lambda user: {"pk": _administered(user).memberships.exclude(user=user).first().pk},
    ),
    "coaching:organisation-invite": CoachingUrl(
        Check.ENTITLED, lambda user: {"organisation_pk": _administered(user).pk}
    ),
    "coaching:invitation-resend": CoachingUrl(
        Check.ENTITLED, lambda user: {"pk": _invitation(user).pk}
    ),
    "coaching:invitation-withdraw": CoachingUrl(
        Check.ENTITLED, lambda user: {"pk": _invitation(user).pk}
    ),
    "coaching:hand-over": CoachingUrl(
        Check.ENTITLED,
        lambda user: {
            "organisation_pk": (org := _administered(user)).pk,
            "coach_pk": org.memberships.get(user__first_name="Nadia").user_id,
        },
    ),
    # the coaching tools' own rows: the person's answers and proposals, the coach's notes and
    # the people who share with them
    "coaching:message-reply": CoachingUrl(Check.TOOL, _pk(_answer), data=TOOL_FORM),
    "coaching:message-edit": CoachingUrl(Check.TOOL, _pk(_answer), data=TOOL_FORM),
    "coaching:message-delete": CoachingUrl(Check.TOOL, _pk(_answer), data=TOOL_FORM),
    "coaching:proposal-accept": CoachingUrl(Check.TOOL, _pk(_proposal), data=TOOL_FORM),
    "coaching:proposal-decline": CoachingUrl(Check.TOOL, _pk(_proposal), data=TOOL_FORM),
    "coaching:note-edit": CoachingUrl(Check.TOOL, _pk(_note), data=TOOL_FORM),
    "coaching:note-delete": CoachingUrl(Check.TOOL, _pk(_note), data=TOOL_FORM),
    "coaching:note-add": CoachingUrl(Check.TOOL, _pk(_coached), data=TOOL_FORM),
    "coaching:proposal-add": CoachingUrl(Check.TOOL, _pk(_coached), data=TOOL_FORM),
}


def named(check: Check) -> list[str]:
    """The registered URL names `check` applies to, sorted (for `parametrize`)."""
    return sorted(name for name, url in COACHING_URLS.items() if url.check == check)


def row_factories() -> list[Callable[[Any], Kwargs]]:
    """The factories that make a person's own coaching rows (the erasure test's fill)."""
    return [url.kwargs for url in COACHING_URLS.values() if url.check == Check.TOOL]
