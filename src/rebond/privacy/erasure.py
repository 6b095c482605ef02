"""Erasure as a background job (issue 22): asked for in the request, run by a worker.

The request signs the person out everywhere, closes the account to sign-ins and records an
`Erasure` row; the work (`services.erase`, 22 s for 100,000 contacts) runs elsewhere:

- hosted mode: a django-tasks task, run by `rebond worker` (the reminders' worker);
- local mode (one person, one process): a thread of `rebond serve`, at once.

Whatever stops a run half-way (a crash, a killed worker, a restart) leaves the row `running`
with an old heartbeat, or `requested`: `rebond erasures` (the daily timer, and `rebond serve` at
start) runs those again, and the erasure, step by step, picks up where it stopped. A run claims
its row with one conditional UPDATE, so two runners never erase the same account at once.
"""

from __future__ import annotations

import logging
import secrets
import threading
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connections, transaction
from django.db.models import F, Q
from django.utils import timezone

from rebond.privacy import services
from rebond.privacy.models import Erasure, ErasureStatus

if TYPE_CHECKING:
    from rebond.accounts.models import User

log = logging.getLogger(__name__)

# A run reports after every step; one silent this long has stopped (no step takes minutes).
STALE_AFTER = timedelta(minutes=5)
# The finished row (no id, no name) answers the progress page this long, then goes.
KEEP_FINISHED = timedelta(days=7)


def request(user: User) -> str:
    """Record the erasure of `user`'s account and close it at once; the secret of its progress
    page. Asking again (a double click, two tabs) gives the same job a new secret."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        get_user_model().objects.filter(pk=user.pk).update(is_active=False)
        job = Erasure.objects.filter(user_id=user.pk).exclude(status=ErasureStatus.DONE).first()
        if job is None:
            job = Erasure.objects.create(digest=Erasure.hash(token), user_id=user.pk)
        else:
            Erasure.objects.filter(pk=job.pk).update(digest=Erasure.hash(token))
        services.sign_out_everywhere(user)
        transaction.on_commit(lambda: start(job.pk))
    return token


def find(token: str) -> Erasure | None:
    if not token or len(token) > 200:
        return None
    return Erasure.objects.filter(digest=Erasure.hash(token)).first()


def start(pk: int) -> None:
    """Run the job now where this mode can: a thread (local), the task queue (hosted)."""
    runner = settings.ERASURE_RUNNER
    if runner == "inline":
        run(pk)
    elif runner == "thread":
        threading.Thread(target=_in_thread, args=(pk,), name=f"erasure-{pk}", daemon=True).start()
    else:
        from rebond.privacy.tasks import erase_account

        erase_account.enqueue(pk)


def _in_thread(pk: int) -> None:
    try:
        run(pk)
    except Exception:
        log.exception("erasure failed; `rebond erasures` will run it again")
    finally:
        connections.close_all()


def _resumable(stale_before: Any) -> Q:
    """Waiting, or running with no sign of life since `stale_before`."""
    return Q(status=ErasureStatus.REQUESTED) | Q(
        status=ErasureStatus.RUNNING, heartbeat_at__lt=stale_before
    )


def _claim(pk: int, stale_before: Any) -> Erasure | None:
    claimed = Erasure.objects.filter(_resumable(stale_before), pk=pk).update(
        status=ErasureStatus.RUNNING, heartbeat_at=timezone.now(), attempts=F("attempts") + 1
    )
    return Erasure.objects.get(pk=pk) if claimed else None


def run(pk: int, stale_before: Any = None) -> bool:
    """Run (or resume) one erasure; False when it is done already or another runner has it."""
    job = _claim(pk, stale_before or timezone.now() - STALE_AFTER)
    if job is None:
        return False
    before = job.rows_deleted
    user = None if job.user_id is None else get_user_model().objects.filter(pk=job.user_id).first()

    def progress(done: int, total: int, rows: int) -> None:
        Erasure.objects.filter(pk=pk).update(
            steps_done=done,
            steps_total=total,
            rows_deleted=before + rows,
            heartbeat_at=timezone.now(),
        )

    if user is not None:
        services.erase(user, progress)
    Erasure.objects.filter(pk=pk).update(
        status=ErasureStatus.DONE,
        user_id=None,
        steps_done=F("steps_total"),
        finished_at=timezone.now(),
    )
    log.info("erasure done", extra={"attempts": job.attempts})
    return True


def run_pending(stale_before: Any = None) -> int:
    """Run every erasure that is waiting or was stopped half-way (no heartbeat since
    `stale_before`); the number finished. Also forgets finished rows older than a week."""
    now = timezone.now()
    stale_before = stale_before or now - STALE_AFTER
    Erasure.objects.filter(status=ErasureStatus.DONE, finished_at__lt=now - KEEP_FINISHED).delete()
    waiting = Erasure.objects.filter(_resumable(stale_before)).values_list("pk", flat=True)
    return sum(run(pk, stale_before) for pk in list(waiting))


def resume_in_background() -> None:
    """`rebond serve` at start: finish, in a thread, what a closed laptop left half-way."""
    if Erasure.objects.exclude(status=ErasureStatus.DONE).exists():
        threading.Thread(target=_pending_in_thread, name="erasures", daemon=True).start()


def _pending_in_thread() -> None:
    try:
        run_pending(stale_before=timezone.now())  # one process: nothing else runs them now
    finally:
        connections.close_all()
