"""Daily digests through the database task queue: opt-in, sent once, never twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks.base import TaskResultStatus as TaskStatus
from django_tasks_db.models import DBTaskResult as QueuedTask

from rebond.plan.tests.factories import make_action
from rebond.reminders import digest, services
from rebond.reminders.models import DigestSent
from rebond.reminders.worker import work

# The worker (django-tasks-db's loop) checks its connection between tasks as a request would,
# which closes a connection held inside a test's wrapping transaction: real transactions here.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def opted_in(owner):
    owner.email = "lea@example.org"
    owner.save()
    services.set_daily_digest(owner, True)
    make_action(owner, title="Relancer Acme", due_on=timezone.localdate() - timedelta(days=1))
    return owner


def test_it_queues_and_sends_one_digest_to_people_who_opted_in(opted_in, other):
    assert services.enqueue_daily_digests(timezone.now()) == 1
    assert QueuedTask.objects.get().status == TaskStatus.READY
    assert work(stop_when_empty=True) == 1
    assert [m.to for m in mail.outbox] == [["lea@example.org"]]
    assert "Relancer Acme" in mail.outbox[0].body
    assert QueuedTask.objects.get().status == TaskStatus.SUCCESSFUL


def test_it_never_sends_the_same_day_twice(opted_in):
    now = timezone.now()
    services.enqueue_daily_digests(now)
    from rebond.reminders.tasks import send_digest

    send_digest.enqueue(opted_in.pk, services.local_day(opted_in, now))  # a duplicate task
    work(stop_when_empty=True)
    assert services.enqueue_daily_digests(now) == 0  # the day is claimed
    assert len(mail.outbox) == 1
    assert [r.return_value for r in QueuedTask.objects.order_by("enqueued_at")] == [
        "sent",
        "already-sent",
    ]


def test_it_sends_nothing_again_after_a_crash_mid_send(opted_in, monkeypatch):
    def crash(user, now):
        raise ConnectionResetError("SMTP dropped")

    monkeypatch.setattr(digest, "send", crash)
    services.enqueue_daily_digests(timezone.now())
    work(stop_when_empty=True)
    assert QueuedTask.objects.get().status == TaskStatus.FAILED
    failed = QueuedTask.objects.get()
    assert failed.exception_class_path == "builtins.ConnectionResetError"
    monkeypatch.undo()
    # The retry finds the claim: nothing twice (at most once, by design).
    assert services.enqueue_daily_digests(timezone.now()) == 0
    assert DigestSent.objects.get().sent_at is None and mail.outbox == []


def test_it_sends_no_mail_when_nothing_is_due(owner, monkeypatch):
    monkeypatch.setattr(digest, "due_entries", lambda user, now: [])
    owner.email = "x@example.org"
    owner.save()
    services.set_daily_digest(owner, True)
    services.enqueue_daily_digests(timezone.now())
    work(stop_when_empty=True)
    assert mail.outbox == [] and QueuedTask.objects.get().return_value == "nothing-due"


def test_it_runs_deferred_tasks_only_when_due(opted_in):
    from rebond.reminders.tasks import send_digest

    later = send_digest.using(run_after=timezone.now() + timedelta(hours=1))
    result = later.enqueue(opted_in.pk, "2026-01-01")
    assert work(stop_when_empty=True) == 0
    assert result.refresh() is None and result.status == TaskStatus.READY


@pytest.mark.parametrize("mode", ["local", "hosted"])
def test_it_offers_the_opt_in_page_on_a_hosted_server_only(owner_client, client, settings, mode):
    settings.LOCAL_MODE = mode == "local"
    response = owner_client.get("/reminders/")
    assert response.status_code == (404 if mode == "local" else 200)
    if mode == "hosted":
        owner_client.post("/reminders/", {"daily_digest": "on"})
        assert services.settings_for(response.wsgi_request.user).daily_digest is True
        client.logout()
        anonymous = client.get("/reminders/")
        assert anonymous.status_code == 302 and anonymous.url.startswith("/login/")
