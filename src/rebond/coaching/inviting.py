"""Invite someone into an organisation: the invitation, its link, and the e-mail that carries it.

One use case for every door: the organisation page, the caseload's form and the operator's
`rebond invite` all call `send`; "send again" calls `send_again`. The e-mail is written in the
language active when it is called (the inviter's: their interface in a request, their chosen
language under `speaking_to` in the CLI). The caller decides how a path becomes an address
(`request.build_absolute_uri`, or the site's address the operator gives).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from rebond.coaching import invitations, mail
from rebond.coaching.models import Invitation, Organisation


@dataclass(frozen=True)
class Sent:
    invitation: Invitation
    link: str
    emailed: bool  # False: not asked, or the e-mail did not leave (the link is still shown)


def _deliver(
    invitation: Invitation, inviter: Any, token: str, absolute: Callable[[str], str], email: bool
) -> Sent:
    link = absolute(reverse("account_invitation", args=[token]))
    emailed = email and mail.invitation(invitation, inviter, link)
    return Sent(invitation, link, emailed)


def send(
    inviter: Any,
    organisation: Organisation,
    email: str,
    role: str,
    absolute: Callable[[str], str],
    by_email: bool = True,
) -> Sent:
    """A new invitation, e-mailed to the address unless `by_email` is False; refused with
    `invitations.InvitationError` when the organisation's seats are taken."""
    invitation, token = invitations.create(inviter, organisation, email, role)
    return _deliver(invitation, inviter, token, absolute, by_email)


def send_again(user: Any, pk: int, absolute: Callable[[str], str]) -> Sent:
    """A new link for an invitation `user` manages, e-mailed; the old link stops working."""
    invitation, token = invitations.renew(user, pk)
    return _deliver(invitation, user, token, absolute, True)
