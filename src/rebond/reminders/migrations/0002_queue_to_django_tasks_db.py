"""The task queue moves to django-tasks-db's table: tasks still waiting in the old one are
copied over (same task path, arguments, priority, queue and times), then the old table goes.
Tasks that were running are not copied: they were never retried before either (worker.py)."""

from django.db import migrations
from django_tasks_db.models import get_date_max  # its stored "no run_after"


def copy_waiting_tasks(apps, schema_editor):
    Old = apps.get_model("reminders", "QueuedTask")
    New = apps.get_model("django_tasks_database", "DBTaskResult")
    for row in Old.objects.filter(status="READY").order_by("enqueued_at"):
        New.objects.create(
            id=row.id,
            status="READY",
            args_kwargs={"args": row.args, "kwargs": row.kwargs},
            priority=row.priority,
            task_path=row.task_path,
            queue_name=row.queue_name,
            backend_name="default",
            run_after=row.run_after or get_date_max(),
            exception_class_path="",
            traceback="",
        )
        # auto_now_add stamped the copy; keep the original order of arrival.
        New.objects.filter(pk=row.id).update(enqueued_at=row.enqueued_at)


class Migration(migrations.Migration):
    dependencies = [
        ("reminders", "0001_initial"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.RunPython(copy_waiting_tasks, migrations.RunPython.noop, elidable=True),
        migrations.DeleteModel(name="QueuedTask"),
    ]
