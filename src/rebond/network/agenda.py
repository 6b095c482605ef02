"""The network's due items for the one agenda (C5.5, C6.2, C6.3).

`due_items(user, now, tz)` is registered with the plan app's agenda in `apps.py`. Each item is
the method's `DueItem` plus a ready title (the playbook's, with the person's name) and a link,
the fields the agenda reads. Keep-warm dates are stored on each contact (computed by
`agenda_rules.keep_warm_due` whenever an exchange is logged), so this costs a few indexed
queries whatever the size of the address book.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

from django.urls import reverse

from rebond.accounts.language import playbook_lang
from rebond.method.agenda import DueItem
from rebond.method.agenda.rules import reapply_window
from rebond.method.network.rules import (
    connect_after_rejection_due,
    info_follow_up_due,
    info_interview_due,
    info_thanks_due,
    title,
)
from rebond.network.choices import InfoStatus
from rebond.network.models import CompanyKeepWarm, Contact, InfoInterview
from rebond.web.links import PkUrl

if TYPE_CHECKING:
    from rebond.accounts.models import User

HORIZON_DAYS = 60
# The agenda shows the most overdue check-ins; the network's own list pages through all.
KEEP_WARM_LIMIT = 50


@dataclass(frozen=True)
class NetworkDue:
    kind: str
    due_at: datetime
    window_end: datetime | None
    title_key: str
    reference: str
    title: str
    url: str
    source: str = "network"


def _due(item: DueItem | None, who: str, url: str, lang: str) -> NetworkDue | None:
    if item is None:
        return None
    label = f"{title(item.title_key, lang)} — {who}"  # type: ignore[arg-type]
    return NetworkDue(
        item.kind, item.due_at, item.window_end, item.title_key, item.reference or "", label, url
    )


def keep_warm_items(user: User, until: datetime, lang: str) -> list[NetworkDue | None]:
    url = PkUrl("network:contact")
    rows = (
        Contact.objects.for_user(user)
        .filter(keep_warm=True, due_at__lte=until)
        .order_by("due_at", "id")
        .values_list("pk", "due_at", "first_name", "last_name")[:KEEP_WARM_LIMIT]
    )
    return [
        _due(
            DueItem("keep_warm", cast(datetime, due), None, "keep_warm", f"network.contact:{pk}"),
            f"{first} {last}".strip(),
            url(pk),
            lang,
        )
        for pk, due, first, last in rows
    ]


def info_items(user: User, tz: str, lang: str) -> list[NetworkDue | None]:
    items: list[NetworkDue | None] = []
    open_steps = [InfoStatus.PLANNED, InfoStatus.HELD, InfoStatus.THANKED]
    rows = InfoInterview.objects.for_user(user).filter(status__in=open_steps)
    # The dates the rules read and the name shown, not the interview's notes and questions.
    fields = ("scheduled_at", "held_at", "thanks_sent_at", "follow_up_on")
    names = ("contact__first_name", "contact__last_name")
    link = PkUrl("network:info")
    for info in rows.select_related("contact").only(*fields, *names):
        ref, who, url = (
            f"network.info:{info.pk}",
            info.contact.display_name,
            link(info.pk),
        )
        if info.held_at is None:
            items.append(_due(info_interview_due(info.scheduled_at, ref), who, url, lang))
            continue
        sent = info.thanks_sent_at is not None
        items.append(_due(info_thanks_due(info.held_at, tz, sent, ref), who, url, lang))
        if info.follow_up_on:
            items.append(
                _due(info_follow_up_due(info.follow_up_on, tz, False, ref), who, url, lang)
            )
    return items


def company_items(user: User, tz: str, lang: str) -> list[NetworkDue | None]:
    items: list[NetworkDue | None] = []
    plans = (
        CompanyKeepWarm.objects.for_user(user)
        .select_related("application__company")
        .only(
            "connected_at",
            "gap_closed_at",
            "application__stage_changed_at",
            "application__company__name",
        )
    )
    url = reverse("network:companies")
    for plan in plans:
        rejected_at = plan.application.stage_changed_at
        ref, who = f"network.company:{plan.pk}", plan.application.company.name
        connected = plan.connected_at is not None
        items.append(
            _due(connect_after_rejection_due(rejected_at, tz, connected, ref), who, url, lang)
        )
        items.append(_due(reapply_window(rejected_at, tz, plan.gap_closed_at, ref), who, url, lang))
    return items


def due_items(
    user: User, now: datetime, tz: str, until: datetime | None = None
) -> list[NetworkDue]:
    """Everything the network asks of the person, overdue or due within `HORIZON_DAYS` (or by
    `until` when that is sooner: the Today page looks a week ahead)."""
    horizon = now + timedelta(days=HORIZON_DAYS)
    until = horizon if until is None else min(until, horizon)
    lang = playbook_lang(user)
    found = keep_warm_items(user, until, lang) + info_items(user, tz, lang)
    found += company_items(user, tz, lang)
    # A re-apply window is months long: it shows once it is near, not half a year early.
    return [item for item in found if item is not None and item.due_at <= until]
