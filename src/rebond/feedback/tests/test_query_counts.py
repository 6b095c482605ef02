"""List pages run the same number of queries whatever the amount of feedback."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rebond.feedback.tests.factories import make_application, make_feedback, make_message

pytestmark = pytest.mark.django_db
PAGES = ["/feedback/", "/feedback/due/", "/feedback/points/", "/feedback/strengths/"]
LINES = [
    "Vos exemples restaient trop généraux.",
    "Your answers were too long.",
    "Nous avons apprécié votre énergie.",
]


def grow(user, n: int) -> None:
    for i in range(n):
        app = make_application(
            user, company=f"Firm {i}", rejected_at=datetime.now(UTC) - timedelta(days=i % 3)
        )
        make_feedback(user, text=" ".join(LINES), source_name=f"Person {i}", application=app)
        make_message(user, application=app, sent_at=datetime.now(UTC) - timedelta(days=1))


def count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_it_keeps_queries_constant_in_data_size(owner_client, owner):
    grow(owner, 2)
    small = {url: count(owner_client, url) for url in PAGES}
    grow(owner, 5)
    assert {url: count(owner_client, url) for url in PAGES} == small
    app = make_application(owner, company="Solo")
    make_feedback(owner, text=LINES[0], application=app)
    make_message(owner, application=app)
    before = count(owner_client, f"/applications/{app.pk}/")
    for _ in range(3):
        make_feedback(owner, text=" ".join(LINES), application=app)
        make_message(owner, application=app)
    assert count(owner_client, f"/applications/{app.pk}/") == before
