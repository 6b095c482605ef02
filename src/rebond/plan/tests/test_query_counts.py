"""Plan pages and the feed run the same number of SQL queries at any data size."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rebond.jobs.services import close_application
from rebond.jobs.tests.factories import make_application
from rebond.plan import feed
from rebond.plan.models import Sprint
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


# The Today page of a person with something in every agenda source: the session and the user,
# then the mood, the latest reviews, unfinished debriefs, rejected applications awaiting
# feedback and their messages and replies (2), open actions, the routine's logs, re-apply
# windows (2), the network's contacts, interviews and company plans (3), the running sprint
# and the funnel. The agenda's sources and the page's cards share what they both read.
TODAY_QUERIES = 17


def seed_everything(user):
    from rebond.debrief.services import journal
    from rebond.debrief.tests.factories import make_debrief
    from rebond.network.tests import factories as network

    grow(user, 0, 12)
    today = timezone.localdate()
    sprint = Sprint.objects.create(
        user=user, starts_on=today - timedelta(days=2), ends_on=today + timedelta(days=11)
    )
    make_action(user, title="In the sprint", sprint=sprint)
    make_action(user, title="Undated", hours=1)
    make_debrief(user)
    journal.log_mood(user, mood=6)
    person = network.contact(user, keep_warm=True)
    network.info(person, scheduled_at=timezone.now() + timedelta(days=2))
    network.rejected_plan(user)


def test_today_runs_the_same_known_number_of_queries_for_a_seeded_person(owner_client, owner):
    seed_everything(owner)
    page = owner_client.get("/plan/today/", HTTP_ACCEPT_LANGUAGE="en").text
    assert 'class="next-title"' in page and "Nothing overdue" not in page
    assert queries_for(owner_client, "/plan/today/") == TODAY_QUERIES
    grow(owner, 12, 40)
    assert queries_for(owner_client, "/plan/today/") == TODAY_QUERIES
