"""Locust scenario for bench/load_hosted.py (run by it, in its own process: locust's gevent
patching must not meet Django). Each simulated person signs in with a session made by the
seeding step and mixes page views with writes, with a short think time."""

from __future__ import annotations

import json
import os
import random

from locust import HttpUser, between, task

with open(os.environ["LOAD_ACCOUNTS"], encoding="utf-8") as _handle:
    ACCOUNTS = json.load(_handle)
SESSION_COOKIE = os.environ.get("LOAD_SESSION_COOKIE", "sessionid")
CSRF_COOKIE = os.environ.get("LOAD_CSRF_COOKIE", "csrftoken")


# Seconds a person spends reading between two clicks: "3,10" is a person at work, "0.5,1.5" a
# stress test (each simulated person clicking about once a second).
THINK = [float(x) for x in os.environ.get("LOAD_THINK", "3,10").split(",")]
# "close": one connection per request, as nginx configured like docs/operations.md opens to
# gunicorn (HTTP/1.0 upstream); "keep-alive": each simulated person keeps one connection, which
# pins them to one gunicorn worker for the whole run.
CONNECTION = os.environ.get("LOAD_CONNECTION", "close")


class JobSeeker(HttpUser):
    wait_time = between(*THINK)

    def on_start(self) -> None:
        self.account = random.choice(ACCOUNTS)
        csrf = self.account["csrf"]
        # Set by hand: the hosted cookies are Secure (__Host-), the benchmark runs on loopback.
        self.client.headers["Cookie"] = (
            f"{SESSION_COOKIE}={self.account['session']}; {CSRF_COOKIE}={csrf}"
        )
        self.client.headers["X-CSRFToken"] = csrf
        if CONNECTION == "close":
            self.client.headers["Connection"] = "close"

    def _get(self, url: str, name: str) -> None:
        with self.client.get(url, name=name, allow_redirects=False, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"{r.status_code}")

    @task(5)
    def today(self) -> None:
        self._get("/plan/today/", "today")

    @task(3)
    def board(self) -> None:
        self._get("/board/", "board")

    @task(3)
    def applications(self) -> None:
        self._get("/applications/", "applications")

    @task(3)
    def application(self) -> None:
        pk = random.choice(self.account["applications"])
        self._get(f"/applications/{pk}/", "application")

    @task(1)
    def plan(self) -> None:
        self._get("/plan/", "plan")

    @task(1)
    def network(self) -> None:
        self._get("/network/", "network")

    @task(1)
    def quick_add(self) -> None:
        data = {
            "company": f"Load {random.randrange(50)}",
            "role": "Analyste",
            "channel": "referral",
        }
        with self.client.post(
            "/applications/quick-add/",
            data,
            name="quick-add",
            allow_redirects=False,
            catch_response=True,
        ) as r:
            if r.status_code != 302:
                r.failure(f"{r.status_code}")

    @task(1)
    def move(self) -> None:
        pk = random.choice(self.account["applications"])
        with self.client.post(
            f"/applications/{pk}/move/",
            {"stage": "screening"},
            name="move",
            allow_redirects=False,
            catch_response=True,
        ) as r:
            if r.status_code not in (302, 200):
                r.failure(f"{r.status_code}")
