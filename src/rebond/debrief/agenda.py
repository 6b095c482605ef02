"""Debriefs to resume join the one agenda (C5.5): each unfinished debrief is due when its
24-hour cool-down ends, linking back to the first unfinished step."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.urls import reverse
from django.utils.translation import gettext as _

from rebond.accounts.language import playbook_lang
from rebond.debrief.services import flow

if TYPE_CHECKING:
    from rebond.accounts.models import User


def agenda_items(user: User, now: datetime, tz: str) -> list[Any]:
    from rebond.plan.agenda import AgendaEntry

    lang = playbook_lang(user)
    return [
        AgendaEntry(
            kind="debrief",
            title=_("Resume the debrief: %(application)s") % {"application": d.application},
            due_at=flow.cooldown_ends(d, lang),
            uid=f"debrief-{d.pk}",
            source="debrief",
            url=reverse("debrief:resume", args=[d.pk]),
            minutes=20,
        )
        # Only what the entry shows: the journal's encrypted texts are not even decrypted.
        for d in flow.in_progress(user).only(
            "rejected_at", "application__role", "application__company__name"
        )
    ]
