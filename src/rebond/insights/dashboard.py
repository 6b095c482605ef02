"""The dashboard (C9.2): a list of panels, each a small function returning a Panel or None.

None means "nothing to show" (no data yet, or the app that knows it does not exist yet): the
panel is left out rather than drawn empty or filled with made-up numbers.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Min
from django.db.models.functions import TruncWeek
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from rebond.insights import charts, hooks
from rebond.insights import funnel as funnel_data
from rebond.insights.experiments import Evaluation, evaluate_all
from rebond.jobs.choices import Stage
from rebond.jobs.models import StageEvent

if TYPE_CHECKING:
    from rebond.accounts.models import User

WEEKS_SHOWN = 26
# Response times of the last year: how employers answer lately, not two years ago.
RESPONSE_WINDOW = timedelta(days=365)
# A response is anything the employer did: moving the application on, or saying no.
RESPONSE_STAGES = [s for s in Stage if s.rank >= 1] + [Stage.REJECTED]
RESPONSE_BUCKETS = ((3, "0–3"), (7, "4–7"), (14, "8–14"), (30, "15–30"), (None, "31+"))
# Characters of a recurring point's sentence shown beside its bar.
POINT_LABEL_CHARS = 42


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    chart: charts.Chart | None = None
    sentence: str = ""
    notes: list[str] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)


def _day(value: date) -> str:
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def _short_day(value: date) -> str:
    """A day on a chart's axis: "7 Dec." ("7 déc."), the year left to the table."""
    return formats.date_format(value, "DAY_MONTH_FORMAT")


def funnel_panel(user: User, today: date) -> Panel | None:
    data = funnel_data.overall(user)
    if data.counts.sent == 0:
        return None
    steps = data.funnel.steps
    labels = [data.labels[s.name] for s in steps]
    chart = charts.hbars(
        _("Funnel"),
        _("Applications that reached each step, from sent to offer, since the beginning."),
        labels,
        [s.count for s in steps],
        [_("Step"), _("Applications")],
    )
    return Panel("funnel", _("Funnel"), chart, data.bottleneck.sentence)


def weekly_panel(user: User, today: date) -> Panel | None:
    monday = today - timedelta(days=today.weekday())
    first = monday - timedelta(weeks=WEEKS_SHOWN - 1)
    rows = (
        funnel_data.applications(user, since=first, until=today)
        .order_by()
        .annotate(week=TruncWeek("applied_on"))
        .values_list("week")
        .annotate(n=Count("id"))
    )
    per_week = {week: n for week, n in rows}
    if not per_week:
        return None
    weeks = [first + timedelta(weeks=i) for i in range(WEEKS_SHOWN)]
    values = [per_week.get(week, 0) for week in weeks]
    chart = charts.bars(
        _("Applications per week"),
        _("Applications sent each week over the last 26 weeks (weeks start on Monday)."),
        [_day(week) for week in weeks],
        values,
        [_("Week of"), _("Applications")],
        axis_labels=[_short_day(week) for week in weeks],
    )
    return Panel("weekly", _("Applications per week"), chart)


def _within(days: int, top: int | None) -> bool:
    return top is None or days <= top


def response_panel(user: User, today: date) -> Panel | None:
    # The first employer move of each application, grouped on the application id alone: one
    # sort key instead of two, measured about a quarter faster on 20,000 events.
    rows = (
        StageEvent.objects.for_user(user)
        .filter(stage__in=RESPONSE_STAGES, application__applied_on__gte=today - RESPONSE_WINDOW)
        .order_by()
        .values("application_id")
        .annotate(first=Min("occurred_at"), sent=Min("application__applied_on"))
        .values_list("sent", "first")
    )
    days = [max(0, (timezone.localtime(first).date() - sent).days) for sent, first in rows]
    if not days:
        return None
    counts = [0] * len(RESPONSE_BUCKETS)
    for value in days:
        counts[next(i for i, (top, _l) in enumerate(RESPONSE_BUCKETS) if _within(value, top))] += 1
    median = statistics.median(days)
    chart = charts.bars(
        _("Response time"),
        _(
            "How many days employers took to answer (a next step or a no) the applications "
            "sent over the last 12 months, by range of days."
        ),
        [_("%(range)s days") % {"range": label} for _t, label in RESPONSE_BUCKETS],
        counts,
        [_("Days to answer"), _("Applications")],
    )
    sentence = ngettext(
        "Half of the answers came within %(days)s day (%(count)s answers).",
        "Half of the answers came within %(days)s days (%(count)s answers).",
        round(median),
    ) % {"days": f"{median:g}", "count": len(days)}
    return Panel("responses", _("Response time"), chart, sentence)


def experiments_panel(user: User, today: date) -> Panel | None:
    shown = [e for e in evaluate_all(user, today) if e.status != "planned"][:3]
    if not shown:
        return None
    return Panel("experiments", _("Experiments"), evaluations=shown)


def feedback_panel(user: User, today: date) -> Panel | None:
    points = hooks.call("recurring_feedback", user, None, today)
    if not points:
        return None
    points = points[:8]
    # A point is named by its most central sentence: the bar shows its first words (cut at a
    # word boundary), the tooltip and the table the whole sentence.
    chart = charts.hbars(
        _("Recurring feedback"),
        _("The points recruiters raised most often, and how many times."),
        [label for label, _n in points],
        [n for _l, n in points],
        [_("Point"), _("Times raised")],
        shorten=POINT_LABEL_CHARS,
    )
    return Panel("feedback", _("Recurring feedback"), chart)


def plan_panel(user: User, today: date) -> Panel | None:
    items = hooks.call("plan_progress", user, today)
    if not items:
        return None
    percents = [round(100 * done / total) if total else 0 for _l, done, total in items]
    chart = charts.hbars(
        _("Plan progress"),
        _("Share of the planned actions done, per axis of the plan."),
        [label for label, _d, _t in items],
        percents,
        [_("Axis"), _("Done")],
        value_texts=[
            _("%(percent)s%% (%(done)s of %(total)s)")
            % {"percent": percent, "done": done, "total": total}
            for percent, (_l, done, total) in zip(percents, items, strict=True)
        ],
        scale_max=100,
    )
    return Panel("plan", _("Plan progress"), chart)


def mood_panel(user: User, today: date) -> Panel | None:
    series = hooks.call("mood", user, today - timedelta(days=90), today)
    if not series:
        return None
    chart = charts.timeline(
        _("Mood over time"),
        _("Mood noted at each check-in over the last 90 days, from 0 (low) to 10 (high)."),
        series,
        [_("Day"), _("Mood (0–10)")],
        day_label=_day,
        range_=(0, 10),
        axis_day_label=_short_day,
    )
    return Panel("mood", _("Mood over time"), chart)


PANELS: list[Callable[[Any, date], Panel | None]] = [
    funnel_panel,
    weekly_panel,
    response_panel,
    experiments_panel,
    feedback_panel,
    plan_panel,
    mood_panel,
]


def dashboard(user: User, today: date) -> list[Panel]:
    """The panels that have something to show, in reading order."""
    return [panel for build in PANELS if (panel := build(user, today)) is not None]
