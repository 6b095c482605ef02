"""The queue behind `rebond worker` is django-tasks-db's: what our guarantees rely on, and the
move of waiting tasks out of the queue table this app had before."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from rebond.reminders.tasks import send_digest
from rebond.reminders.worker import work

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("reminders", "0001_initial")]
AFTER = [("reminders", "0002_queue_to_django_tasks_db")]


def test_a_task_left_running_by_a_killed_worker_is_never_run_again(owner):
    result = send_digest.enqueue(owner.pk, "2026-03-02")
    # What a worker killed mid-task leaves behind: the row claimed, never finished.
    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=["gone:1"]
    )
    assert work(stop_when_empty=True) == 0
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.RUNNING


def test_the_worker_stops_after_max_tasks(owner):
    for day in ("2026-03-02", "2026-03-03", "2026-03-04"):
        send_digest.enqueue(owner.pk, day)
    assert work(max_tasks=2) == 2
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 1


@pytest.fixture
def latest_schema_after():
    """The test migrates reminders back and forth: every later migration of every app is
    applied again afterwards, whatever happened, so the next tests see today's schema."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_waiting_tasks_move_from_the_old_queue_table(owner, latest_schema_after):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old_apps = executor.loader.project_state(BEFORE).apps
    Old = old_apps.get_model("reminders", "QueuedTask")
    enqueued = timezone.now() - timedelta(hours=3)
    waiting = Old.objects.create(
        id=uuid.uuid4(),
        task_path="rebond.reminders.tasks.send_digest",
        args=[owner.pk, "2026-03-02"],
        priority=3,
    )
    later = timezone.now() + timedelta(hours=1)
    deferred = Old.objects.create(
        task_path="rebond.reminders.tasks.send_digest",
        args=[owner.pk, "2026-03-03"],
        run_after=later,
    )
    Old.objects.filter(pk=waiting.pk).update(enqueued_at=enqueued)
    Old.objects.create(task_path="rebond.reminders.tasks.send_digest", status="RUNNING")
    Old.objects.create(task_path="rebond.reminders.tasks.send_digest", status="SUCCESSFUL")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)

    moved = {row.pk: row for row in DBTaskResult.objects.all()}
    assert set(moved) == {waiting.pk, deferred.pk}
    first = moved[waiting.pk]
    assert first.status == TaskResultStatus.READY and first.priority == 3
    assert first.args_kwargs == {"args": [owner.pk, "2026-03-02"], "kwargs": {}}
    assert first.enqueued_at == enqueued
    assert first.task_result.task is not None  # the path still names a task
    assert moved[deferred.pk].run_after == later
    # Due now: the moved task runs; the deferred one waits for its hour.
    assert work(stop_when_empty=True) == 1
    assert DBTaskResult.objects.get(pk=waiting.pk).return_value in {"sent", "nothing-due"}
    assert DBTaskResult.objects.get(pk=deferred.pk).status == TaskResultStatus.READY
