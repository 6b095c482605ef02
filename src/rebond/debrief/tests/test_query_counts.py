"""The debrief's list pages run the same number of SQL queries at any data size."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rebond.debrief.models import ThoughtRecord
from rebond.debrief.services import journal
from rebond.debrief.tests.factories import make_debrief, make_rejected

pytestmark = pytest.mark.django_db
LISTS = [
    "/debrief/",
    "/debrief/thoughts/",
    "/debrief/timeline/",
    "/debrief/assets/",
    "/debrief/support/",
]


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def grow(user, start, stop):
    now = timezone.now()
    for i in range(start, stop):
        debrief = make_debrief(user, application=make_rejected(user, role=f"Role {i}"))
        if i % 2:
            debrief.finished_at = now
            debrief.save()
        make_rejected(user, role=f"Open {i}")
        # Saved directly: the spotter's verdict does not matter for counting queries.
        ThoughtRecord.objects.create(
            user=user, created_at=now, thought=f"t{i}", distortions=["labeling"]
        )
        journal.log_mood(user, mood=i % 11, emotion="anger", at=now - timedelta(hours=i))
        journal.add_win(user, f"win {i}")
        journal.add_asset(user, "skill", f"skill {i}")
        journal.add_attribution(user, outcome=f"outcome {i}")
        journal.add_support_person(user, name=f"P{i}", role="mentor", effect="lifts")


@pytest.mark.parametrize("url", LISTS)
def test_it_keeps_queries_constant_as_data_grows(owner_client, owner, url):
    grow(owner, 0, 3)
    small = queries_for(owner_client, url)
    grow(owner, 3, 30)
    assert queries_for(owner_client, url) == small
