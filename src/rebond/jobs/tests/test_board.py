"""The board's columns: every stage, its full count, its newest applications up to the limit,
another person's rows never; two queries whatever the data."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rebond.jobs import services
from rebond.jobs.choices import Stage
from rebond.jobs.models import Application
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def test_each_column_holds_its_newest_applications_up_to_the_limit(owner, other):
    start = timezone.now() - timedelta(days=30)
    for day in range(5):
        make_application(owner, role=f"Screening {day}", stages=("screening",))
    for day in range(2):
        make_application(owner, role=f"Final {day}", stages=("screening", "final"))
    make_application(other, role="Someone else's", stages=("screening",))
    # Distinct, known stage dates: Screening 4 is the newest, Screening 0 the oldest.
    for day in range(5):
        Application.objects.filter(user=owner, role=f"Screening {day}").update(
            stage_changed_at=start + timedelta(days=day)
        )

    with CaptureQueriesContext(connection) as queries:
        columns = {column.stage: column for column in services.board(owner, limit=3)}
    assert len(queries) == 2
    assert list(columns) == list(Stage)
    screening = columns[Stage.SCREENING]
    assert screening.count == 5
    assert [a.role for a in screening.applications] == ["Screening 4", "Screening 3", "Screening 2"]
    assert [a.role for a in columns[Stage.FINAL].applications] == ["Final 1", "Final 0"]
    assert columns[Stage.FINAL].count == 2
    assert columns[Stage.REJECTED].count == 0 and columns[Stage.REJECTED].applications == []
    every_row = [a for column in columns.values() for a in column.applications]
    assert {a.user_id for a in every_row} == {owner.pk}


def test_an_empty_board_has_every_column_and_no_row(owner):
    columns = services.board(owner)
    assert [c.stage for c in columns] == list(Stage)
    assert all(c.count == 0 and c.applications == [] for c in columns)
