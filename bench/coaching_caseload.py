"""Speed of a coach's caseload (X2): 250 job seekers with varied shared data, on PostgreSQL.

    .venv/bin/python bench/coaching_caseload.py [--people 250] [--runs 30]

Starts a throwaway PostgreSQL (scripts/pg-throwaway), migrates, seeds one coach and N job
seekers: each shares a varied set of sections and has applications with stage histories (some
rejected this week, some at an offer), interviews in the next days, plan actions (some
overdue), mood check-ins (some falling), a few members sharing nothing and pending invitations.
Then measures, through Django's test client signed in as the coach, the server time (median,
p95) and the number of queries of the caseload page (first page, a filter, a search) and of
the interviews page, and the access-log lines one view writes. Target: 300 ms p95 for the
caseload, the same number of queries whatever N.
"""

from __future__ import annotations

import argparse
import os
import random
import secrets
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from common import setup_django, summary, timings  # noqa: E402

SECTIONS = ("applications", "plan", "feedback", "network", "preparation", "journal")


def start_postgres() -> str:
    out = subprocess.run(
        [str(ROOT / "scripts" / "pg-throwaway")], check=True, capture_output=True, text=True
    ).stdout
    values = dict(part.split("=", 1) for part in out.replace("export ", "").split())
    os.environ["DATABASE_URL"] = values["DATABASE_URL"]
    return values["REBOND_PG_DIR"]


def hosted_environment() -> None:
    from cryptography.fernet import Fernet

    os.environ.update(
        {
            "REBOND_MODE": "hosted",
            "REBOND_SSL_REDIRECT": "false",
            "REBOND_ALLOWED_HOSTS": "testserver,localhost",
            "REBOND_SECRET_KEY": secrets.token_urlsafe(60),
            "REBOND_FIELD_KEYS": Fernet.generate_key().decode(),
            "REBOND_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        }
    )


def seed(people: int) -> object:
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from rebond.coaching import invitations
    from rebond.coaching.choices import Role
    from rebond.coaching.models import Membership, Organisation, Share
    from rebond.debrief.models import CheckIn
    from rebond.jobs import services as jobs
    from rebond.jobs.tests.factories import make_application
    from rebond.plan.tests.factories import make_action

    rng = random.Random(7)
    now = timezone.now()
    users = get_user_model().objects
    organisation = Organisation.objects.create(name="Mission locale")
    coach = users.create(username="coach", first_name="Claire", last_name="Coach")
    Membership.objects.create(user=coach, organisation=organisation, role=Role.COACH)
    for index in range(people):
        person = users.create(
            username=f"seeker{index}",
            first_name=rng.choice(["Ana", "Bo", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal"]),
            last_name=f"Nom{index:03}",
            email=f"seeker{index}@example.org",
        )
        Membership.objects.create(
            user=person, organisation=organisation, role=Role.SEEKER, coach=coach
        )
        if index % 25 == 0:
            continue  # shares nothing yet
        shared = [s for s in SECTIONS if rng.random() < 0.7] or ["plan"]
        Share.objects.bulk_create([Share(user=person, coach=coach, section=s) for s in shared])
        for number in range(rng.randint(3, 12)):
            at = now - timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 23))
            path = rng.choice(
                [(), ("screening",), ("interview_1",), ("interview_1", "interview_2", "final")]
            )
            if rng.random() < 0.3:
                path = (*path, "rejected")
            elif path and rng.random() < 0.05:
                path = (*path, "offer")
            application = make_application(
                person, company=f"Company {number}", role="Analyst", stages=path, at=at
            )
            if path and not application.is_closed and rng.random() < 0.3:
                jobs.log_interview(
                    application, scheduled_at=now + timedelta(days=rng.randint(0, 20), hours=3)
                )
        for _ in range(rng.randint(1, 6)):
            make_action(person, due_on=(now + timedelta(days=rng.randint(-10, 20))).date())
        moods = [rng.randint(2, 9) for _ in range(rng.randint(0, 5))]
        CheckIn.objects.bulk_create(
            [
                CheckIn(user=person, at=now - timedelta(days=12 - 2 * i), mood=m)
                for i, m in enumerate(moods)
            ]
        )
    for index in range(10):
        invitations.invite(coach, organisation, f"invited{index}@example.org")
    return coach


def measure(client: object, url: str, runs: int) -> tuple[list[float], int, float, float]:
    """Wall times, queries of one view, CPU of this process and time waiting for the database
    per view (mean)."""
    from django.db import connection

    def get() -> None:
        response = client.get(url)  # type: ignore[attr-defined]
        assert response.status_code == 200, response.status_code

    counted: list[float] = []

    def count(execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            counted.append(time.perf_counter() - started)

    with connection.execute_wrapper(count):
        get()
    queries = len(counted)
    cpu = time.process_time()
    with connection.execute_wrapper(count):
        seconds = timings(get, runs=runs, warmup=2)
    cpu = (time.process_time() - cpu) / (runs + 2)
    database = sum(counted[queries:]) / (runs + 2)
    return seconds, queries, cpu, database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=250)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="print a profile of one view")
    parser.add_argument("--queries", action="store_true", help="print the slowest queries")
    args = parser.parse_args()
    hosted_environment()
    pg_dir = start_postgres()
    try:
        setup_django()
        from django.test import Client
        from django.test.utils import setup_test_environment

        from rebond.coaching.models import AccessLog

        setup_test_environment()
        import logging

        from django.conf import settings

        logging.getLogger("rebond.requests").setLevel(logging.WARNING)

        settings.STORAGES = {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
        coach = seed(args.people)
        client = Client()
        client.force_login(coach)
        print(f"{args.people} job seekers, PostgreSQL; server time through the test client")
        print(f"load average before: {os.getloadavg()[0]:.1f}")
        for name, url in (
            ("caseload (page 1, attention first)", "/coaching/caseload/"),
            ("caseload (filter: overdue)", "/coaching/caseload/?signal=overdue"),
            ("caseload (search, sort by activity)", "/coaching/caseload/?q=nom1&sort=activity"),
            ("interviews (14 days)", "/coaching/caseload/interviews/"),
        ):
            seconds, queries, cpu, database = measure(client, url, args.runs)
            print(
                f"{summary(name, seconds, 0.3)}   {queries} queries, CPU {cpu * 1000:.0f} ms,"
                f" database {database * 1000:.0f} ms"
            )
        before = AccessLog.objects.count()
        client.get("/coaching/caseload/")
        written = AccessLog.objects.count() - before
        print(f"access-log lines written by one caseload view: {written}")
        if args.queries:
            from django.db import connection

            spent: list[tuple[float, str]] = []

            def timed(execute, sql, params, many, context):
                started = time.perf_counter()
                try:
                    return execute(sql, params, many, context)
                finally:
                    spent.append((time.perf_counter() - started, sql))

            with connection.execute_wrapper(timed):
                client.get("/coaching/caseload/")
            for seconds, sql in sorted(spent, reverse=True)[:6]:
                print(f"{seconds * 1000:7.1f} ms  {sql[:160]}")
        if args.profile:
            import cProfile
            import pstats

            cProfile.runctx(
                "client.get('/coaching/caseload/')", globals(), locals(), "/tmp/cl.prof"
            )
            pstats.Stats("/tmp/cl.prof").sort_stats("cumulative").print_stats(35)
    finally:
        subprocess.run([str(ROOT / "scripts" / "pg-throwaway"), "stop", pg_dir], check=False)


if __name__ == "__main__":
    main()
