"""Erasure as a background job (issue 22): requested in the request (signed out, account
closed), run by a worker, idempotent, resumed after a crash; a progress page that needs no
account."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from rebond.network.models import Contact
from rebond.privacy import erasure, services
from rebond.privacy.models import Erasure
from rebond.privacy.tests.test_erasure import (  # noqa: F401 - the fixture applies here too
    _static_without_manifest,
    fill,
    fill_both,
    just_reauthenticated,
    listed_among_devices,
    row_counts,
)

pytestmark = pytest.mark.django_db


def _sessions_of(user) -> list[Session]:
    return [
        s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(user.pk)
    ]


@pytest.fixture
def queued(settings, django_capture_on_commit_callbacks):
    """Jobs go to the task queue (hosted mode's runner) once their row is committed: wrap the
    request in `with queued(execute=True):`; `rebond worker` is run by the test."""
    settings.ERASURE_RUNNER = "queue"
    return django_capture_on_commit_callbacks


def _work() -> int:
    """What `rebond worker` does with the queued erasures (its loop closes the database
    connection between tasks, which a test's transaction cannot survive on PostgreSQL)."""
    from django_tasks_db.models import DBTaskResult

    from rebond.privacy.tasks import erase_account

    queued = DBTaskResult.objects.ready().filter(task_path__endswith="erase_account")
    for row in queued:
        erase_account.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
    return queued.delete()[0]


def test_a_request_signs_out_closes_the_account_and_waits_for_the_worker(
    client, owner, other, queued, django_user_model
):
    fill(owner)
    client.force_login(owner)
    listed_among_devices(owner, client.session.session_key)
    with queued(execute=True):
        token = erasure.request(owner)
    job = erasure.find(token)
    assert job.status == "requested" and job.user_id == owner.pk
    assert not _sessions_of(owner)
    owner.refresh_from_db()
    assert owner.is_active is False  # nobody signs in while it runs
    assert django_user_model.objects.filter(pk=owner.pk).exists()

    assert _work() == 1
    job.refresh_from_db()
    assert job.status == "done" and job.user_id is None and job.finished_at is not None
    assert job.steps_done == job.steps_total > 2 and job.rows_deleted > 20
    assert not django_user_model.objects.filter(pk=owner.pk).exists()
    assert django_user_model.objects.filter(pk=other.pk).exists()
    assert erasure.run(job.pk) is False  # idempotent: done is done


def test_asking_twice_keeps_one_job_and_the_newest_link(owner, settings):
    settings.ERASURE_RUNNER = "queue"
    first = erasure.request(owner)
    second = erasure.request(owner)
    assert Erasure.objects.count() == 1
    assert erasure.find(first) is None and erasure.find(second) is not None


def test_a_run_stopped_half_way_is_resumed_and_finishes(owner, other, monkeypatch, settings):
    settings.ERASURE_RUNNER = "queue"
    _, expected, _ = fill_both(owner, other)
    job = erasure.find(erasure.request(owner))
    real = services._rows_of

    def crash_at_contacts(model, user):
        if model is Contact:
            raise SystemExit("worker killed")  # as abrupt as it gets in-process
        return real(model, user)

    monkeypatch.setattr(services, "_rows_of", crash_at_contacts)
    with pytest.raises(SystemExit):
        erasure.run(job.pk)
    job.refresh_from_db()
    assert job.status == "running" and 2 < job.steps_done < job.steps_total
    assert type(owner).objects.filter(pk=owner.pk).exists()

    monkeypatch.setattr(services, "_rows_of", real)
    assert erasure.run(job.pk) is False  # its heartbeat is fresh: maybe still running
    assert erasure.run_pending() == 0
    Erasure.objects.filter(pk=job.pk).update(
        heartbeat_at=timezone.now() - erasure.STALE_AFTER - timedelta(seconds=1)
    )
    assert erasure.run_pending() == 1  # `rebond erasures`, from the timer
    job.refresh_from_db()
    assert (job.status, job.attempts, job.user_id) == ("done", 2, None)
    after = row_counts()
    expected["privacy_erasure"] = 1
    # django-tasks' own table is the queue's, not the person's.
    assert {t: (expected[t], after[t]) for t in after if after[t] != expected[t]} == {}


def test_the_progress_page_needs_no_account_and_ends_with_everything_gone(
    owner_client, owner, queued
):
    owner.email = "lea.martin@example.org"
    owner.save()
    fill(owner)
    just_reauthenticated(owner_client, owner)
    with queued(execute=True):
        response = owner_client.post("/privacy/erase/", {"confirmation": "ERASE"})
    page_url = response.url
    assert page_url.startswith("/privacy/erasure/")
    assert owner_client.get("/privacy/").status_code == 302  # signed out already

    waiting = owner_client.get(page_url)
    assert waiting.status_code == 200 and "no-store" in waiting["Cache-Control"]
    body = waiting.content.decode()
    assert '<meta http-equiv="refresh"' in body and "<progress" in body
    assert owner.username not in body and "lea.martin" not in body

    _work()
    done = owner_client.get(page_url).content.decode()
    assert "Votre compte est effacé" in done and 'http-equiv="refresh"' not in done
    assert owner_client.get("/privacy/erasure/not-the-secret/").status_code == 404


def test_the_progress_page_speaks_french(client, owner, settings):
    settings.ERASURE_RUNNER = "queue"
    token = erasure.request(owner)
    client.cookies["django_language"] = "fr"
    body = client.get(f"/privacy/erasure/{token}/").content.decode()
    assert "Effacement de votre compte" in body


def test_finished_jobs_are_forgotten_after_a_week(owner, settings):
    settings.ERASURE_RUNNER = "inline"
    job = erasure.find(erasure.request(owner))
    erasure.run(job.pk)
    Erasure.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=8))
    erasure.run_pending()
    assert not Erasure.objects.exists()
