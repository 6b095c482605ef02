"""E-mail notices of coaching: a new comment or answer (each direction) and a proposed action.

Sent to the other side once the row is committed, if their reminder settings allow it
(`ReminderSettings.coaching_messages`), in their own language. A notice never carries what
was written (a comment, an action's title), nor anything of the journal: only who wrote and
on which shared section ("a new comment on your journal"), to be read in Rebond.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from rebond.accounts.language import speaking_to
from rebond.coaching.choices import Section
from rebond.coaching.services import shared_sections
from rebond.reminders.services import settings_for
from rebond.web import typography

if TYPE_CHECKING:
    from rebond.accounts.models import User

log = logging.getLogger(__name__)


def _name(person: User) -> str:
    return person.get_full_name() or person.username


def _wants(person: User) -> bool:
    return bool(person.is_active and person.email and settings_for(person).coaching_messages)


def _send(recipient: Any, template: str, subject: str, **context: Any) -> bool:
    try:
        send_mail(
            subject=typography.text(subject),
            message=typography.text(render_to_string(template, context)),
            from_email=settings.REMINDER_FROM_EMAIL,
            recipient_list=[recipient.email],
        )
    except Exception:  # a notice lost is no reason to fail what the person just wrote
        log.exception("coaching notice not sent")
        return False
    return True


def comment_posted(sender: Any, comment: Any, **kwargs: Any) -> bool:
    """The other side of the thread hears of the new message (not its text)."""
    recipient = comment.coach if comment.by_seeker else comment.user
    writer = comment.user if comment.by_seeker else comment.coach
    if comment.by_seeker and comment.section not in shared_sections(comment.user, comment.coach):
        return False  # the coach could not read it: nothing to tell
    if not _wants(recipient):
        return False
    with speaking_to(recipient):
        values = {"name": _name(writer), "section": str(Section(comment.section).label)}
        subject = (
            _("Rebond: %(name)s answered your comment")
            if comment.by_seeker
            else _("Rebond: a new comment from %(name)s")
        ) % values
        return _send(
            recipient,
            "reminders/coaching_comment.txt",
            subject,
            by_seeker=comment.by_seeker,
            journal=comment.section == Section.JOURNAL,
            **values,
        )


def proposal_made(sender: Any, proposal: Any, **kwargs: Any) -> bool:
    recipient = proposal.user
    if not _wants(recipient):
        return False
    with speaking_to(recipient):
        values = {"name": _name(proposal.coach)}
        subject = _("Rebond: %(name)s proposes an action") % values
        return _send(recipient, "reminders/coaching_proposal.txt", subject, **values)
