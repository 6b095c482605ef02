"""Action titles encrypted at rest (issue 22): the column becomes text, then every existing
title is rewritten encrypted. Works the same on SQLite and PostgreSQL; reversible."""

from django.db import migrations

import rebond.accounts.fields

CHUNK = 2_000


def _rewrite(schema_editor, wanted, change):
    """Rewrite, chunk by chunk in id order, every title for which `wanted(stored)` holds.
    Raw SQL: the field would decrypt on read, and plain and encrypted values must be told
    apart (a run stopped half-way leaves both; running again finishes the job)."""
    connection = schema_editor.connection
    table = schema_editor.quote_name("plan_action")
    last = 0
    with connection.cursor() as cursor:
        while True:
            cursor.execute(
                f"SELECT id, title FROM {table} WHERE id > %s ORDER BY id LIMIT %s",  # noqa: S608
                [last, CHUNK],
            )
            rows = cursor.fetchall()
            if not rows:
                return
            last = rows[-1][0]
            updates = [(change(title), pk) for pk, title in rows if title and wanted(title)]
            if updates:
                cursor.executemany(f"UPDATE {table} SET title = %s WHERE id = %s", updates)  # noqa: S608


def _sealed(value):
    from rebond.accounts.encryption import PREFIX

    return value.startswith(PREFIX)


def encrypt_titles(apps, schema_editor):
    from rebond.accounts import encryption

    _rewrite(schema_editor, lambda t: not _sealed(t), encryption.encrypt)


def decrypt_titles(apps, schema_editor):
    from rebond.accounts import encryption

    _rewrite(schema_editor, _sealed, lambda t: encryption.decrypt(t)[:300])


class Migration(migrations.Migration):
    dependencies = [("plan", "0001_initial")]

    operations = [
        migrations.AlterField(
            model_name="action",
            name="title",
            field=rebond.accounts.fields.EncryptedTextField(max_length=300, verbose_name="action"),
        ),
        migrations.RunPython(encrypt_titles, decrypt_titles),
    ]
