"""List pages run the same number of SQL queries at any data size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rebond.documents.services import cvs
from rebond.documents.tests.factories import make_check, make_cv, make_proof, make_text
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def grow(owner, start, end):
    for i in range(start, end):
        cv = make_cv(owner, label=f"V{i}")
        cvs.send_with(cv, make_application(owner, company=f"C{i}"))
        make_check(owner, cv=cv)
        make_text(owner, title=f"T{i}")
        make_proof(owner, title=f"P{i}")


@pytest.mark.parametrize("url", ["/documents/", "/documents/proofs/", "/documents/message/"])
def test_it_keeps_queries_constant_as_data_grows(owner_client, owner, url):
    grow(owner, 0, 2)
    small = queries_for(owner_client, url)
    grow(owner, 2, 12)
    assert queries_for(owner_client, url) == small
