"""Dashboard, funnel, experiments and reviews for a heavy user (5,000 applications, 20,000 stage
events): server time, SQL queries per page, and the same query count at a fifth of the data.
Targets: dashboard under 300 ms (p95). Run: .venv/bin/python bench/insights_pages.py"""

from __future__ import annotations

import time

from common import setup_django, summary, timings

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from insights_data import make_insights_user  # noqa: E402

PAGES = [
    ("/insights/", 0.3),
    ("/insights/funnel/", None),
    ("/insights/funnel/?by=channel&metric=interviewed", None),
    ("/insights/funnel/?by=sector&period=week", None),
    ("/insights/experiments/", None),
    ("/insights/reports/weekly/?day=2026-03-25", None),
    ("/insights/reports/monthly/?day=2026-03-25", None),
]


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def main() -> None:
    users = get_user_model().objects
    small, heavy = users.create(username="small"), users.create(username="heavy")
    make_insights_user(small, applications=1000)
    applications, events = make_insights_user(heavy)
    print(f"heavy user: {applications} applications, {events} stage events, 3 experiments")
    clients = {}
    for user in (small, heavy):
        clients[user.username] = Client()
        clients[user.username].force_login(user)
    for url, target in PAGES:
        counts = [queries(clients[name], url) for name in ("small", "heavy")]
        same = "same at 1,000 and 5,000" if counts[0] == counts[1] else f"GROWS {counts}"
        cpu_before = time.process_time()
        seconds = timings(lambda u=url: clients["heavy"].get(u), runs=15)
        # CPU time per request (18 requests incl. warm-up): what wall time would be on an idle
        # machine, since the shared benchmark machine is often busy.
        cpu = (time.process_time() - cpu_before) / 18
        line = summary(f"GET {url}"[:40], seconds, target)
        print(f"{line}   cpu {cpu * 1000:5.0f} ms   {counts[1]} queries ({same})")
    pdf = timings(
        lambda: clients["heavy"].get("/insights/reports/monthly/pdf/?day=2026-03-25"), 5, 1
    )
    print(summary("GET monthly review PDF", pdf))


if __name__ == "__main__":
    main()
