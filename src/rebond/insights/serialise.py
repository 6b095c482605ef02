"""Plain-data forms of the insights results, shared by the JSON API and `rebond … --json`."""

from __future__ import annotations

from typing import Any

from rebond.insights.experiments import Evaluation
from rebond.insights.funnel import Breakdown, FunnelView
from rebond.insights.reports import Report


def funnel_view(view: FunnelView) -> dict[str, Any]:
    return {
        "counts": {
            "sent": view.counts.sent,
            "answered": view.counts.answered,
            "interviewed": view.counts.interviewed,
            "offered": view.counts.offered,
        },
        "steps": [
            {
                "name": step.name,
                "label": label,
                "count": step.count,
                "rate": step.conversion.rate if step.conversion else None,
                "low": step.conversion.low if step.conversion else None,
                "high": step.conversion.high if step.conversion else None,
                "small_sample": step.small_sample,
            }
            for label, step in view.labelled_steps
        ],
        "bottleneck": {
            "kind": view.bottleneck.kind,
            "step": view.bottleneck.step,
            "sentence": view.bottleneck.sentence,
        },
    }


def breakdown(data: Breakdown) -> dict[str, Any]:
    return {
        "dimension": data.dimension.value,
        "metric": data.metric.value,
        "segments": [
            {
                "value": row.value,
                "label": row.label,
                "rank": row.score.rank,
                "successes": row.score.successes,
                "trials": row.score.trials,
                "raw_rate": row.score.raw_rate,
                "shrunk_rate": row.score.shrunk_rate,
                "low": row.score.low,
                "high": row.score.high,
                "small_sample": row.score.small_sample,
                "funnel": funnel_view(row.view)["counts"],
            }
            for row in data.rows
        ],
    }


def evaluation(item: Evaluation) -> dict[str, Any]:
    e, verdict = item.experiment, item.verdict
    return {
        "id": e.pk,
        "title": e.title,
        "hypothesis": e.hypothesis,
        "change": e.change,
        "change_detail": e.change_detail,
        "metric": e.metric,
        "start": e.start,
        "end": e.end,
        "stopped_on": e.stopped_on,
        "baseline_start": e.baseline_start,
        "baseline_end": e.baseline_end,
        "status": item.status,
        "days_left": item.days_left,
        "baseline": {"successes": item.baseline[0], "applications": item.baseline[1]},
        "trial": {"successes": item.trial[0], "applications": item.trial[1]},
        "overlaps_with": [other.pk for other in item.overlaps_with],
        "verdict": None
        if verdict is None
        else {
            "outcome": verdict.outcome,
            "p_value": verdict.p_value,
            "probability_trial_better": verdict.probability_trial_better,
            "more_needed": verdict.more_needed,
            "sentence": verdict.sentence,
        },
    }


def report(data: Report) -> dict[str, Any]:
    return {
        "kind": data.kind,
        "start": data.start,
        "end": data.end,
        "activity": [{"label": label, "count": count} for label, count in data.activity],
        "funnel": funnel_view(data.now),
        "previous_funnel": funnel_view(data.before),
        "experiments": [evaluation(item) for item in data.experiments],
        "lessons": data.lessons,
        "next_objectives": data.objectives,
    }
