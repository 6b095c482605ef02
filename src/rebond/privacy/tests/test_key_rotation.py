"""Key rotation over real rows (docs/operations.md, "Rotating the encryption key")."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection

from rebond.accounts.fields import encrypted_fields
from rebond.debrief.models import ThoughtRecord
from rebond.debrief.tests.factories import make_thought

pytestmark = pytest.mark.django_db


def stored(pk: int) -> str:
    table = ThoughtRecord._meta.db_table
    column = ThoughtRecord._meta.get_field("thought").column
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def test_it_rotates_every_encrypted_row_to_the_new_key(settings, owner, capsys):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    rows = [make_thought(owner, thought=f"Je ne vaux rien, essai {i}") for i in range(3)]
    before = {row.pk: stored(row.pk) for row in rows}
    assert all(value.startswith("enc1:") and "vaux" not in value for value in before.values())

    settings.FIELD_ENCRYPTION_KEYS = [new, old]  # step 1: new key first, old kept
    call_command("rotate_field_key")  # step 2
    assert "Re-encrypted" in capsys.readouterr().out
    settings.FIELD_ENCRYPTION_KEYS = [new]  # step 3: the old key is gone

    for row in rows:
        assert stored(row.pk) != before[row.pk]
        assert ThoughtRecord.objects.get(pk=row.pk).thought == row.thought
    # A value left with the removed key fails loudly instead of showing garbage.
    settings.FIELD_ENCRYPTION_KEYS = [old]
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        ThoughtRecord.objects.get(pk=rows[0].pk)


def test_it_knows_the_sensitive_fields_it_must_rotate():
    labels = {model._meta.label for model, _ in encrypted_fields()}
    assert "debrief.ThoughtRecord" in labels
