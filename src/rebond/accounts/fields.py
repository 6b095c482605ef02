"""Model fields whose content is encrypted in the database (see encryption.py)."""

from __future__ import annotations

from typing import Any

from django.db import models

from rebond.accounts import encryption


class EncryptedTextField(models.TextField):
    """A TextField stored encrypted. It cannot be filtered or ordered on, by design."""

    description = "Text encrypted at rest"

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        return value if value is None else encryption.decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encryption.encrypt(value)

    def get_lookup(self, lookup_name: str) -> Any:
        # Ciphertexts differ for equal texts, so only emptiness can be tested.
        if lookup_name not in ("isnull", "exact"):
            raise TypeError(f"{self.name} is encrypted: it cannot be searched ({lookup_name}).")
        return super().get_lookup(lookup_name)


def encrypted_fields() -> list[tuple[type[models.Model], list[str]]]:
    """Every (model, [encrypted field names]) of the project, for rotation and checks."""
    from django.apps import apps

    found = []
    for model in apps.get_models():
        names = [f.name for f in model._meta.get_fields() if isinstance(f, EncryptedTextField)]
        if names:
            found.append((model, names))
    return found
