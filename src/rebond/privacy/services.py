"""Full export and full erasure of one person's data (X3), in local and hosted mode alike.

Both are generic: they walk every installed model, so an app added later is covered without
being named here. A model is personal when it has a `for_user` manager (see ownership.py).
"""

from __future__ import annotations

import io
import logging
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import IO, TYPE_CHECKING, Any, cast

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models import ProtectedError, Q
from django.utils import timezone

from rebond import data_export
from rebond.accounts.ownership import OwnedQuerySet
from rebond.trash import services as trash

if TYPE_CHECKING:
    from rebond.accounts.models import User

log = logging.getLogger(__name__)


def personal_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if hasattr(m._default_manager, "for_user")]


def owned_rows(model: type[models.Model], user: User) -> OwnedQuerySet:
    """The person's rows of one of the `personal_models()`."""
    rows = model._default_manager.all()
    if not isinstance(rows, OwnedQuerySet):
        raise TypeError(f"{model._meta.label} rows have no owner (OwnedQuerySet)")
    return rows.for_user(user)


def stored_files(user: User) -> Iterator[tuple[str, models.fields.files.FieldFile]]:
    """(archive name, file) for every uploaded file of the person."""
    for model in personal_models():
        fields = [f for f in model._meta.get_fields() if isinstance(f, models.FileField)]
        if not fields:
            continue
        for row in owned_rows(model, user).only("pk", *[f.name for f in fields]):
            for field in fields:
                stored = getattr(row, field.name)
                if stored and stored.storage.exists(stored.name):
                    label = model._meta.label_lower.replace(".", "_")
                    yield f"files/{label}/{row.pk}/{stored.name.rsplit('/', 1)[-1]}", stored


README = """Rebond: the full export of one person's data
============================================

rebond.json   every section in one JSON document ({{"schema", "version", "sections"}})
csv/          the same sections, one UTF-8 CSV file per section (see csv/README.txt)
files/        uploaded files (CVs, recordings), under files/<app>_<model>/<row id>/

Schema {schema} version {version}. Times are in UTC, ISO 8601. The meaning of every column is
described in Rebond's docs/export.md. Sections:

{listing}
"""


def export_archive(user: User, target: IO[bytes]) -> None:
    """A zip of JSON and CSV with a README of the schema, plus the person's files, written
    into `target` (a temporary file in the web face): sections are read once, and each part
    goes to the archive as it is written, never as one whole string in memory."""
    sections = data_export.collect(user)
    listing = "\n".join(f"- {name}: {', '.join(cols)}" for name, (cols, _) in sections.items())
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt",
            README.format(schema=data_export.SCHEMA, version=data_export.VERSION, listing=listing),
        )
        with archive.open("rebond.json", "w") as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8")
            data_export.write_json(sections, text)
            text.flush()
            text.detach()
        data_export.write_csv(sections, archive, folder="csv/")
        for name, stored in stored_files(user):
            with stored.open("rb") as handle, archive.open(name, "w") as out:
                shutil.copyfileobj(handle, out, 1 << 20)


Progress = Callable[[int, int, int], None]  # (steps done, steps in all, rows deleted so far)


def erase(user: User, progress: Progress | None = None) -> dict[str, int]:
    """Delete the account, every row that belongs to it and its files. Returns the number of
    rows deleted per model (no personal text), for the operator's log.

    Step by step, each in its own transaction, so a background job can show its progress and
    a run stopped half-way (a crash, a killed worker) is finished by running it again: the
    traces and sessions first (the person is signed out everywhere), then the files (a
    resumed run could no longer find a file whose row is gone), then the rows model by model,
    the account last."""
    report = progress or (lambda done, total, rows: None)
    counts: dict[str, int] = {"sessions.Session": sign_out_everywhere(user)}
    counts.update(_invitations(user))
    # A PROTECT relation (an application protects its company) makes a model wait for the
    # pass after the one that frees it.
    pending = [*personal_models(), get_user_model()]
    total, done = len(pending) + 2, 1
    report(done, total, 0)
    # stored_files yields only files that exist, so each has a name.
    for storage, name in [(s.storage, cast(str, s.name)) for _, s in stored_files(user)] + [
        (default_storage, name) for name in trash.kept_files(user)
    ]:
        storage.delete(name)
    done += 1
    report(done, total, 0)
    for _ in range(len(pending)):
        waiting = []
        for model in pending:
            try:
                with transaction.atomic():
                    deleted = _rows_of(model, user).delete()[1]
            except ProtectedError:
                waiting.append(model)
                continue
            for label, number in deleted.items():
                counts[label] = counts.get(label, 0) + number
            done += 1
            report(done, total, sum(counts.values()))
        pending = waiting
        if not pending:
            break
    if pending:
        raise ProtectedError(f"cannot erase {pending}", set())
    log.info("account erased", extra={"count": sum(counts.values())})
    return counts


def _session_keys(user: User) -> list[str]:
    """The person's sessions: from the signed-in devices list where hosted mode keeps one,
    else by reading the live sessions (local mode has a handful)."""
    from django.apps import apps
    from django.contrib.sessions.models import Session

    if apps.is_installed("allauth.usersessions"):
        from allauth.usersessions.models import UserSession

        return list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    keys = []
    for session in Session.objects.filter(expire_date__gte=timezone.now()).iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
            keys.append(session.session_key)
    return keys


def sign_out_everywhere(user: User) -> int:
    """End every session of the person (they hold their id); the number ended."""
    from django.contrib.sessions.models import Session

    return Session.objects.filter(session_key__in=_session_keys(user)).delete()[0]


def _invitations(user: User) -> dict[str, int]:
    """The invitations sent to the person's address (owned by whoever invited them)."""
    from rebond.coaching.models import Invitation

    if not user.email:
        return {}
    found = Invitation.objects.filter(email__iexact=user.email).delete()[0]
    return {"coaching.Invitation (sent to them)": found}


def _rows_of(model: type[models.Model], user: User) -> models.QuerySet:
    if model is get_user_model():
        return model._default_manager.filter(pk=user.pk)
    return owned_rows(model, user)


def inactive_accounts(days: int, now: Any = None) -> models.QuerySet:
    """Accounts nobody signed in to for `days` days (never signed in: joined before then)."""
    limit = (now or timezone.now()) - timedelta(days=days)
    return get_user_model().objects.filter(
        Q(last_login__lt=limit) | Q(last_login__isnull=True, date_joined__lt=limit),
        is_staff=False,
    )
