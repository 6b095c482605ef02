"""Insert many rows of a table in one `executemany`, for rows whose new ids nobody reads.

`QuerySet.bulk_create` builds a model instance per row and prepares every value through the
SQL compiler one by one: for the 20,000 stage events and outcomes of a 10,000-row import that
is most of its time (issue 18: `rebond import` of 10,000 rows under 2 s). A spreadsheet repeats
its few values (a stage, a date), so each column's database value is prepared once per
distinct value here. Defaults, `auto_now` and `auto_now_add` are filled in as Django would.
No signal is sent and `save()` is not called, as with `bulk_create`. Not for encrypted fields:
the cache would give equal values the same ciphertext.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

from django.db import connection, models
from django.utils import timezone


def insert_rows(model: type[models.Model], rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert `rows` (field attribute name → value, e.g. `application_id`) into `model`'s
    table; fields a row leaves out take their default. Returns the number of rows."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    now = timezone.now()
    prepared: list[dict[Any, Any]] = [{} for _ in fields]

    def value(index: int, field: models.Field, row: Mapping[str, Any]) -> Any:
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            raw = row.get(field.attname, now)
        elif field.attname in row:
            raw = row[field.attname]
        else:
            raw = field.get_default()
        seen = prepared[index]
        try:
            return seen[raw]
        except KeyError:
            seen[raw] = field.get_db_prep_save(raw, connection)
            return seen[raw]
        except TypeError:  # not hashable
            return field.get_db_prep_save(raw, connection)

    params = [tuple(value(index, field, row) for index, field in enumerate(fields)) for row in rows]
    if not params:
        return 0
    quote = connection.ops.quote_name
    columns = ", ".join(quote(cast(str, f.column)) for f in fields)
    holes = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({holes})"
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)
    return len(params)
