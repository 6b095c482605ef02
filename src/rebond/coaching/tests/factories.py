"""A tiny keyword-default factory for organisations, members and shares."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from rebond.coaching.choices import Role
from rebond.coaching.models import Membership, Organisation, Share


def make_organisation(name: str = "Mission locale", **members: str) -> Organisation:
    """`members` maps username -> role; the accounts are made as needed."""
    organisation = Organisation.objects.create(name=name)
    for username, role in members.items():
        join(get_user_model().objects.get_or_create(username=username)[0], organisation, role)
    return organisation


def join(user: Any, organisation: Organisation, role: str = Role.SEEKER) -> Membership:
    return Membership.objects.create(user=user, organisation=organisation, role=role)


def share(seeker: Any, coach: Any, *sections: str) -> list[Share]:
    return [Share.objects.create(user=seeker, coach=coach, section=s) for s in sections]
