"""Weekly and monthly reviews (C9.3): what was done, how the funnel moved, experiments'
verdicts, and — once their apps provide them — lessons and next objectives.

The same `Report` feeds the web page, the print view and the PDF (WeasyPrint).
"""

from __future__ import annotations

import calendar
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from rebond.insights import charts, hooks
from rebond.insights import funnel as funnel_data
from rebond.insights.choices import ReportKind
from rebond.insights.experiments import Evaluation, evaluate_all
from rebond.jobs.choices import Stage
from rebond.jobs.models import StageEvent
from rebond.web import typography

INTERVIEW_STAGES = (Stage.INTERVIEW_1, Stage.INTERVIEW_2, Stage.INTERVIEW_3, Stage.FINAL)


def period(kind: str, day: date) -> tuple[date, date]:
    """The week (Monday to Sunday) or calendar month holding `day`, both ends included."""
    if kind == ReportKind.WEEKLY:
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if kind == ReportKind.MONTHLY:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    raise ValueError(f"unknown report kind: {kind!r}")


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


def _activity(user: Any, start: date, end: date, sent: int) -> list[tuple[str, int]]:
    # A range on the stored UTC instant (not `__date`, which converts every row's zone).
    since = timezone.make_aware(datetime.combine(start, time.min))
    before = timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min))
    per_stage = dict(
        StageEvent.objects.for_user(user)
        .filter(occurred_at__gte=since, occurred_at__lt=before)
        .order_by()
        .values_list("stage")
        .annotate(n=Count("id"))
    )
    return [
        (_("Applications sent"), sent),
        (_("Replies moving an application on"), per_stage.get(Stage.SCREENING, 0)),
        (_("Interview rounds reached"), sum(per_stage.get(s, 0) for s in INTERVIEW_STAGES)),
        (_("Offers"), per_stage.get(Stage.OFFER, 0)),
        (_("Rejections"), per_stage.get(Stage.REJECTED, 0)),
    ]


def build(user: Any, kind: str, day: date, today: date) -> Report:
    """The review of the week or month holding `day`, as known on `today`."""
    start, end = period(kind, day)
    previous_start, previous_end = previous_period(kind, start)
    now = funnel_data.overall(user, start, end)
    before = funnel_data.overall(user, previous_start, previous_end)
    chart = None
    if now.counts.sent:
        chart = charts.bars(
            _("Funnel of the period"),
            _("Applications sent in the period and how far they went."),
            [now.labels[s.name] for s in now.funnel.steps],
            [s.count for s in now.funnel.steps],
            [_("Step"), _("Applications")],
            horizontal=True,
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
        activity=_activity(user, start, end, now.counts.sent),
        now=now,
        before=before,
        chart=chart,
        experiments=experiments,
        lessons=hooks.call("lessons", user, start, end),
        objectives=hooks.call("next_objectives", user, today),
    )


def pdf(html: str) -> bytes:
    """A PDF of the report's print page; WeasyPrint is imported only when a PDF is asked for."""
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML

    # The shared stylesheet holds screen-only rules WeasyPrint skips; its warnings are noise.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    sheets = [CSS(filename=finders.find(f"rebond/{name}.css")) for name in ("rebond", "insights")]
    # The report embeds everything it shows (inline SVG, local style sheets): refuse any
    # fetch, so no text in a person's data can make the PDF engine read a file or a URL.
    page = typography.html(html)  # rendered outside a response: no middleware saw it
    return HTML(string=page, url_fetcher=_refuse).write_pdf(stylesheets=sheets)


def _refuse(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    raise ValueError(f"the review PDF loads no external resource ({url[:40]})")
