"""Full export and full erasure of one person's data (X3), in local and hosted mode alike.

Both are generic: they walk every installed model, so an app added later is covered without
being named here. A model is personal when it has a `for_user` manager (see ownership.py).
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from rebond import data_export

log = logging.getLogger(__name__)


def personal_models() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if hasattr(m._default_manager, "for_user")]


def stored_files(user: Any) -> Iterator[tuple[str, models.fields.files.FieldFile]]:
    """(archive name, file) for every uploaded file of the person."""
    for model in personal_models():
        fields = [f for f in model._meta.get_fields() if isinstance(f, models.FileField)]
        if not fields:
            continue
        for row in model._default_manager.for_user(user).only("pk", *[f.name for f in fields]):
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


def export_archive(user: Any) -> bytes:
    """A zip of JSON and CSV with a README of the schema, plus the person's files."""
    sections = data_export.collect(user)
    listing = "\n".join(f"- {name}: {', '.join(cols)}" for name, (cols, _) in sections.items())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt",
            README.format(schema=data_export.SCHEMA, version=data_export.VERSION, listing=listing),
        )
        archive.writestr("rebond.json", data_export.as_json(user))
        with zipfile.ZipFile(io.BytesIO(data_export.as_csv_zip(user))) as csvs:
            for name in csvs.namelist():
                archive.writestr(f"csv/{name}", csvs.read(name))
        for name, stored in stored_files(user):
            with stored.open("rb") as handle:
                archive.writestr(name, handle.read())
    return buffer.getvalue()


def erase(user: Any) -> dict[str, int]:
    """Delete the account, every row that belongs to it and its files. Returns the number of
    rows deleted per model (no personal text), for the operator's log."""
    files = [(stored.storage, stored.name) for _, stored in stored_files(user)]
    counts: dict[str, int] = {}
    with transaction.atomic():
        # Each personal model first (children before the user row), so the counts are explicit
        # and a PROTECT relation fails here, before anything is gone.
        for model in [*personal_models(), get_user_model()]:
            scoped = model._default_manager
            rows = scoped.filter(pk=user.pk) if model is get_user_model() else scoped.for_user(user)
            for label, number in rows.delete()[1].items():
                counts[label] = counts.get(label, 0) + number
    # Files go once the rows are gone for sure: a failed transaction keeps both.
    for storage, name in files:
        storage.delete(name)
    log.info("account erased", extra={"count": sum(counts.values())})
    return counts


def inactive_accounts(days: int, now: Any = None) -> models.QuerySet:
    """Accounts nobody signed in to for `days` days (never signed in: joined before then)."""
    limit = (now or timezone.now()) - timedelta(days=days)
    return get_user_model().objects.filter(
        Q(last_login__lt=limit) | Q(last_login__isnull=True, date_joined__lt=limit),
        is_staff=False,
    )
