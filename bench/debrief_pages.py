"""Debrief and journal pages for a heavy journal writer: 300 rejected applications (200 with a
debrief, 60 unfinished), 3,000 thought records, 5,000 check-ins, 1,000 wins, 200 assets.
Server time and SQL queries per page (texts are encrypted, so each row shown is decrypted).
Run: .venv/bin/python bench/debrief_pages.py"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from common import setup_django, summary, timings

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from rebond.debrief.models import Asset, CheckIn, Debrief, ThoughtRecord, Win  # noqa: E402
from rebond.jobs import services as jobs  # noqa: E402

TARGET = 0.150
EMOTIONS = ["disappointment", "anger", "shame", "anxiety", "relief"]


def make_journal(user) -> int:
    rng = random.Random(5)
    now = datetime.now(UTC)
    debrief_id = 0
    for i in range(300):
        at = now - timedelta(days=300 - i)
        application = jobs.create_application(user, company=f"C{i % 90}", role=f"Role {i}", at=at)
        jobs.move_stage(application, "interview_1", at=at)
        jobs.close_application(application, at=at + timedelta(days=3))
        if i < 200:
            debrief = Debrief.objects.create(
                user=user, application=application, started_at=at, rejected_at=at,
                facts="They wanted 5 years of SQL\nThe panel had 3 people",
                done_steps=["checkin", "reset"], finished_at=None if i % 10 < 3 else at,
            )  # fmt: skip
            debrief_id = debrief.pk
    ThoughtRecord.objects.bulk_create(
        ThoughtRecord(user=user, created_at=now - timedelta(hours=i), thought=f"Thought {i}",
                      distortions=["labeling"], intensity_before=7, intensity_after=4)
        for i in range(3000)
    )  # fmt: skip
    CheckIn.objects.bulk_create(
        CheckIn(user=user, at=now - timedelta(hours=3 * i), mood=rng.randint(0, 10),
                emotion=rng.choice(EMOTIONS), intensity=rng.randint(0, 10))
        for i in range(5000)
    )  # fmt: skip
    Win.objects.bulk_create(
        Win(user=user, day=(now - timedelta(days=i % 365)).date(), text=f"Win {i}")
        for i in range(1000)
    )
    Asset.objects.bulk_create(Asset(user=user, kind="result", text=f"A{i}") for i in range(200))
    return debrief_id


def main() -> None:
    user = get_user_model().objects.create(username="journal")
    debrief_id = make_journal(user)
    client = Client()
    client.force_login(user)
    pages = ["/debrief/", "/debrief/thoughts/", "/debrief/timeline/", "/debrief/assets/"]
    pages += [f"/debrief/{debrief_id}/", f"/debrief/{debrief_id}/columns/", "/insights/"]
    for url in pages:
        connection.queries_log.clear()  # the set-up filled the 9,000-query log: start empty
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        count = len(queries)  # now: later requests reset the connection's query log
        print(
            summary(f"GET {url}", timings(lambda u=url: client.get(u), runs=15), TARGET)
            + f"   {count} queries"
        )


if __name__ == "__main__":
    main()
