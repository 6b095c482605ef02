"""Funnel, sweet spot, experiments and reviews: parse → service → serialise."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Status

from rebond.api.bin import binned
from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.insights import serialise, services
from rebond.insights.choices import ChangeKind, Dimension, Metric
from rebond.insights.models import Experiment
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["insights"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class FunnelFilters(In):
    by: Literal["channel", "sector", "size", "level"] | None = None
    metric: Literal["answered", "interviewed", "offered"] = "answered"
    since: date | None = None
    until: date | None = None


class ExperimentIn(In):
    title: str
    hypothesis: str
    start: date
    end: date | None = None
    change: Literal[tuple(ChangeKind.values)] = "other"  # type: ignore[valid-type]
    change_detail: str = ""
    metric: Literal["answered", "interviewed", "offered"] = "answered"
    baseline_start: date | None = None
    baseline_end: date | None = None


class ReportFilters(In):
    day: date | None = None


def _owned(request: HttpRequest, pk: int) -> Experiment:
    return owned_or_404(Experiment.objects.all(), request.user, pk)


@router.get("/insights/funnel", response={200: dict[str, Any], **ERRORS})
def funnel(request: AuthedRequest, filters: Query[FunnelFilters]) -> object:
    view = services.funnel_overview(request.user, filters.since, filters.until)
    body = serialise.funnel_view(view)
    body["breakdown"] = None
    if filters.by:
        data = services.breakdown(
            request.user,
            Dimension(filters.by),
            Metric(filters.metric),
            filters.since,
            filters.until,
        )
        body["breakdown"] = serialise.breakdown(data)
    return body


@router.get("/experiments", response={200: list[dict[str, Any]], **ERRORS})
def list_experiments(request: AuthedRequest) -> object:
    evaluations = services.evaluate_all(request.user, timezone.localdate())
    return [serialise.evaluation(item) for item in evaluations]


@router.post("/experiments", response={201: dict[str, Any], **ERRORS})
def create_experiment(request: AuthedRequest, payload: ExperimentIn) -> object:
    experiment = services.create_experiment(request.user, **payload.dict())
    evaluation = services.evaluate(request.user, experiment, timezone.localdate())
    return Status(201, serialise.evaluation(evaluation))


@router.get("/experiments/{pk}", response={200: dict[str, Any], **ERRORS})
def get_experiment(request: AuthedRequest, pk: int) -> object:
    experiment = _owned(request, pk)
    return serialise.evaluation(services.evaluate(request.user, experiment, timezone.localdate()))


@router.post("/experiments/{pk}/stop", response={200: dict[str, Any], **ERRORS})
def stop_experiment(request: AuthedRequest, pk: int) -> object:
    today = timezone.localdate()
    experiment = services.stop_experiment(_owned(request, pk), today)
    return serialise.evaluation(services.evaluate(request.user, experiment, today))


@router.delete("/experiments/{pk}", response={204: None, **ERRORS})
def delete_experiment(request: AuthedRequest, pk: int) -> object:
    return binned(services.delete_experiment(_owned(request, pk)))


@router.get("/reports/{kind}", response={200: dict[str, Any], **ERRORS})
def report(
    request: AuthedRequest, kind: Literal["weekly", "monthly"], filters: Query[ReportFilters]
) -> object:
    today = timezone.localdate()
    return serialise.report(services.review(request.user, kind, filters.day or today, today))
