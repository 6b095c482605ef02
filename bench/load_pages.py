"""Server time of each page in the load mix (bench/load_locustfile.py), one request at a time
through Django's test client, for a person seeded like bench/load_seed.py (40 applications with
histories, interviews, plan actions, contacts) among others: wall and CPU time, SQL queries.

Run with the hosted settings and a PostgreSQL (what the load bench measures), e.g.:
  eval "$(scripts/pg-throwaway)"; REBOND_MODE=hosted REBOND_SECRET_KEY=… REBOND_FIELD_KEYS=… \
    REBOND_SSL_REDIRECT=false .venv/bin/python bench/load_pages.py [--people 20] [--runs 20]
or without them for local mode on SQLite. --profile URL prints the top functions of one page."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time

from common import setup_django

_CACHED: dict[tuple[type, str], object] = {}


def labels(django_default: bool) -> None:
    """Switch the models' get_FOO_display between Django's own and web/choice_labels.py's."""
    from functools import partialmethod

    from django.apps import apps
    from django.db import models

    if not _CACHED:
        for model in apps.get_models():
            for field in model._meta.concrete_fields:
                name = f"get_{field.name}_display"
                if field.choices and field.model is model and name in model.__dict__:
                    _CACHED[(model, name)] = (model.__dict__[name], field)
    for (model, name), (cached, field) in _CACHED.items():
        default = partialmethod(models.Model._get_FIELD_display, field=field)
        setattr(model, name, default if django_default else cached)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--applications", type=int, default=40)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--profile", default="")
    parser.add_argument(
        "--compare-labels",
        action="store_true",
        help="each page also with Django's own get_FOO_display (before web/choice_labels.py), "
        "interleaved with the cached one so that both see the same machine load",
    )
    args = parser.parse_args()
    setup_django()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from heavy_user import make_heavy_user

    from rebond.jobs.models import Application
    from rebond.network.models import Contact
    from rebond.plan import services as plan

    if not settings.LOCAL_MODE:  # hashed static names, as a production server has them
        from django.core.management import call_command

        call_command("collectstatic", interactive=False, verbosity=0)
    people, run = [], int(time.time())  # names unique across runs on one database
    for index in range(args.people):
        user = get_user_model().objects.create(
            username=f"pages{run}-{index}", email=f"pages{run}-{index}@example.org"
        )
        make_heavy_user(
            user, applications=args.applications, interviews=args.applications // 4, seed=index
        )
        for title in ("Relancer trois recruteurs", "Réécrire le pitch", "Deux histoires STAR"):
            plan.create_action(user, title=title, axis="search_strategy", theme="business")
        Contact.objects.bulk_create(
            [Contact(user=user, first_name=f"Contact {k}", kind="peer") for k in range(5)]
        )
        people.append(user)
    user = people[len(people) // 2]
    application = Application.objects.filter(user=user).order_by("pk")[10].pk
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(user)
    pages = [
        ("today", "/plan/today/"),
        ("board", "/board/"),
        ("applications", "/applications/"),
        ("application", f"/applications/{application}/"),
        ("plan", "/plan/"),
        ("network", "/network/"),
    ]
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    mode = "local" if settings.LOCAL_MODE else "hosted"
    print(f"{args.people} people x {args.applications} applications, {mode} mode on {engine}")
    if args.profile:
        for _ in range(3):
            client.get(args.profile)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.runs):
            client.get(args.profile)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        return

    def measure(url: str) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        client.get(url)
        return time.process_time() - cpu, time.perf_counter() - wall

    variants = ["cached", "django"] if args.compare_labels else ["cached"]
    print(f"{'page':14} {'labels':8} {'wall ms':>9} {'CPU ms':>9} {'queries':>8}   (medians)")
    for name, url in pages:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        count = len(queries)
        for _ in range(3):
            client.get(url)
        samples: dict[str, list[tuple[float, float]]] = {v: [] for v in variants}
        for _ in range(args.runs):
            for variant in variants:
                labels(variant == "django")
                samples[variant].append(measure(url))
        labels(False)
        for variant in variants:
            cpus, walls = zip(*samples[variant], strict=True)
            print(
                f"{name:14} {variant:8} {statistics.median(walls) * 1000:9.1f} "
                f"{statistics.median(cpus) * 1000:9.1f} {count:8d}"
            )


if __name__ == "__main__":
    main()
