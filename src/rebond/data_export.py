"""A person's full export (X3): every app contributes its sections; JSON or a zip of CSV files.

An app contributes through `AppConfig.export_sections()` (rebond/web/contributions.py), in
`INSTALLED_APPS` order; this module names none of them.

Schema: docs/export.md. The version changes only when a column is renamed or removed.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import IO, TYPE_CHECKING, Any

from django.db.models import QuerySet
from django.utils import timezone

from rebond.web.contributions import ExportSection, export_sections

if TYPE_CHECKING:
    from rebond.accounts.models import User

SCHEMA = "rebond-export"
VERSION = 1
SectionProvider = ExportSection


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _cell(value: Any) -> Any:
    """A CSV cell: nested values (lists, mappings) as JSON text rather than Python reprs."""
    value = _plain(value)
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


Sections = dict[str, tuple[list[str], Iterable[dict[str, Any]]]]
# Rows read from the database per round trip when a section is a query (big tables).
CHUNK = 2_000


def rows_of(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """A section's rows one by one: a query (an app's big table) is read in chunks of CHUNK
    rows (a server-side cursor on PostgreSQL), never held whole; a list as it is."""
    if isinstance(rows, QuerySet):
        return rows.iterator(chunk_size=CHUNK)
    return iter(rows)


def collect(user: User) -> Sections:
    found: Sections = {}
    for provider in export_sections():
        found.update(provider(user))
    return found


def _document(sections: Sections) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "sections": {
            name: [{k: _plain(v) for k, v in row.items()} for row in rows_of(rows)]
            for name, (_, rows) in sections.items()
        },
    }


def as_json(user: User, sections: Sections | None = None) -> str:
    return json.dumps(_document(sections or collect(user)), ensure_ascii=False, indent=2)


def write_json(sections: Sections, handle: IO[str]) -> None:
    """The JSON document written row by row into `handle`: neither the document nor a
    section's rows are ever whole in memory (the same document as `as_json`, one row a line)."""
    head = {k: v for k, v in _document({}).items() if k != "sections"}
    handle.write(json.dumps(head, ensure_ascii=False, indent=2)[:-2] + ',\n  "sections": {')
    for number, (name, (_, rows)) in enumerate(sections.items()):
        handle.write(("," if number else "") + f"\n    {json.dumps(name)}: [")
        for index, row in enumerate(rows_of(rows)):
            line = json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False)
            handle.write(("," if index else "") + "\n      " + line)
        handle.write("\n    ]")
    handle.write("\n  }\n}\n")


def as_csv_zip(user: User, sections: Sections | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        write_csv(sections or collect(user), archive)
    return buffer.getvalue()


def write_csv(sections: Sections, archive: zipfile.ZipFile, folder: str = "") -> None:
    """One UTF-8 CSV file per section, written row by row into `archive`, and a README."""
    listing = []
    for name, (columns, rows) in sections.items():
        with archive.open(f"{folder}{name}.csv", "w") as raw:
            # A BOM so spreadsheet programs read the accents right.
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            writer = csv.DictWriter(text, fieldnames=columns)
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows_of(rows))
            text.flush()
            text.detach()
        listing.append(f"- {name}.csv: {', '.join(columns)}")
    readme = (
        f"{SCHEMA} version {VERSION}, exported {timezone.now().isoformat()}\n"
        "UTF-8 CSV files, one per section; dates in ISO 8601, times in UTC.\n"
        "See docs/export.md in Rebond for the meaning of each column.\n\n"
        + "\n".join(listing)
        + "\n"
    )
    archive.writestr(f"{folder}README.txt", readme)
