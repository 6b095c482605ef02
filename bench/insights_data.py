"""The heavy user of `heavy_user.py`, topped up to 20,000 stage events and three experiments.

The extra events re-record an application's current stage (what a person does when they log a
follow-up), so the furthest stages, and therefore the funnel, stay those of heavy_user.py.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.db import transaction
from heavy_user import make_heavy_user

from rebond.insights.services import create_experiment
from rebond.jobs.models import Application, StageEvent

EVENTS = 20_000


@transaction.atomic
def make_insights_user(user, applications: int = 5000, seed: int = 11) -> tuple[int, int]:
    created, events = make_heavy_user(user, applications=applications)
    rng = random.Random(seed)
    rows = list(Application.objects.for_user(user).values_list("pk", "stage", "stage_changed_at"))
    target = EVENTS * applications // 5000
    extra = [
        StageEvent(application_id=pk, stage=stage, occurred_at=at + timedelta(days=1))
        for pk, stage, at in rng.choices(rows, k=max(0, target - events))
    ]
    StageEvent.objects.bulk_create(extra, batch_size=5000)
    for index, start in enumerate((date(2026, 3, 2), date(2026, 3, 23), date(2026, 4, 1))):
        create_experiment(
            user, title=f"Test {index}", hypothesis="One change.", start=start, metric="answered"
        )
    return created, events + len(extra)
