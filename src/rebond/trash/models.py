"""The bin: what a person deleted, kept 30 days so one click brings it back (X1)."""

from __future__ import annotations

from datetime import timedelta

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from rebond.accounts.fields import EncryptedTextField
from rebond.accounts.ownership import OwnedModel

KEEP_DAYS = 30


class BinEntry(OwnedModel):
    """One deletion: the deleted row and every row deleted with it, serialized and encrypted
    (a journal entry stays as protected in the bin as it was in its table)."""

    kind = models.CharField(max_length=100)  # the model label of the deleted row
    label = EncryptedTextField()  # what the person recognises it by
    payload = EncryptedTextField()  # Django's JSON serialization of the deleted rows
    links = models.JSONField(default=list)  # [[model label, field, {pk: value}]] set to null
    files = models.JSONField(default=list)  # stored files kept until the entry is purged
    deleted_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-deleted_at", "-pk"]
        verbose_name = _("bin entry")
        verbose_name_plural = _("bin entries")

    def __str__(self) -> str:
        return self.label

    @property
    def expires_at(self):
        return self.deleted_at + timedelta(days=KEEP_DAYS)

    @property
    def kind_noun(self) -> str:
        """What was deleted, in the interface's language ("thought record")."""
        try:
            return str(apps.get_model(self.kind)._meta.verbose_name)
        except LookupError:
            return self.kind

    @property
    def kind_name(self) -> str:
        return str(capfirst(self.kind_noun))
