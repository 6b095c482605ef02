"""Board and list pages for a heavy user (5,000 applications, 2,000 interviews): server time
and SQL queries per page, and the share of the French typography pass (already included in the
server time). Run: .venv/bin/python bench/tracker_pages.py"""

from __future__ import annotations

from common import setup_django, summary, timings

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from heavy_user import make_heavy_user  # noqa: E402

from rebond.method.text.typography import french_typography_html  # noqa: E402

PAGES = [
    "/board/",
    "/applications/",
    "/applications/?stage=rejected&channel=referral",
    "/applications/?page=50",
    "/companies/",
]


def main() -> None:
    user = get_user_model().objects.create(username="heavy")
    applications, events = make_heavy_user(user)
    print(f"heavy user: {applications} applications, {events} stage events, 2000 interviews")
    client = Client()
    client.force_login(user)
    for url in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        count = len(queries)  # read now: the next request empties the query log
        print(summary(f"GET {url}", timings(lambda u=url: client.get(u))) + f"   {count} queries")
        page = client.get(url).content.decode()
        cost = timings(lambda p=page: french_typography_html(p))
        print(summary(f"  typography ({len(page) // 1024} KB)", cost, target=0.001))


if __name__ == "__main__":
    main()
