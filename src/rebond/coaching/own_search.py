"""Whether a coach keeps a job search of their own: it decides the coach's menu.

A coach-only account sees a coach's menu (caseload, interviews, organisation, reports) instead
of the job seeker's pages. Read from the data, an account is coach-only when:

- it coaches (coach or organisation admin) somewhere and is a job seeker nowhere;
- it was made as a coach: its first membership is a coaching one, made within a day of the
  account (an invitation as a coach, or an operator making a coach's account);
- it has no application of its own, and never chose "Start my own job search" (`OwnSearch`).

Anyone else keeps the job seeker's menu, with the caseload first when they coach. Starting
one's own job search (a link in the account menu of a coach-only account) brings the full menu
back for good; adding an application does too.

Worked out once per request: two queries (memberships, then own rows), kept on the user
object, which a request makes afresh (a membership an admin changes shows on the next page).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef

from rebond.coaching.choices import COACHING_ROLES, Role
from rebond.coaching.models import Membership, OwnSearch

# How long after the account its first (coaching) membership may come and still say "made as
# a coach": an operator may make the account, then the membership, on the same day.
MADE_AS_COACH_WITHIN = timedelta(days=1)
_CACHE = "_rebond_menu_role"


@dataclass(frozen=True)
class MenuRole:
    coaches: bool  # coach or organisation admin somewhere: the caseload is in the menu
    coach_only: bool  # no job search of their own: the coach's menu only


NOBODY = MenuRole(coaches=False, coach_only=False)


def menu_role(user: Any) -> MenuRole:
    """What the person's menu is made of (hosted mode), read once per user object."""
    if not getattr(user, "is_authenticated", False):
        return NOBODY
    found: MenuRole | None = getattr(user, _CACHE, None)
    if found is None:
        found = _work_out(user)
        setattr(user, _CACHE, found)
    return found


def coach_only(user: Any) -> bool:
    return menu_role(user).coach_only


def _work_out(user: Any) -> MenuRole:
    memberships = list(
        Membership.objects.filter(user=user).order_by("joined_at").values_list("role", "joined_at")
    )
    roles = {role for role, _joined in memberships}
    if not roles & set(COACHING_ROLES):
        return NOBODY
    first_role, first_joined = memberships[0]
    made_as_coach = (
        Role.SEEKER not in roles
        and first_role in COACHING_ROLES
        and first_joined - user.date_joined <= MADE_AS_COACH_WITHIN
    )
    return MenuRole(coaches=True, coach_only=made_as_coach and not _searches(user))


def _searches(user: Any) -> bool:
    """An application of one's own, or the choice to start a job search."""
    from rebond.jobs.models import Application

    own = get_user_model().objects.filter(pk=user.pk)
    own = own.annotate(
        applies=Exists(Application.objects.filter(user=OuterRef("pk"))),
        started=Exists(OwnSearch.objects.filter(user=OuterRef("pk"))),
    )
    return not own.filter(applies=False, started=False).exists()


def start(user: Any) -> None:
    """The person starts a job search of their own: the full menu from the next page on."""
    try:
        with transaction.atomic():
            OwnSearch.objects.get_or_create(user=user)
    except IntegrityError:  # the same click twice at once: already started
        pass
    if hasattr(user, _CACHE):
        delattr(user, _CACHE)
