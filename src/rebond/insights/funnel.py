"""The funnel from the database (C1.2, C1.3): every count is a GROUP BY on the furthest stage.

The rules (cumulative steps, intervals, bottleneck, shrinkage) live in `rebond.method`; this
module only aggregates a person's applications into the rows those functions take, in a fixed
number of queries whatever the number of applications.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth, TruncWeek
from django.utils.translation import gettext as _

from rebond.accounts.language import playbook_lang
from rebond.insights.choices import Dimension, Metric
from rebond.jobs.choices import Channel, CompanySize, Level
from rebond.jobs.models import Application
from rebond.method.funnel import (
    STAGE_NAMES,
    Bottleneck,
    Funnel,
    FunnelCounts,
    FunnelStep,
    bottleneck,
    funnel,
    funnel_counts,
)
from rebond.method.funnel.settings import funnel_settings
from rebond.method.funnel.sweet_spot import Segment, SegmentScore, sweet_spot

if TYPE_CHECKING:
    from rebond.accounts.models import User

_LABELS = {
    Dimension.CHANNEL: dict(Channel.choices),
    Dimension.SIZE: dict(CompanySize.choices),
    Dimension.LEVEL: dict(Level.choices),
}


@cache
def stages_reaching(step: str) -> frozenset[str]:
    """Furthest-stage values that count as having reached `step` (asked of the method itself,
    so the rule has one home)."""
    return frozenset(s for s in STAGE_NAMES if getattr(funnel_counts([(s, 1)]), step) == 1)


def applications(user: User, since: date | None = None, until: date | None = None) -> QuerySet:
    rows = Application.objects.for_user(user)
    if since:
        rows = rows.filter(applied_on__gte=since)
    if until:
        rows = rows.filter(applied_on__lte=until)
    return rows


def counts(rows: QuerySet) -> FunnelCounts:
    """One query: applications per furthest stage, folded into the cumulative steps."""
    grouped = rows.order_by().values_list("furthest_stage").annotate(n=Count("id"))
    return funnel_counts(grouped)


@dataclass(frozen=True)
class FunnelView:
    counts: FunnelCounts
    funnel: Funnel
    bottleneck: Bottleneck
    labels: dict[str, str]

    @property
    def labelled_steps(self) -> list[tuple[str, FunnelStep]]:
        return [(self.labels[step.name], step) for step in self.funnel.steps]


def view(step_counts: FunnelCounts) -> FunnelView:
    language = playbook_lang()
    data = funnel(step_counts, "wilson", language)
    return FunnelView(
        step_counts,
        data,
        bottleneck(data, language),
        dict(funnel_settings(language).step_labels),
    )


def overall(user: User, since: date | None = None, until: date | None = None) -> FunnelView:
    return view(counts(applications(user, since, until)))


def value_label(dimension: Dimension, value: str) -> str:
    if not value:
        return _("Not recorded")
    return str(_LABELS.get(dimension, {}).get(value, value))


@dataclass(frozen=True)
class SegmentRow:
    value: str
    label: str
    view: FunnelView
    score: SegmentScore


@dataclass(frozen=True)
class Breakdown:
    dimension: Dimension
    metric: Metric
    rows: list[SegmentRow]  # best first, by the shrunk rate of `metric`


def breakdown(
    user: User,
    dimension: Dimension,
    metric: Metric = Metric.ANSWERED,
    since: date | None = None,
    until: date | None = None,
) -> Breakdown:
    """The funnel of each value of a dimension, ranked by the sweet-spot shrunk rate. One query."""
    grouped: dict[str, list[tuple[str, int]]] = defaultdict(list)
    rows = applications(user, since, until).order_by()
    for value, stage, n in rows.values_list(dimension.field, "furthest_stage").annotate(
        n=Count("id")
    ):
        grouped[value or ""].append((stage, n))
    per_value = {value: funnel_counts(stages) for value, stages in grouped.items()}
    segments = [
        Segment(dimension.value, value, getattr(c, metric.value), c.sent)
        for value, c in per_value.items()
    ]
    scores = sweet_spot(segments, playbook_lang())
    return Breakdown(
        dimension,
        metric,
        [
            SegmentRow(s.value, value_label(dimension, s.value), view(per_value[s.value]), s)
            for s in scores
        ],
    )


@dataclass(frozen=True)
class PeriodRow:
    start: date
    view: FunnelView


def by_period(
    user: User, granularity: str = "month", since: date | None = None, until: date | None = None
) -> list[PeriodRow]:
    """The funnel of the applications sent each month (or week), oldest first. One query."""
    trunc = TruncWeek if granularity == "week" else TruncMonth
    grouped: dict[date, list[tuple[str, int]]] = defaultdict(list)
    rows = (
        applications(user, since, until)
        .order_by()
        .annotate(period=trunc("applied_on"))
        .values_list("period", "furthest_stage")
        .annotate(n=Count("id"))
    )
    for period, stage, n in rows:
        grouped[period].append((stage, n))
    return [PeriodRow(start, view(funnel_counts(grouped[start]))) for start in sorted(grouped)]
