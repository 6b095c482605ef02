"""Actions a coach proposes; the person accepts one into their plan, or declines it.

Proposing needs the person to share something with the coach now (`seeker_for_coach`) and
shows nothing of their data. Accepting goes through the plan's public service
(`plan.services.create_action`): the plan knows nothing of coaching. An accepted action joins
the sprint running that day when its due date fits it, as any new action does.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from rebond.coaching import signals
from rebond.coaching.choices import ProposalStatus
from rebond.coaching.models import Proposal
from rebond.method.errors import ServiceError
from rebond.plan.choices import Axis, Theme
from rebond.plan.services import create_action, current_sprint

if TYPE_CHECKING:
    from rebond.accounts.models import User

# The plan files each action under a theme too; a proposal names its axis only.
THEME_OF_AXIS: dict[str, Theme] = {Axis.WELLBEING: Theme.WELLBEING}
SOURCE_KIND = "coaching"


def propose(coach: User, person: User, *, title: str, axis: str, due_on: date | None) -> Proposal:
    clean = " ".join(title.split())
    if not clean:
        raise ServiceError("An action needs a title.")
    if axis not in Axis.values:
        raise ServiceError(f"Unknown axis {axis!r}.")
    with transaction.atomic():
        found = Proposal.objects.create(
            user=person, coach=coach, title=clean[:300], axis=axis, due_on=due_on
        )
        transaction.on_commit(lambda: signals.proposal_made.send(sender=Proposal, proposal=found))
    return found


def made_to(person: User, coach: User) -> QuerySet[Proposal]:
    """What `coach` proposed to `person` (the coach's view of the answers)."""
    return Proposal.objects.for_user(person).filter(coach=coach)


def pending_for(person: User) -> QuerySet[Proposal]:
    rows = Proposal.objects.for_user(person).filter(status=ProposalStatus.PENDING)
    return rows.select_related("coach").order_by("created_at", "id")


def _pending(person: User, proposal: Proposal) -> Proposal:
    """The proposal, locked, if it is the person's and still waits for an answer."""
    found = (
        Proposal.objects.for_user(person)
        .select_for_update()
        .filter(pk=proposal.pk, status=ProposalStatus.PENDING)
        .first()
    )
    if found is None:
        raise Proposal.DoesNotExist
    return found


@transaction.atomic
def accept(person: User, proposal: Proposal, today: date | None = None) -> Proposal:
    """Into the person's plan: exactly one action, even if the form is sent twice."""
    found = _pending(person, proposal)
    today = today or timezone.localdate()
    found.action = create_action(
        person,
        title=found.title,
        axis=found.axis,
        theme=THEME_OF_AXIS.get(found.axis, Theme.CONTEXT),
        due_on=found.due_on,
        source_kind=SOURCE_KIND,
        source_id=found.pk,
        sprint=current_sprint(person, today),
    )
    found.status, found.answered_at = ProposalStatus.ACCEPTED, timezone.now()
    found.save(update_fields=["action", "status", "answered_at"])
    return found


@transaction.atomic
def decline(person: User, proposal: Proposal) -> Proposal:
    found = _pending(person, proposal)
    found.status, found.answered_at = ProposalStatus.DECLINED, timezone.now()
    found.save(update_fields=["status", "answered_at"])
    return found
