"""Re-encrypt every encrypted value with the first key of REBOND_FIELD_KEYS."""

from typing import Any, cast

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Field

from rebond.accounts import encryption
from rebond.accounts.fields import encrypted_fields


class Command(BaseCommand):
    help = "Re-encrypt sensitive texts with the current key (the first of REBOND_FIELD_KEYS)."

    def handle(self, *args: object, **options: object) -> None:
        quote = connection.ops.quote_name
        total = 0
        for model, names in encrypted_fields():
            table, pk = quote(model._meta.db_table), quote(cast(str, model._meta.pk.column))
            for name in names:
                column = quote(
                    cast(str, cast("Field[Any, Any]", model._meta.get_field(name)).column)
                )
                # Raw SQL: the stored (encrypted) text, not the field's decrypted value.
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.execute(f"SELECT {pk}, {column} FROM {table} WHERE {column} <> ''")
                    for row_id, stored in cursor.fetchall():
                        cursor.execute(
                            f"UPDATE {table} SET {column} = %s WHERE {pk} = %s",
                            [encryption.rotate(stored), row_id],
                        )
                        total += 1
        self.stdout.write(f"Re-encrypted {total} value(s).")
