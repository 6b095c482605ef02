"""`rebond worker`: claims queued tasks one at a time and runs them.

A claim is its own short transaction (FOR UPDATE SKIP LOCKED, so several workers on several
machines never take the same row); the task then runs outside it. A worker killed while a task
runs leaves the row RUNNING: it is not retried automatically, because a task that sends mail
must not run twice — each task is written to be safe to re-enqueue instead (reminders/tasks.py).
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.base import Task

from rebond.reminders.choices import TaskStatus
from rebond.reminders.models import QueuedTask

log = logging.getLogger(__name__)
WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"


def task_for(row: QueuedTask) -> Task:
    found = import_string(row.task_path)
    if not isinstance(found, Task):
        raise TypeError(f"{row.task_path} is not a task")
    return found


def claim(queue: str = "default") -> QueuedTask | None:
    now = timezone.now()
    with transaction.atomic():
        row = (
            QueuedTask.objects.select_for_update(skip_locked=True)
            .filter(status=TaskStatus.READY, queue_name=queue)
            .filter(Q(run_after__isnull=True) | Q(run_after__lte=now))
            .order_by("-priority", "enqueued_at")
            .first()
        )
        if row is None:
            return None
        row.status, row.started_at, row.worker_id = TaskStatus.RUNNING, now, WORKER_ID
        row.save(update_fields=["status", "started_at", "worker_id"])
    return row


def run_one(row: QueuedTask) -> None:
    try:
        value = task_for(row).call(*row.args, **row.kwargs)
    except Exception as exc:  # a task's failure is recorded, the worker goes on
        row.status, row.error = TaskStatus.FAILED, type(exc).__name__[:200]
        log.warning("task failed", extra={"task": row.task_path})
    else:
        row.status, row.return_value = TaskStatus.SUCCESSFUL, value
    row.finished_at = timezone.now()
    row.save(update_fields=["status", "error", "return_value", "finished_at"])


def work(
    *,
    queue: str = "default",
    max_tasks: int | None = None,
    stop_when_empty: bool = False,
    idle_seconds: float = 2.0,
    sleep: Callable[[float], Any] = time.sleep,
) -> int:
    """Run tasks until told to stop; returns how many ran."""
    done = 0
    while max_tasks is None or done < max_tasks:
        row = claim(queue)
        if row is None:
            if stop_when_empty:
                break
            sleep(idle_seconds)
            continue
        run_one(row)
        done += 1
    return done
