"""Two-week experiments (C1.4): define one change, then compare it with the period before.

Counts come from one aggregate query for any number of experiments; the verdict (Fisher's
exact test, the power calculation's "N more applications") and the overlap check come from
`rebond.method.funnel.experiments`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from rebond.accounts.language import playbook_lang
from rebond.insights.funnel import applications, stages_reaching
from rebond.insights.models import Experiment, default_baseline
from rebond.method.errors import ServiceError
from rebond.method.funnel.experiments import ExperimentPeriod, Verdict, compare, overlapping
from rebond.method.funnel.settings import funnel_settings
from rebond.trash import services as trash
from rebond.trash.models import BinEntry

if TYPE_CHECKING:
    from rebond.accounts.models import User


def experiment_days() -> int:
    """How long an experiment lasts unless its end is given (`[funnel.experiments] days`)."""
    return funnel_settings(playbook_lang()).experiments.days


class ExperimentError(ServiceError):
    """A definition that cannot be measured (dates in the wrong order, nothing to stop)."""


def create_experiment(
    user: User,
    *,
    title: str,
    hypothesis: str,
    start: date,
    end: date | None = None,
    change: str = "other",
    change_detail: str = "",
    metric: str = "answered",
    baseline_start: date | None = None,
    baseline_end: date | None = None,
) -> Experiment:
    end = end or start + timedelta(days=experiment_days() - 1)
    if end < start:
        raise ExperimentError(_("The end must not come before the start."))
    default_start, default_end = default_baseline(start, end)
    baseline_start = baseline_start or default_start
    baseline_end = baseline_end or default_end
    if baseline_end < baseline_start or baseline_end >= start:
        raise ExperimentError(_("The baseline period must end before the experiment starts."))
    return Experiment.objects.create(
        user=user,
        title=title.strip(),
        hypothesis=hypothesis.strip(),
        change=change,
        change_detail=change_detail.strip(),
        metric=metric,
        start=start,
        end=end,
        baseline_start=baseline_start,
        baseline_end=baseline_end,
    )


def stop_experiment(experiment: Experiment, today: date) -> Experiment:
    """End a running experiment today (the trial period is then start..today)."""
    if experiment.stopped_on is not None or today > experiment.end:
        raise ExperimentError(_("This experiment is already over."))
    if today < experiment.start:
        raise ExperimentError(_("This experiment has not started yet; delete it instead."))
    experiment.stopped_on = today
    experiment.save(update_fields=["stopped_on"])
    return experiment


def delete_experiment(experiment: Experiment) -> BinEntry:
    return trash.discard(experiment.user, experiment)


@dataclass(frozen=True)
class Evaluation:
    experiment: Experiment
    status: str  # "planned", "running" or "finished"
    baseline: tuple[int, int]  # (successes, applications)
    trial: tuple[int, int]
    verdict: Verdict | None  # None before the trial has started
    overlaps_with: list[Experiment]
    days_left: int


def _status(experiment: Experiment, today: date) -> str:
    if experiment.is_over(today):
        return "finished"
    return "running" if experiment.has_started(today) else "planned"


def evaluate_all(user: User, today: date, only: list[Experiment] | None = None) -> list[Evaluation]:
    """Every experiment of the person (or `only` these) with counts, verdict and overlaps.

    Two queries in all: the experiments, then one aggregate holding four counts per experiment.
    """
    everything = list(Experiment.objects.for_user(user))
    chosen = everything if only is None else [e for e in everything if e in only]
    totals = {}
    if chosen:
        aggregates = {}
        for e in chosen:
            reached = Q(furthest_stage__in=stages_reaching(e.metric))
            trial_end = min(e.last_day, today)
            for arm, (low, high) in {
                "b": (e.baseline_start, e.baseline_end),
                "t": (e.start, trial_end),
            }.items():
                window = Q(applied_on__gte=low, applied_on__lte=high)
                aggregates[f"{arm}n{e.pk}"] = Count("id", filter=window)
                aggregates[f"{arm}s{e.pk}"] = Count("id", filter=window & reached)
        totals = applications(user).aggregate(**aggregates)
    periods = [ExperimentPeriod(str(e.pk), e.start, e.last_day) for e in everything]
    by_pk = {str(e.pk): e for e in everything}
    overlaps: dict[str, list[Experiment]] = {}
    for pair in overlapping(periods):
        overlaps.setdefault(pair.first, []).append(by_pk[pair.second])
        overlaps.setdefault(pair.second, []).append(by_pk[pair.first])
    language = playbook_lang()
    results = []
    for e in chosen:
        baseline = (totals[f"bs{e.pk}"], totals[f"bn{e.pk}"])
        trial = (totals[f"ts{e.pk}"], totals[f"tn{e.pk}"])
        status = _status(e, today)
        verdict = None if status == "planned" else compare(baseline, trial, language)
        results.append(
            Evaluation(
                e,
                status,
                baseline,
                trial,
                verdict,
                overlaps.get(str(e.pk), []),
                max(0, (e.last_day - today).days + 1) if status != "finished" else 0,
            )
        )
    return results


def evaluate(user: User, experiment: Experiment, today: date) -> Evaluation:
    return evaluate_all(user, today, only=[experiment])[0]
