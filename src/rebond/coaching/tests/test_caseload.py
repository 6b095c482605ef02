"""The caseload: signals built only from shared sections, attention first, bounded queries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rebond.coaching import services
from rebond.coaching.choices import Role, Section
from rebond.coaching.tests.factories import join, make_organisation, share
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(django_user_model):
    organisation = make_organisation()
    coach = django_user_model.objects.create(username="coach")
    join(coach, organisation, Role.COACH)
    return organisation, coach


def seeker(django_user_model, organisation, name, *, last_login_days=1):
    person = django_user_model.objects.create(
        username=name, last_login=timezone.now() - timedelta(days=last_login_days)
    )
    join(person, organisation)
    return person


def test_it_flags_stuck_only_when_applications_are_shared(django_user_model, setting):
    organisation, coach = setting
    stuck = seeker(django_user_model, organisation, "stuck")
    make_application(stuck, at=timezone.now() - timedelta(days=30))
    hidden = seeker(django_user_model, organisation, "hidden")
    make_application(hidden, at=timezone.now() - timedelta(days=30))
    share(stuck, coach, Section.APPLICATIONS)
    share(hidden, coach, Section.PLAN)
    rows = {row.person.username: row for row in services.caseload(coach)}
    assert rows["stuck"].signals.stuck is True
    assert rows["hidden"].signals.stuck is False  # the applications were not shared


def test_it_flags_people_away_for_two_weeks_and_lists_them_first(django_user_model, setting):
    organisation, coach = setting
    fine = seeker(django_user_model, organisation, "a-fine")
    away = seeker(django_user_model, organisation, "b-away", last_login_days=15)
    for person in (fine, away):
        share(person, coach, Section.PLAN)
    rows = services.caseload(coach)
    assert [r.person.username for r in rows] == ["b-away", "a-fine"]
    assert rows[0].signals.away and not rows[1].signals.away


def test_it_lists_nobody_who_shares_nothing(django_user_model, setting):
    organisation, coach = setting
    seeker(django_user_model, organisation, "private")
    assert services.caseload(coach) == []


def test_it_keeps_the_caseload_queries_per_person_bounded(django_user_model, setting, client):
    organisation, coach = setting
    client.force_login(coach)

    def queries_for(count: int) -> int:
        for index in range(count):
            person = seeker(django_user_model, organisation, f"p{count}-{index}")
            share(person, coach, Section.APPLICATIONS)
        with CaptureQueriesContext(connection) as captured:
            services.caseload(coach)
        return len(captured)

    small = queries_for(2)
    large = queries_for(6)  # 8 people in all, 6 more than the first measure
    per_person = (large - small) / 6
    # Measured: 11 per person (the agenda's providers, 1 open-applications count).
    assert per_person <= 12, (small, large)
