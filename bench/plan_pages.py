"""Today, the plan, the agenda and the calendar feed for a heavy user (5,000 applications with
their rejections, 3,000 actions, two years of reviews and routine logs): server time and SQL
queries, compared with a light user's query counts. Run: .venv/bin/python bench/plan_pages.py"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from common import setup_django, summary, timings

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from heavy_user import make_heavy_user  # noqa: E402

from rebond.jobs.models import Application, Outcome  # noqa: E402
from rebond.plan import feed  # noqa: E402
from rebond.plan.models import Action, Review, RoutineLog  # noqa: E402

TODAY_TARGET = 0.100
AXES = [
    ("skills", "technical"),
    ("personal_branding", "behavioural"),
    ("search_strategy", "context"),
]


@transaction.atomic
def make_plan(user, actions: int, days: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    today = date.today()
    rejected = Application.objects.for_user(user).rejected()
    Outcome.objects.bulk_create(
        [
            Outcome(
                application=a,
                stage_reached=a.furthest_stage,
                decided_on=(a.stage_changed_at + timedelta(days=rng.randrange(3))).date(),
            )
            for a in rejected
        ],
        batch_size=1000,
    )
    rows = []
    for i in range(actions):
        axis, theme = AXES[i % 3]
        due = today + timedelta(days=rng.randrange(-days, 30))
        is_open = i % 20 == 0  # about 5% still open, the rest done
        rows.append(
            Action(
                user=user,
                title=f"Action {i}",
                axis=axis,
                theme=theme,
                target="3 informational interviews",
                due_on=due,
                hours=rng.choice([1, 2, 3, 5]),
                status="todo" if is_open else "done",
                evidence="" if is_open else "done",
                done_at=None if is_open else datetime.combine(due, datetime.min.time(), UTC),
            )
        )
    Action.objects.bulk_create(rows, batch_size=1000)
    reviews = []
    for back in range(0, days, 7):
        at = datetime.combine(today - timedelta(days=back), datetime.min.time(), UTC)
        for cadence, every in (("weekly", 1), ("monthly", 4), ("quarterly", 13)):
            if (back // 7) % every == 0:
                day = at.date()
                reviews.append(
                    Review(
                        user=user,
                        cadence=cadence,
                        period_start=day,
                        period_end=day,
                        objective="Next step",
                        answers=[["q", "a"]],
                        done_at=at,
                    )
                )
    Review.objects.bulk_create(reviews)
    RoutineLog.objects.bulk_create(
        [
            RoutineLog(user=user, day=today - timedelta(days=d), block=b, minutes=m, done=True)
            for d in range(days)
            if d % 5
            for b, m in (("sourcing", 70), ("connecting", 30))
        ],
        batch_size=2000,
    )


def query_count(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return len(queries)


def provider_times(user) -> None:
    """Each agenda source's own time: the Today page and the feed pay for all of them."""
    import contextlib
    import time

    from django.utils import timezone

    from rebond.plan.agenda import providers

    now = timezone.now()
    for provider in providers():  # warm-up: the first call loads the URL configuration
        with contextlib.suppress(Exception):
            provider(user, now, "Europe/Paris")
    for provider in providers():
        started = time.perf_counter()
        try:
            count = len(list(provider(user, now, "Europe/Paris")))
        except Exception as exc:  # another app's source still in progress: say so, go on
            print(f"  source {provider.__module__}.{provider.__name__}: FAILED {exc}")
            continue
        elapsed = (time.perf_counter() - started) * 1000
        print(
            f"  source {provider.__module__}.{provider.__name__}: {count} items, {elapsed:.1f} ms"
        )


def main() -> None:
    users = get_user_model().objects
    light, heavy = users.create(username="light"), users.create(username="heavy")
    make_heavy_user(light, applications=50, interviews=10)
    make_plan(light, actions=30, days=30)
    make_heavy_user(heavy)
    make_plan(heavy, actions=3000, days=730)
    print(
        f"heavy user: {Application.objects.for_user(heavy).count()} applications, "
        f"{Outcome.objects.for_user(heavy).count()} rejections, "
        f"{Action.objects.for_user(heavy).count()} actions, "
        f"{Review.objects.for_user(heavy).count()} reviews, "
        f"{RoutineLog.objects.for_user(heavy).count()} routine logs"
    )
    provider_times(heavy)
    clients = {}
    for name, user in (("light", light), ("heavy", heavy)):
        clients[name] = Client()
        clients[name].force_login(user)
    pages = ["/plan/today/", "/plan/", "/plan/agenda/", "/plan/agenda.ics"]
    pages.append(f"/plan/feed/{feed.issue_token(heavy)}.ics")
    light_feed = f"/plan/feed/{feed.issue_token(light)}.ics"
    for url in pages:
        heavy_queries = query_count(clients["heavy"], url)
        light_url = light_feed if "/feed/" in url else url
        light_queries = query_count(clients["light"], light_url)
        target = TODAY_TARGET if url == "/plan/today/" else None
        shown = "/plan/feed/<token>.ics" if "/feed/" in url else url
        line = summary(f"GET {shown}", timings(lambda u=url: clients["heavy"].get(u)), target)
        print(f"{line}   queries heavy {heavy_queries} / light {light_queries}")
    # The same pages with only the plan's own sources, to tell its cost from other apps'.
    from rebond.plan import agenda as plan_agenda
    from rebond.plan import agenda_sources

    own = {agenda_sources.actions, agenda_sources.reviews, agenda_sources.routine}
    own.add(agenda_sources.reapply)
    others = [p for p in plan_agenda.providers() if p not in own]
    for provider in others:
        plan_agenda.unregister_agenda_provider(provider)
    for url in pages[:1] + pages[-1:]:
        target = TODAY_TARGET if url == "/plan/today/" else None
        shown = "/plan/feed/<token>.ics" if "/feed/" in url else url
        line = summary(
            f"GET {shown} (plan sources)", timings(lambda u=url: clients["heavy"].get(u)), target
        )
        print(line)
    # CPU time of the process, less sensitive than wall time to other work on a shared machine.
    import statistics
    import time

    for url in pages[:1]:
        cpu = []
        for _ in range(30):
            started = time.process_time()
            clients["heavy"].get(url)
            cpu.append(time.process_time() - started)
        print(f"GET {url} (plan sources) CPU time median {statistics.median(cpu) * 1000:.1f} ms")
    for provider in others:
        plan_agenda.register_agenda_provider(provider)


if __name__ == "__main__":
    main()
