"""Weekly and monthly reviews (C9.3): what was done, how the funnel moved, experiments'
verdicts, and — once their apps provide them — lessons and next objectives.

The same `Report` feeds the web page, the print view and the PDF (WeasyPrint).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from django.db.models import Count
from django.utils.translation import gettext as _

from rebond.insights import charts, hooks
from rebond.insights import funnel as funnel_data
from rebond.insights.choices import ReportKind
from rebond.insights.experiments import Evaluation, evaluate_all
from rebond.jobs.choices import Stage
from rebond.method.errors import ServiceError
from rebond.method.funnel import funnel_counts
from rebond.web import pdf as web_pdf

if TYPE_CHECKING:
    from rebond.accounts.models import User


def period(kind: str, day: date) -> tuple[date, date]:
    """The week (Monday to Sunday) or calendar month holding `day`, both ends included."""
    if kind == ReportKind.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if kind == ReportKind.MONTHLY:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    raise ServiceError(f"unknown report kind: {kind!r}")


def previous_period(kind: str, start: date) -> tuple[date, date]:
    return period(kind, start - timedelta(days=1))


@dataclass(frozen=True)
class StepChange:
    label: str
    before: funnel_data.FunnelView
    now: funnel_data.FunnelView
    name: str


@dataclass(frozen=True)
class Report:
    kind: str
    start: date
    end: date
    previous_start: date
    previous_end: date
    activity: list[tuple[str, int]]
    now: funnel_data.FunnelView
    before: funnel_data.FunnelView
    chart: charts.Chart | None
    experiments: list[Evaluation]
    lessons: list[str] | None
    objectives: list[str] | None

    @property
    def title(self) -> str:
        return str(ReportKind(self.kind).label)

    def steps(self) -> list[dict[str, Any]]:
        """Each funnel step in this period and the previous one, side by side."""
        return [
            {
                "label": self.now.labels[now.name],
                "now": now,
                "before": before,
            }
            for now, before in zip(self.now.funnel.steps, self.before.funnel.steps, strict=True)
        ]


def _period_counts(user: User, start: date, end: date) -> tuple[funnel_data.FunnelView, int]:
    """The funnel of the applications sent in the period and how many of them were turned
    down, from one query: every count of the review comes from this one set of applications,
    so "what was done" and the funnel can never disagree."""
    rows = (
        funnel_data.applications(user, start, end)
        .order_by()
        .values_list("furthest_stage", "stage")
        .annotate(n=Count("id"))
    )
    per_furthest: dict[str, int] = {}
    rejected = 0
    for furthest, stage, n in rows:
        per_furthest[furthest] = per_furthest.get(furthest, 0) + n
        if stage == Stage.REJECTED:
            rejected += n
    return funnel_data.view(funnel_counts(per_furthest.items())), rejected


def _activity(now: funnel_data.FunnelView, rejected: int) -> list[tuple[str, int]]:
    """The period's counts, worded as the funnel's steps (one definition, one name)."""
    steps = [(now.labels[s.name], s.count) for s in now.funnel.steps]
    return [*steps, (_("Turned down so far"), rejected)]


def build(user: User, kind: str, day: date, today: date) -> Report:
    """The review of the week or month holding `day`, as known on `today`."""
    start, end = period(kind, day)
    previous_start, previous_end = previous_period(kind, start)
    now, rejected = _period_counts(user, start, end)
    before = funnel_data.overall(user, previous_start, previous_end)
    chart = None
    if now.counts.sent:
        chart = charts.hbars(
            _("Funnel of the period"),
            _("Applications sent in the period and how far they went."),
            [now.labels[s.name] for s in now.funnel.steps],
            [s.count for s in now.funnel.steps],
            [_("Step"), _("Applications")],
        )
    experiments = [
        e
        for e in evaluate_all(user, today)
        if e.experiment.start <= end and e.experiment.last_day >= start
    ]
    return Report(
        kind=kind,
        start=start,
        end=end,
        previous_start=previous_start,
        previous_end=previous_end,
        activity=_activity(now, rejected),
        now=now,
        before=before,
        chart=chart,
        experiments=experiments,
        lessons=_once(hooks.call("lessons", user, start, end)),
        objectives=hooks.call("next_objectives", user, today),
    )


def _once(texts: list[str] | None) -> list[str] | None:
    """`texts` without repeats (the same sentence, whatever its case and spacing), in order."""
    if texts is None:
        return None
    seen: set[str] = set()
    kept = []
    for text in texts:
        key = " ".join(text.split()).casefold().rstrip(" .!?")
        if key not in seen:
            seen.add(key)
            kept.append(text)
    return kept


def pdf(html: str) -> bytes:
    """A PDF of the report's print page (`rebond.web.pdf`, which refuses any external fetch)."""
    return web_pdf.pdf(html, ("rebond", "insights"))
