"""A tiny keyword-default factory for applications that reached a given stage, and experiments."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from rebond.insights import services
from rebond.jobs import services as jobs_services
from rebond.jobs.tests.factories import make_application

PATHS = {
    "applied": (),
    "screening": ("screening",),
    "interview_1": ("screening", "interview_1"),
    "offer": ("screening", "interview_1", "final", "offer"),
}


def make_sent(
    user: Any,
    *,
    reached: str = "applied",
    on: date = date(2026, 3, 2),
    then: str = "",
    count: int = 1,
    answer_after: int = 0,
    **fields: Any,
) -> None:
    """`count` applications sent on `on` that reached `reached`, then optionally ended (`then`);
    the employer's first move comes `answer_after` days after sending."""
    at = datetime.combine(on, time(10), tzinfo=UTC)
    later = at + timedelta(days=answer_after)
    for _ in range(count):
        application = make_application(user, at=at, applied_on=on, **fields)
        for stage in PATHS[reached]:
            jobs_services.move_stage(application, stage, at=later)
        if then:
            jobs_services.close_application(application, result=then, at=later)


def make_experiment(user: Any, **fields: Any):
    defaults = {
        "title": "Warm introductions",
        "hypothesis": "Introductions get more replies than job boards.",
        "start": date(2026, 3, 16),
        "change": "warm_introductions",
        "metric": "answered",
    }
    return services.create_experiment(user, **{**defaults, **fields})
