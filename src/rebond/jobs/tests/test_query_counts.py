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


def import_queries(owner, rows):
    from rebond.jobs.importing import import_applications

    lines = ["Entreprise;Poste;Date;Statut"]
    lines += [
        f"S{i % 7};Poste {i};0{1 + i % 9}/11/2026;{('Envoyée', 'Refus')[i % 2]}"
        for i in range(rows)
    ]
    with CaptureQueriesContext(connection) as captured:
        import_applications(owner, "\n".join(lines).encode(), "suivi.csv")
    return len(captured)


def test_an_import_runs_the_same_queries_for_20_rows_as_for_2000(owner, other):
    # One INSERT per table, whatever the size (a batch of a few dozen rows per query made a
    # 10,000-row import spend most of its time preparing statements).
    assert import_queries(owner, 2000) == import_queries(other, 20)
