"""The coaching e-mails: an invitation's link, a caseload handed to another coach.

An invitation is written in the inviter's language (the one active when they send it); a
hand-over notice in the job seeker's own (`speaking_to`). A failed send is reported, never fatal:
the inviter still sees the link.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from rebond.accounts.language import speaking_to
from rebond.coaching.models import Invitation
from rebond.web import typography

if TYPE_CHECKING:
    from rebond.accounts.models import User

log = logging.getLogger(__name__)


def _name(user: User) -> str:
    return user.get_full_name() or user.username


def _send(subject: str, template: str, context: dict[str, Any], to: str) -> bool:
    try:
        send_mail(
            subject=typography.text(subject),
            message=typography.text(render_to_string(template, context)),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[to],
        )
    except OSError:  # SMTP refused or unreachable: the page says so and shows the link
        log.warning("coaching e-mail not sent", exc_info=True)
        return False
    return True


def invitation(invitation: Invitation, inviter: Any, link: str) -> bool:
    """Send the invitation's link to the invited address; False if the e-mail did not leave."""
    context = {
        "inviter": _name(inviter),
        "organisation": invitation.organisation.name,
        "role": invitation.get_role_display().lower(),
        "link": link,
        "expires_at": invitation.expires_at,
    }
    subject = _("%(inviter)s invites you to Rebond (%(organisation)s)") % context
    return _send(subject, "coaching/email/invitation.txt", context, invitation.email)


def handed_over(seeker: User, organisation: Any, new: Any, former: Any, link: str) -> bool:
    """Tell the job seeker who their coach is now, and that this coach reads nothing yet."""
    if not seeker.email:
        return False
    with speaking_to(seeker):
        context = {
            "new": _name(new),
            "former": _name(former) if former else "",
            "organisation": organisation.name,
            "link": link,
        }
        subject = _("Your coach at %(organisation)s is now %(new)s") % context
        return _send(subject, "coaching/email/handed_over.txt", context, seeker.email)
