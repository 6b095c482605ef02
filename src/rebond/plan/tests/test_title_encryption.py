"""Action titles are encrypted at rest like the journal (issue 22), and the data migration
encrypts titles stored before (and can be run again, and reversed)."""

from importlib import import_module

import pytest
from django.db import connection

from rebond.plan.models import Action
from rebond.plan.tests.factories import make_action

pytestmark = pytest.mark.django_db
migration = import_module("rebond.plan.migrations.0002_hosted_trust")


def raw_title(pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT title FROM plan_action WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def store_raw(pk: int, title: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE plan_action SET title = %s WHERE id = %s", [title, pk])


def test_the_database_holds_only_ciphertext(owner):
    action = make_action(owner, title="Apaiser ma peur des entretiens")
    stored = raw_title(action.pk)
    assert stored.startswith("enc1:") and "peur" not in stored
    assert Action.objects.get(pk=action.pk).title == "Apaiser ma peur des entretiens"
    assert Action.objects.filter(pk=action.pk).values_list("title", flat=True)[0] == (
        "Apaiser ma peur des entretiens"
    )


def test_the_migration_encrypts_plain_titles_and_leaves_encrypted_ones(owner):
    old = make_action(owner, title="placeholder")
    store_raw(old.pk, "Relancer Marie après le refus")  # as written before this version
    kept = make_action(owner, title="Déjà chiffré")
    sealed = raw_title(kept.pk)
    editor = connection.schema_editor()
    migration.encrypt_titles(None, editor)
    migration.encrypt_titles(None, editor)  # a second run changes nothing
    assert raw_title(old.pk).startswith("enc1:") and "Marie" not in raw_title(old.pk)
    assert raw_title(kept.pk) == sealed
    assert Action.objects.get(pk=old.pk).title == "Relancer Marie après le refus"
    migration.decrypt_titles(None, editor)
    assert raw_title(old.pk) == "Relancer Marie après le refus"
    assert raw_title(kept.pk) == "Déjà chiffré"


def test_the_title_is_listed_with_the_encrypted_fields_for_key_rotation():
    from rebond.accounts.fields import encrypted_fields

    assert "title" in dict(encrypted_fields())[Action]
