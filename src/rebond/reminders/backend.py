"""A django-tasks backend that keeps its queue in the database (PostgreSQL in hosted mode).

django-tasks 0.12 ships only the immediate and dummy backends (the database backend became
the separate `django-tasks-db` package, not installed here). This is the same design in
little: `enqueue` writes a row in the caller's transaction (a task queued by a request that
rolls back is never run), `rebond worker` claims rows with SELECT … FOR UPDATE SKIP LOCKED.
Swapping to django-tasks-db later is a settings change: task code uses the django-tasks API.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import Task, TaskResult, TaskResultStatus
from django_tasks.exceptions import TaskResultDoesNotExist
from django_tasks.utils import get_module_path


class DatabaseBackend(BaseTaskBackend):
    supports_defer = True
    supports_get_result = True
    supports_priority = True

    def enqueue(self, task: Task, args: Any, kwargs: Any) -> TaskResult:
        from rebond.reminders.models import QueuedTask

        self.validate_task(task)
        row = QueuedTask.objects.create(
            task_path=get_module_path(task.func),
            queue_name=task.queue_name,
            priority=task.priority,
            args=list(args),
            kwargs=dict(kwargs),
            run_after=task.run_after,
        )
        return self._result(task, row)

    def get_result(self, result_id: str) -> TaskResult:
        from rebond.reminders.models import QueuedTask
        from rebond.reminders.worker import task_for

        row = QueuedTask.objects.filter(pk=result_id).first()
        if row is None:
            raise TaskResultDoesNotExist(result_id)
        return self._result(task_for(row), row)

    def _result(self, task: Task, row: Any) -> TaskResult:
        result = TaskResult(
            task=task,
            id=str(row.pk),
            status=TaskResultStatus(row.status),
            enqueued_at=row.enqueued_at or timezone.now(),
            started_at=row.started_at,
            last_attempted_at=row.started_at,
            finished_at=row.finished_at,
            args=row.args,
            kwargs=row.kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[row.worker_id] if row.worker_id else [],
        )
        object.__setattr__(result, "_return_value", row.return_value)
        return result
