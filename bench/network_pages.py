"""Network pages for a big address book (5,000 contacts, 50,000 exchanges): server time and
SQL queries per page. Run: .venv/bin/python bench/network_pages.py"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from common import setup_django, summary, timings

setup_django()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from rebond.network.models import Contact, Interaction  # noqa: E402
from rebond.network.services import next_check_in  # noqa: E402

CONTACTS = 5_000
INTERACTIONS = 50_000
TARGET = 0.150
PAGES = ["/network/", "/network/due/", "/network/?q=mar&kind=alumni", "/network/?page=80",
         "/network/due/?page=5"]  # fmt: skip
FIRST = ["Léa", "Karim", "Zoé", "Paul", "Inès", "Hugo", "Maëlle", "Omar", "Chloé", "Yanis"]
LAST = ["Martin", "Benali", "Lefèvre", "Roy", "Durand", "Nguyen", "Moreau", "Diallo", "Petit"]
KINDS = ["recruiter", "alumni", "peer", "mentor", "former_employee", "community"]


def make_network(user) -> None:
    rng = random.Random(11)
    now = datetime.now(UTC)
    people = []
    for i in range(CONTACTS):
        contact = Contact(
            user=user, first_name=rng.choice(FIRST), last_name=f"{rng.choice(LAST)} {i}",
            kind=rng.choice(KINDS), company_name=f"Company {i % 700}",
            keep_warm=rng.random() < 0.6,
        )  # fmt: skip
        people.append(contact)
    Contact.objects.bulk_create(people, batch_size=1000)
    for contact in people:  # auto_now_add stamped "now" on create: age the address book
        contact.created_at = now - timedelta(days=rng.randint(30, 900))
    exchanges = []
    latest: dict[int, datetime] = {}
    for _ in range(INTERACTIONS):
        contact = rng.choice(people)
        moment = now - timedelta(days=rng.randint(1, 700), minutes=rng.randint(0, 1440))
        exchanges.append(Interaction(contact=contact, occurred_at=moment, summary="Exchange"))
        latest[contact.pk] = max(moment, latest.get(contact.pk, moment))
    Interaction.objects.bulk_create(exchanges, batch_size=2000)
    for contact in people:
        contact.last_interaction_at = latest.get(contact.pk)
        contact.due_at = next_check_in(contact, "Europe/Paris")
    fields = ["created_at", "last_interaction_at", "due_at"]
    Contact.objects.bulk_update(people, fields, batch_size=1000)


def main() -> None:
    user = get_user_model().objects.create(username="networker")
    make_network(user)
    due = Contact.objects.for_user(user).filter(keep_warm=True, due_at__lte=datetime.now(UTC))
    print(f"{CONTACTS} contacts, {INTERACTIONS} exchanges, {due.count()} due to contact")
    client = Client()
    client.force_login(user)
    for url in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        count = len(queries)
        print(
            summary(f"GET {url}", timings(lambda u=url: client.get(u)), TARGET)
            + f"   {count} queries"
        )


if __name__ == "__main__":
    main()
