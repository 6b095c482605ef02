"""Make a heavy user: thousands of applications with full stage histories and interviews.

Used by the page benchmarks. Deterministic (seeded) so runs compare.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from django.db import transaction

from rebond.jobs.choices import Channel, CompanySize, Level, Stage
from rebond.jobs.models import Application, Company, Interview, StageEvent

PATHS = [
    ["applied", "no_answer"],
    ["applied", "rejected"],
    ["applied", "screening", "rejected"],
    ["applied", "screening", "interview_1", "rejected"],
    ["applied", "screening", "interview_1", "interview_2", "rejected"],
    ["applied", "screening", "interview_1", "interview_2", "final", "offer"],
    ["applied"],
    ["applied", "screening"],
    ["applied", "screening", "interview_1"],
]
WEIGHTS = [30, 25, 12, 8, 4, 1, 10, 6, 4]


@transaction.atomic
def make_heavy_user(user, applications: int = 5000, interviews: int = 2000, seed: int = 7):
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    companies = Company.objects.bulk_create(
        [
            Company(
                user=user, name=f"Entreprise {i}", sector=rng.choice(["banque", "santé", "tech"])
            )
            for i in range(applications // 5)
        ]
    )
    rows, paths = [], []
    for i in range(applications):
        path = rng.choices(PATHS, WEIGHTS)[0]
        day = start + timedelta(days=rng.randrange(600))
        furthest = max((s for s in path if Stage(s).rank >= 0), key=lambda s: Stage(s).rank)
        rows.append(
            Application(
                user=user,
                company=rng.choice(companies),
                role=f"Poste {i}",
                applied_on=day.date(),
                channel=rng.choice(Channel.values),
                level=rng.choice(Level.values),
                company_size=rng.choice(CompanySize.values),
                stage=path[-1],
                furthest_stage=furthest,
                stage_changed_at=day + timedelta(days=3 * len(path)),
            )
        )
        paths.append((day, path))
    created = Application.objects.bulk_create(rows, batch_size=1000)
    events = [
        StageEvent(application=a, stage=s, occurred_at=day + timedelta(days=3 * k))
        for a, (day, path) in zip(created, paths, strict=True)
        for k, s in enumerate(path)
    ]
    StageEvent.objects.bulk_create(events, batch_size=5000)
    interviewed = [a for a in created if Stage(a.furthest_stage).rank >= 2] or created
    Interview.objects.bulk_create(
        [
            Interview(
                application=rng.choice(interviewed),
                round=1 + i % 3,
                scheduled_at=start + timedelta(days=rng.randrange(600)),
                questions="Q1\nQ2",
            )
            for i in range(interviews)
        ],
        batch_size=1000,
    )
    return len(created), len(events)
