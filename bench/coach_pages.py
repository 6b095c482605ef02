"""A coach's reading pages for a heavy job seeker (1,000 applications with their histories and
interviews, 1,000 contacts and 10,000 exchanges): server time and page size of the
summary and of each shared section. Run: .venv/bin/python bench/coach_pages.py"""

from __future__ import annotations

from common import setup_django, summary, timings

setup_django()

import network_pages  # noqa: E402
from cryptography.fernet import Fernet  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402
from heavy_user import make_heavy_user  # noqa: E402
from network_pages import make_network  # noqa: E402

from rebond.coaching.choices import Role, Section  # noqa: E402
from rebond.coaching.tests.factories import join, make_organisation, share  # noqa: E402

TARGET = 0.500
RUNS = 10


def main() -> None:
    settings.LOCAL_MODE = False  # coaching pages exist in hosted mode only
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    users = get_user_model().objects
    seeker = users.create(username="seeker")
    coach = users.create(username="coach")
    make_heavy_user(seeker, applications=1_000, interviews=400)
    network_pages.CONTACTS, network_pages.INTERACTIONS = 1_000, 10_000
    make_network(seeker)
    organisation = make_organisation()
    join(seeker, organisation)
    join(coach, organisation, Role.COACH)
    share(seeker, coach, *[s for s in Section.values if s != Section.JOURNAL])
    client = Client()
    client.force_login(coach)
    pages = [f"/coaching/people/{seeker.pk}/"] + [
        f"/coaching/people/{seeker.pk}/{s}/" for s in Section.values if s != Section.JOURNAL
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        size = len(response.content) // 1024
        print(
            summary(f"GET {url}", timings(lambda u=url: client.get(u), runs=RUNS, warmup=1), TARGET)
            + f"   {size} KB"
        )


if __name__ == "__main__":
    main()
