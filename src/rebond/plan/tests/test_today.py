"""The Today page (C9.1): due and overdue, next best action, mood, objective, funnel line."""

from datetime import timedelta

import pytest
from django.utils import timezone

from rebond.insights import hooks
from rebond.insights.tests.factories import make_sent
from rebond.plan import today as today_service
from rebond.plan.tests.factories import make_action, make_review

pytestmark = pytest.mark.django_db


def test_it_shows_what_is_due_and_the_next_best_action(owner_client, owner):
    day = timezone.localdate()
    make_action(owner, title="Late one", due_on=day - timedelta(days=2), hours=3)
    make_action(owner, title="For today", due_on=day)
    make_action(owner, title="Later", due_on=day + timedelta(days=20))
    make_action(owner, title="Finished", due_on=day, status="done")
    make_review(owner, objective="Send 5 targeted applications")
    make_sent(owner, reached="screening", count=3)
    response = owner_client.get("/plan/today/")
    assert response.status_code == 200
    page = response.content.decode()
    data = response.context["today"]
    assert data.next_action.title == "Late one"
    assert [e.title for e in data.agenda.overdue if e.kind == "action"] == ["Late one"]
    assert "For today" in page and "Finished" not in page
    assert "Send 5 targeted applications" in page
    assert data.funnel.startswith("3 ")


def test_it_is_the_home_page(owner_client):
    assert owner_client.get("/").url == "/plan/today/"


def test_it_shows_the_latest_mood_when_an_app_provides_it(owner_client, monkeypatch):
    day = timezone.localdate()
    series = [(day - timedelta(days=3), 4.0), (day - timedelta(days=1), 6.5)]
    real = hooks.call
    monkeypatch.setattr(
        hooks, "call", lambda name, *a: series if name == "mood" else real(name, *a)
    )
    response = owner_client.get("/plan/today/")
    assert response.context["today"].mood == series[-1]
    page = response.content.decode()
    assert "6,5/10" in page or "6.5/10" in page


def test_it_prints_the_same_in_text(owner):
    make_action(owner, title="For today", due_on=timezone.localdate())
    data = today_service.today(owner, timezone.now(), "Europe/Paris")
    text = today_service.as_text(data)
    assert "For today" in text and ("Funnel" in text or "Entonnoir" in text)
