"""The daily routine (C1.5, C4.3): timeboxes, check-offs, a forgiving streak."""

from datetime import timedelta

import pytest
from django.utils import timezone

from rebond.plan import routine
from rebond.plan.models import RoutineLog
from rebond.plan.tests.factories import make_log

pytestmark = pytest.mark.django_db


def test_it_logs_minutes_and_check_offs_from_the_page(owner_client, owner):
    page = owner_client.get("/plan/routine/")
    assert page.status_code == 200
    assert b"data-timer" in page.content  # the shared countdown component
    response = owner_client.post(
        "/plan/routine/", {"sourcing": "75", "connecting": "10", "movement": "on"}
    )
    assert response.status_code == 302
    day = routine.day(owner, timezone.localdate())
    status = {b.id: b.status for b in day.blocks}
    assert status["sourcing"] == "done" and status["connecting"] == "short"
    assert status["movement"] == "done" and status["sleep"] == "not_started"
    assert day.day_done and day.streak == 1


def test_it_replaces_the_days_values_when_logged_again(owner):
    today = timezone.localdate()
    routine.log(owner, today, {"sourcing": 30}, set())
    routine.log(owner, today, {"sourcing": 90}, {"sleep"})
    assert RoutineLog.objects.for_user(owner).get(block="sourcing").minutes == 90
    assert RoutineLog.objects.for_user(owner).get(block="sleep").done


def test_it_forgives_one_missed_day_in_the_streak(owner):
    today = timezone.localdate()
    for back in (0, 1, 3, 4):  # day 2 missed: forgiven
        make_log(owner, today - timedelta(days=back), "connecting", 30)
    make_log(owner, today - timedelta(days=7), "connecting", 30)  # days 5-6 missed: broken
    assert routine.day(owner, today).streak == 4


def test_it_refuses_impossible_minutes(owner_client, owner):
    response = owner_client.post("/plan/routine/", {"sourcing": "5000"})
    assert response.status_code == 200
    assert not RoutineLog.objects.exists()


def test_it_counts_a_streak_longer_than_the_first_window(owner):
    today = timezone.localdate()
    for back in range(50):
        if back != 20:  # one forgiven gap
            make_log(owner, today - timedelta(days=back), "sourcing", 60)
    assert routine.day(owner, today).streak == 49


def test_the_streak_forgives_as_many_days_as_the_rules_say(owner, edited_rules):
    from rebond.method import plan as method_plan

    today = timezone.localdate()
    for back in (0, 1, 3, 4):  # day 2 missed
        make_log(owner, today - timedelta(days=back), "connecting", 30)
    edited_rules("plan", "streak_grace_days = 1", "streak_grace_days = 0", method_plan._rules)
    assert routine.day(owner, today).streak == 2
