"""The plan's own agenda sources: actions, reviews, the daily routine, and re-apply dates.

Re-apply windows belong to the tracker's data (`jobs.Outcome`) but are written here, so the
tracker app stays free of agenda code. Each provider costs one query whatever the data size,
and none when the Today page already read the same rows (`shared_reads`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from django.db.models import Max
from django.urls import reverse

from rebond.accounts.language import playbook_lang
from rebond.jobs.models import Application, Outcome
from rebond.method.agenda.local_time import add_months, at_local, local_date
from rebond.method.agenda.reviews import (
    daily_timebox,
    monthly_review_due,
    quarterly_milestone_due,
    weekly_review_due,
)
from rebond.method.agenda.rules import reapply_window
from rebond.method.agenda.timings import timings
from rebond.method.agenda.timings import title as playbook_title
from rebond.method.plan.today import routine_day_done, timebox_kind
from rebond.plan.agenda import AgendaEntry
from rebond.plan.choices import Cadence
from rebond.plan.reviews import newest_by_cadence
from rebond.plan.routine import logged_on
from rebond.plan.services import open_actions
from rebond.web.links import PkUrl

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.method.agenda import DueItem

_REVIEW_RULES: dict[Cadence, Callable[[datetime, str, datetime | None], DueItem]] = {
    Cadence.WEEKLY: weekly_review_due,
    Cadence.MONTHLY: monthly_review_due,
    Cadence.QUARTERLY: quarterly_milestone_due,
}


def actions(user: User, now: datetime, tz: str) -> list[AgendaEntry]:
    """Open actions that have a due date: 9:00 local on that day."""
    at = timings().reminder_time
    url = PkUrl("plan:action")
    columns, rows = open_actions(user)
    pk_, title_, target_, due_ = (columns.index(c) for c in ("id", "title", "target", "due_on"))
    return [
        AgendaEntry(
            kind="action",
            title=row[title_],
            due_at=at_local(row[due_], at, tz),
            uid=f"action-{row[pk_]}",
            source="plan",
            url=url(row[pk_]),
            detail=row[target_],
        )
        for row in rows
        if row[due_] is not None
    ]


def reviews(user: User, now: datetime, tz: str) -> list[AgendaEntry]:
    """The next weekly review, monthly review and quarterly milestone."""
    newest = newest_by_cadence(user)
    language = playbook_lang(user)
    entries = []
    for cadence, rule in _REVIEW_RULES.items():
        last = newest.get(cadence.value)
        item = rule(now, tz, last.done_at if last else None)
        entries.append(
            AgendaEntry(
                kind=item.kind,
                title=playbook_title(item.title_key, language),
                due_at=item.due_at,
                uid=f"review-{cadence.value}-{local_date(item.due_at, tz).isoformat()}",
                source="plan",
                url=reverse("plan:review-new", args=[cadence.value]),
            )
        )
    return entries


def routine(user: User, now: datetime, tz: str) -> list[AgendaEntry]:
    """Each timebox block of the day, repeating daily; once today's is done, tomorrow's."""
    today = local_date(now, tz)
    minutes = {timebox_kind(block): n for block, (n, _done) in logged_on(user, today).items() if n}
    language = playbook_lang(user)
    url = reverse("plan:routine")
    entries = []
    for block, tomorrow in zip(
        daily_timebox(today, tz), daily_timebox(today + timedelta(days=1), tz), strict=True
    ):
        done = routine_day_done({block.kind: minutes.get(block.kind, 0)})
        occurrence = tomorrow if done else block
        entries.append(
            AgendaEntry(
                kind=block.kind,
                title=playbook_title(block.title_key, language),
                due_at=occurrence.start_at,
                uid=f"routine-{block.kind}",
                source="plan",
                url=url,
                minutes=block.max_minutes,
                recurrence="FREQ=DAILY",
            )
        )
    return entries


def reapply(user: User, now: datetime, tz: str, until: datetime | None = None) -> list[AgendaEntry]:
    """When applying again to a company that said no makes sense (6-12 months later).

    One window per company (its latest rejection), none once the person applied there again,
    and a window that opened long ago is no longer a reminder. With `until`, windows opening
    after it are left out (the Today page looks a week ahead; the feed wants them all).
    """
    rules = timings()
    today = local_date(now, tz)
    # A re-apply reminder stays on the agenda `reapply_reminder_days` after its window opened.
    shown_since = today - timedelta(days=rules.reapply_reminder_days)
    cutoff = add_months(shown_since, -rules.reapply_from_months)
    recent = Outcome.objects.for_user(user).filter(
        application__in=Application.objects.for_user(user).rejected(), decided_on__gte=cutoff
    )
    if until is not None:
        # A window opens on the same day N months later, clamped to the month's end (31 August
        # opens on 28 February): three days of margin keep those. Filtered after grouping: a
        # company's latest "no" decides its window.
        back = add_months(local_date(until, tz), -rules.reapply_from_months)
        latest_no = back + timedelta(days=3)
    rows = (
        recent.order_by()
        .values_list("application__company_id", "application__company__name")
        .annotate(last=Max("decided_on"))
    )
    if until is not None:
        rows = rows.filter(last__lte=latest_no)
    windows = list(rows)
    if not windows:  # no window: the second query could not change anything
        return []
    # Latest application per company: later than the "no" means the person applied again.
    # (A separate GROUP BY: joining it into the query above is ten times slower on SQLite.)
    latest = dict(
        Application.objects.for_user(user)
        .filter(applied_on__gt=cutoff)  # an application before the cutoff cannot be "again"
        .order_by()
        .values_list("company_id")
        .annotate(latest=Max("applied_on"))
    )
    title = playbook_title("reapply", playbook_lang(user))
    url = PkUrl("jobs:company")
    entries = []
    for company_id, name, last in windows:
        if latest.get(company_id, last) > last:
            continue
        item = reapply_window(at_local(last, time(12), tz), tz, reference=str(company_id))
        entries.append(
            AgendaEntry(
                kind="reapply",
                title=f"{title} — {name}",
                due_at=item.due_at,
                uid=f"reapply-{company_id}-{last.isoformat()}",
                source="jobs",
                url=url(company_id),
                window_end=item.window_end,
            )
        )
    return entries
