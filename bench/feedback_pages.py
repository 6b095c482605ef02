"""Feedback pages for a person with 5,000 stored statements (500 pieces of feedback from 40
people): server time and SQL queries per page, and what saving one more piece costs (classify,
store the vectors, regroup the buckets it touches), deleting it and correcting a label.
Run: .venv/bin/python bench/feedback_pages.py [--save-only]

Vectors are computed once for the fixture; the pages themselves never call the encoder.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date, timedelta

from common import setup_django, summary, timings

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from feedback_speed import distinct_lines  # noqa: E402

from rebond.feedback import services  # noqa: E402
from rebond.feedback.models import FeedbackItem, Statement  # noqa: E402
from rebond.method.feedback.classifier import classify_many  # noqa: E402
from rebond.method.learning import embeddings  # noqa: E402

PAGES = ["/feedback/", "/feedback/points/", "/feedback/strengths/", "/feedback/due/"]
SOURCES = ["recruiter", "hiring_manager", "mentor", "mock_interview", "self"]


def make_person(n: int = 5_000, per_item: int = 10) -> object:
    user = get_user_model().objects.create(username="heavy-feedback")
    texts = distinct_lines(n)
    started = time.perf_counter()
    vectors = embeddings.encode(texts)
    labels = classify_many(texts, vectors=vectors)
    print(
        f"fixture: encoded and classified {n} statements in {time.perf_counter() - started:.1f} s"
    )
    today = date(2026, 3, 1)
    items = FeedbackItem.objects.bulk_create(
        FeedbackItem(
            user=user,
            source_kind=SOURCES[i % len(SOURCES)],
            source_name=f"Person {i % 40}",
            received_on=today - timedelta(days=i % 300),
            text="(bench)",
        )
        for i in range(n // per_item)
    )
    Statement.objects.bulk_create(
        (
            Statement.labelled(items[i // per_item], i % per_item, t, lab, vectors[i])
            for i, (t, lab) in enumerate(zip(texts, labels, strict=True))
        ),
        batch_size=500,
    )
    started = time.perf_counter()
    services.regroup(user)
    print(f"first full regroup of {n} statements (loads the model): "
          f"{time.perf_counter() - started:.2f} s")  # fmt: skip
    return user


# One piece of feedback of four statements in four (praise or not, dimension) buckets.
PIECE = (
    "Vos exemples manquaient de chiffres. Your pitch was too long. "
    "Nous avons apprécié votre énergie. The budget for the role was frozen."
)


def measured(action: object) -> tuple[object, float, float]:
    """What `action()` returns, its wall time and this process's CPU time, in seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    found = action()  # type: ignore[operator]
    return found, time.perf_counter() - wall, time.process_time() - cpu


def saving(user: object, runs: int = 7) -> None:
    """Median wall and CPU of saving one piece, correcting a label and deleting the piece
    (deleted after each run, so the person keeps 5,000 statements)."""
    costs: dict[str, list[tuple[float, float]]] = {"save": [], "correct": [], "delete": []}
    for run in range(runs + 1):  # the first run warms the encoder and classifier up
        item, wall, cpu = measured(
            lambda: services.add_feedback(user, text=PIECE, source_name="Bench")
        )
        count = item.statements.count()
        statement = item.statements.order_by("position").first()
        other = "strength" if statement.polarity != "strength" else "weakness"
        _, c_wall, c_cpu = measured(
            lambda s=statement, o=other: services.correct_labels(user, s, {"polarity": o})
        )
        _, d_wall, d_cpu = measured(lambda i=item: services.delete_item(user, i))
        if run:
            costs["save"].append((wall, cpu))
            costs["correct"].append((c_wall, c_cpu))
            costs["delete"].append((d_wall, d_cpu))
    labels = {
        "save": f"save one piece ({count} statements)",
        "correct": "correct one polarity",
        "delete": "delete that piece",
    }
    for key, pairs in costs.items():
        wall = statistics.median(w for w, _ in pairs)
        cpu = statistics.median(c for _, c in pairs)
        print(f"{labels[key]:40} median {wall * 1000:7.1f} ms wall  {cpu * 1000:7.1f} ms CPU"
              f"   ({runs} runs)")  # fmt: skip
    _, wall, cpu = measured(lambda: services.regroup(user))
    print(f"{'full regroup (repair), warm':40} once   {wall * 1000:7.1f} ms wall  "
          f"{cpu * 1000:7.1f} ms CPU")  # fmt: skip


def main() -> None:
    user = make_person()
    saving(user)
    if "--save-only" in sys.argv:
        return
    client = Client()
    client.force_login(user)
    for url in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        count = len(queries)  # read now: the next request empties the query log
        cpu = time.process_time()
        walls = timings(lambda u=url: client.get(u), runs=20, warmup=2)
        cpu = (time.process_time() - cpu) / 22  # warm-up runs included
        print(summary(f"GET {url}", walls, target=0.3)
              + f"   CPU {cpu * 1000:6.1f} ms/request   {count} queries")  # fmt: skip


if __name__ == "__main__":
    main()
