"""List pages run the same number of SQL queries at two data sizes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rebond.prep.services import drills
from rebond.prep.tests.factories import make_interview, make_pitch, make_session, make_story

pytestmark = pytest.mark.django_db


def add_rows(user, start, stop):
    for i in range(start, stop):
        make_story(user, title=f"Story {i}")
        make_pitch(user, text=f"I'm an analyst, version {i}.")
        make_session(user, title=f"Session {i}")
        drills.save_drill(user, question=f"Question {i}?")
        make_interview(user)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "url", ["/prep/", "/prep/stories/", "/prep/pitch/", "/prep/drill/", "/prep/mock/"]
)
def test_it_keeps_queries_constant_as_data_grows(owner_client, owner, url):
    add_rows(owner, 0, 2)
    small = queries_for(owner_client, url)
    add_rows(owner, 2, 12)
    assert queries_for(owner_client, url) == small
