"""The Today page (C9.1), also printed by `rebond today`: what is due today and overdue, the
next best action, the latest mood, this week's objective and a one-line funnel snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from django.db import connections, router
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from rebond.insights import hooks
from rebond.insights import services as insights
from rebond.method.agenda.local_time import local_date, zone
from rebond.method.plan.today import ActionCandidate, next_best_action
from rebond.plan import routine
from rebond.plan.agenda import Agenda, agenda, shared_reads
from rebond.plan.choices import Cadence
from rebond.plan.counts import answered, interviewed, offers, sent
from rebond.plan.models import Action
from rebond.plan.reviews import newest_by_cadence
from rebond.plan.services import current_sprint, open_actions
from rebond.web import typography

if TYPE_CHECKING:
    from rebond.accounts.models import User

MOOD_LOOKBACK_DAYS = 30
# Enough open actions to find the next best one without loading thousands.
CANDIDATES = 30


@dataclass(frozen=True)
class Today:
    day: date
    tz: str
    agenda: Agenda
    next_action: Action | None
    mood: tuple[date, float] | None
    funnel: str
    objective: str
    routine: routine.RoutineDay


def _next_action(user: User, today: date) -> Action | None:
    sprint = current_sprint(user, today)
    # The soonest deadlines (late ones first), plus the running sprint's actions: out of the
    # open actions the agenda reads too, the rows the two queries of old picked.
    columns, rows = open_actions(user)
    database = router.db_for_read(Action)
    pk_, due_, sprint_ = (columns.index(c) for c in ("id", "due_on", "sprint_id"))
    soonest = sorted(rows, key=lambda r: (r[due_] is None, r[due_] or date.min, r[pk_]))
    picked = {r[pk_]: r for r in soonest[:CANDIDATES]}
    if sprint:
        # The model's order (due_on, id), with the database's place for a missing date.
        last = connections[database].features.nulls_order_largest
        mine = sorted(
            (r for r in rows if r[sprint_] == sprint.pk),
            key=lambda r: ((r[due_] is None) == last, r[due_] or date.min, r[pk_]),
        )
        picked.update((r[pk_], r) for r in mine[:CANDIDATES])
    hours_ = columns.index("hours")
    candidates = [
        ActionCandidate(r[pk_], r[due_], r[hours_], sprint is not None and r[sprint_] == sprint.pk)
        for r in picked.values()
    ]
    chosen = next_best_action(candidates, today)
    if chosen is None:
        return None
    action: Action = Action.from_db(database, columns, picked[chosen.reference])
    return action


def funnel_line(user: User) -> str:
    """ "42 sent · 12 answered · 5 interviewed · 1 offer", from the insights app's funnel."""
    c = insights.funnel_overview(user).counts
    parts = (sent(c.sent), answered(c.answered), interviewed(c.interviewed), offers(c.offered))
    return " · ".join(parts)


def today(user: User, now: datetime, tz: str) -> Today:
    day = local_date(now, tz)
    # The agenda's sources and the cards below read some rows alike: once for the page.
    with shared_reads():
        series = hooks.call("mood", user, day - timedelta(days=MOOD_LOOKBACK_DAYS), day) or []
        weekly = newest_by_cadence(user).get(Cadence.WEEKLY)
        return Today(
            day=day,
            tz=tz,
            agenda=agenda(user, now, tz, horizon_days=7),
            next_action=_next_action(user, day),
            mood=series[-1] if series else None,
            funnel=funnel_line(user),
            objective=weekly.objective if weekly else "",
            routine=routine.day(user, day),
        )


def as_text(data: Today) -> str:
    """The Today page in a terminal."""
    lines = [_("Today, %(day)s") % {"day": date_format(data.day, "LONG_DAY_FORMAT")}, ""]
    for heading, entries in (
        (_("Overdue"), data.agenda.overdue),
        (_("Due today"), data.agenda.today),
    ):
        lines.append(f"{heading} ({len(entries)})")
        lines += [f"  {e.due_at.astimezone(zone(data.tz)):%d/%m %H:%M}  {e.title}" for e in entries]
        lines += [] if entries else ["  –"]
    if data.next_action:
        a = data.next_action
        lines += ["", _("Next best action: #%(id)s %(title)s") % {"id": a.pk, "title": a.title}]
    if data.objective:
        lines.append(_("This week's objective: %(text)s") % {"text": data.objective})
    if data.mood:
        lines.append(
            _("Latest mood: %(value)s/10 (%(day)s)")
            % {
                "value": number_format(data.mood[1]),
                "day": date_format(data.mood[0], "DAY_MONTH_FORMAT"),
            }
        )
    lines.append(_("Streak: %(days)s days") % {"days": data.routine.streak})
    lines += ["", _("Funnel: %(line)s") % {"line": data.funnel}]
    return typography.text("\n".join(lines))
