"""The board and the list run the same number of SQL queries at any data size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db
STAGES = ("screening", "interview_1", "final")


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/board/", "/applications/", "/companies/"])
def test_it_keeps_queries_constant_as_data_grows(owner_client, owner, url):
    for i in range(3):
        make_application(owner, company=f"C{i}", stages=STAGES[: i % 3])
    small = queries_for(owner_client, url)
    for i in range(3, 40):
        make_application(owner, company=f"C{i}", stages=STAGES[: i % 3])
    assert queries_for(owner_client, url) == small
