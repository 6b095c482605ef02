"""Deleting into the bin, restoring from it, emptying it (X1: nothing lost by one click).

Generic: `discard` gathers what Django would delete with the row (its cascade), keeps a
serialized copy in one `BinEntry`, then deletes. `restore` writes the same rows back with their
ids, and puts back the links Django had set to null. Uploaded files stay on disk while their
entry is in the bin and go when it is purged (after `KEEP_DAYS`, or when the person empties the
bin, or erases the account). Apps that keep derived data (recurring points) listen to the
`restored` signal.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from django.apps import apps
from django.core import serializers
from django.core.files.storage import default_storage
from django.db import IntegrityError, connections, models, router, transaction
from django.db.models.deletion import Collector
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from rebond.trash.models import KEEP_DAYS, BinEntry

if TYPE_CHECKING:
    from rebond.accounts.models import User

log = logging.getLogger(__name__)

# Sent after a restore, with sender=the restored row's model and instance=the row.
restored = Signal()


class RestoreError(Exception):
    """The rows cannot go back (what they belonged to is gone, or a newer row took its place)."""


class _Gathering(Collector):
    """Django's deletion collector, made to list every row: no fast (unlisted) deletes."""

    def can_fast_delete(self, *args: Any, **kwargs: Any) -> bool:
        return False


def _label_of(instance: models.Model) -> str:
    return " ".join(str(instance).split())[:200]


@transaction.atomic
def discard(user: User, instance: models.Model, label: str | None = None) -> BinEntry:
    """Delete `instance` (and its cascade) into the person's bin; returns the entry."""
    gathering = _Gathering(using=router.db_for_write(type(instance), instance=instance))
    gathering.collect([instance])
    rows = [row for group in gathering.data.values() for row in group]
    links = []
    for (field, _value), groups in gathering.field_updates.items():
        # A list of rows or a queryset (django-stubs types it as one model, wrongly).
        for group in cast("list[Any]", groups):
            query = (
                group
                if isinstance(group, models.QuerySet)
                else field.model._base_manager.filter(pk__in=[row.pk for row in group])
            )
            values = {str(pk): value for pk, value in query.values_list("pk", field.attname)}
            if values:
                links.append([field.model._meta.label_lower, field.attname, values])
    files = sorted(
        {
            stored.name
            for row in rows
            for field in row._meta.concrete_fields
            if isinstance(field, models.FileField) and (stored := getattr(row, field.attname))
        }
    )
    entry = BinEntry.objects.create(
        user=user,
        kind=instance._meta.label_lower,
        label=label or _label_of(instance),
        payload=serializers.serialize("json", rows),
        links=links,
        files=files,
    )
    gathering.delete()
    return entry


def restore(user: User, entry: BinEntry) -> models.Model:
    """Write the entry's rows back as they were; the entry leaves the bin."""
    if entry.user_id != user.pk:
        raise BinEntry.DoesNotExist
    root_model = apps.get_model(entry.kind)
    root = None
    try:
        with transaction.atomic():
            tables = set()
            for found in serializers.deserialize("json", entry.payload):
                found.save(save_m2m=False)  # auto-created link rows are in the payload
                tables.add(found.object._meta.db_table)
                if type(found.object) is root_model and root is None:
                    root = found.object
            # Foreign keys are checked at commit; check now, so a missing parent is reported
            # here (and inside an outer transaction too).
            connections[router.db_for_write(root_model)].check_constraints(table_names=tables)
            for model_label, attname, values in entry.links:
                manager = apps.get_model(model_label)._base_manager
                by_value: dict[Any, list[Any]] = defaultdict(list)
                for pk, value in values.items():
                    by_value[value].append(pk)
                for value, pks in by_value.items():
                    manager.filter(pk__in=pks, **{f"{attname}__isnull": True}).update(
                        **{attname: value}
                    )
            entry.delete()
    except (IntegrityError, serializers.base.DeserializationError):
        raise RestoreError(
            _(
                "This cannot be restored: what it belonged to is no longer here. "
                "Restore that first if it is in the bin."
            )
        ) from None
    assert root is not None
    restored.send(sender=root_model, instance=root, user=user)
    return root


def purge(entry: BinEntry) -> None:
    """Gone for good: the entry and the files it kept."""
    names = list(entry.files)
    with transaction.atomic():
        entry.delete()
        transaction.on_commit(lambda: _delete_files(names))


def empty(user: User) -> int:
    """The person empties their bin; returns how many entries went."""
    entries = list(BinEntry.objects.for_user(user))
    for entry in entries:
        purge(entry)
    return len(entries)


def purge_expired(now: datetime | None = None, user: User | None = None) -> int:
    """Entries older than `KEEP_DAYS` go (everyone's, or one person's)."""
    limit = (now or timezone.now()) - timedelta(days=KEEP_DAYS)
    found = BinEntry.objects.filter(deleted_at__lt=limit)
    if user is not None:
        found = found.filter(user=user)
    entries = list(found)
    for entry in entries:
        purge(entry)
    return len(entries)


def kept_files(user: User) -> list[str]:
    """The stored names of the files the person's bin keeps (for erasure)."""
    names: list[str] = []
    for files in BinEntry.objects.for_user(user).values_list("files", flat=True):
        names.extend(files)
    return names


def _delete_files(names: list[str]) -> None:
    for name in names:
        if name and default_storage.exists(name):
            default_storage.delete(name)
