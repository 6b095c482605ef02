"""`rebond worker`: runs the tasks queued in the database by django-tasks-db.

The queue and the claim are django-tasks-db's (its `db_worker` loop): a claim is its own short
transaction (SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL, so several workers on several
machines never take the same row) and the task then runs outside it. A worker killed while a
task runs leaves the row RUNNING and nothing retries it, because a task that sends mail must
not run twice; each task is written to be safe to re-enqueue instead (reminders/tasks.py).
"""

from __future__ import annotations

import os
import signal
import socket
from typing import Any

from django_tasks_db.management.commands.db_worker import Worker

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"[:64]


class _CountingWorker(Worker):
    ran = 0

    def run_task(self, db_task_result: Any) -> None:
        super().run_task(db_task_result)
        self.ran += 1


def work(
    *,
    queue: str = "default",
    max_tasks: int | None = None,
    stop_when_empty: bool = False,
    idle_seconds: float = 2.0,
    handle_signals: bool = False,
) -> int:
    """Run tasks until told to stop (or the queue is empty); returns how many ran.

    With `handle_signals`, SIGTERM/SIGINT let the running task finish before the worker exits
    (a second signal stops it at once) — what `rebond worker` under systemd wants.
    """
    worker = _CountingWorker(
        queue_names=[queue],
        interval=idle_seconds,
        batch=stop_when_empty,
        backend_name="default",
        startup_delay=not stop_when_empty,  # spread workers started together
        max_tasks=max_tasks,
        worker_id=WORKER_ID,
        excluded_queue_names=[],
    )
    caught = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT] if handle_signals else []
    previous = {number: signal.getsignal(number) for number in caught}
    if handle_signals:
        worker.configure_signals()
    try:
        worker.run()
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return worker.ran
