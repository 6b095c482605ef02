"""Background tasks (django-tasks API), run by `rebond worker`. Arguments are ids only."""

from __future__ import annotations

from django_tasks import task

from rebond.privacy import erasure


@task()
def erase_account(erasure_id: int) -> str:
    """Erase the account an `Erasure` row names (or finish a run stopped half-way)."""
    return "done" if erasure.run(erasure_id) else "already-taken"
