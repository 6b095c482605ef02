"""Seeding step of bench/load_hosted.py: N job seekers with realistic data and a signed-in
session each. Run inside the server's settings (hosted PostgreSQL or local SQLite)."""

from __future__ import annotations

import json
import sys
import time

from common import setup_django


def seed(count: int, applications: int, out: str) -> None:
    setup_django()
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils.crypto import get_random_string
    from heavy_user import make_heavy_user

    from rebond.jobs.models import Application
    from rebond.network.models import Contact
    from rebond.plan import services as plan

    started = time.perf_counter()
    password = make_password("load-test passphrase")  # one Argon2 hash, shared: seeding speed
    accounts = []
    for index in range(count):
        user = get_user_model().objects.create(
            username=f"seeker{index}", email=f"seeker{index}@example.org", password=password
        )
        make_heavy_user(user, applications=applications, interviews=applications // 4, seed=index)
        for title in ("Relancer trois recruteurs", "Réécrire le pitch", "Deux histoires STAR"):
            plan.create_action(user, title=title, axis="search_strategy", theme="business")
        Contact.objects.bulk_create(
            [Contact(user=user, first_name=f"Contact {k}", kind="peer") for k in range(5)]
        )
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        ids = list(Application.objects.filter(user=user).values_list("pk", flat=True)[:50])
        accounts.append(
            {"session": session.session_key, "csrf": get_random_string(32), "applications": ids}
        )
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(accounts, handle)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(
        f"seeded {count} people x {applications} applications on {engine} "
        f"in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    seed(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
