"""Plan pages and the feed run the same number of SQL queries at any data size."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rebond.jobs.services import close_application
from rebond.jobs.tests.factories import make_application
from rebond.plan import feed
from rebond.plan.tests.factories import make_action, make_log, make_review

pytestmark = pytest.mark.django_db


def grow(user, start, stop):
    today = timezone.localdate()
    for i in range(start, stop):
        make_action(user, title=f"Action {i}", due_on=today + timedelta(days=i % 9 - 4))
        make_action(user, title=f"Done {i}", status="done")
        make_review(user, cadence=("weekly", "monthly", "quarterly")[i % 3])
        make_log(user, today - timedelta(days=i), "sourcing", 60)
        application = make_application(
            user, company=f"C{i}", applied_on=today - timedelta(days=200 + i)
        )
        close_application(application, decided_on=today - timedelta(days=180 + i))


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/plan/", "/plan/today/", "/plan/agenda/", "/plan/agenda.ics"])
def test_it_keeps_queries_constant_as_data_grows(owner_client, owner, url):
    grow(owner, 0, 3)
    small = queries_for(owner_client, url)
    grow(owner, 3, 30)
    assert queries_for(owner_client, url) == small


def test_it_keeps_the_feed_queries_constant(client, owner):
    token = feed.issue_token(owner)
    grow(owner, 0, 3)
    small = queries_for(client, f"/plan/feed/{token}.ics")
    grow(owner, 3, 30)
    assert queries_for(client, f"/plan/feed/{token}.ics") == small


def test_today_reads_a_long_streak_in_as_many_queries_as_a_short_one(owner_client, owner):
    today = timezone.localdate()
    for i in range(3):
        make_log(owner, today - timedelta(days=i), "sourcing", 60)
    short = queries_for(owner_client, "/plan/today/")
    for i in range(3, 60):  # past the streak's first, shorter read of earlier versions
        make_log(owner, today - timedelta(days=i), "sourcing", 60)
    assert queries_for(owner_client, "/plan/today/") == short
    assert "60 days" in owner_client.get("/plan/today/", HTTP_ACCEPT_LANGUAGE="en").text
