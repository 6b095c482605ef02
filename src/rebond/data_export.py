"""A person's full export (X3): every app contributes its sections; JSON or a zip of CSV files.

Schema: docs/export.md. The version changes only when a column is renamed or removed.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from django.utils import timezone

from rebond.coaching import exporting as coaching_exporting
from rebond.debrief import exporting as debrief_exporting
from rebond.documents import exporting as documents_exporting
from rebond.feedback import exporting as feedback_exporting
from rebond.insights import exporting as insights_exporting
from rebond.jobs import exporting as jobs_exporting
from rebond.network import exporting as network_exporting
from rebond.plan import exporting as plan_exporting
from rebond.prep import exporting as prep_exporting
from rebond.trash import exporting as trash_exporting

SCHEMA = "rebond-export"
VERSION = 1
SectionProvider = Callable[[Any], dict[str, tuple[list[str], list[dict[str, Any]]]]]
PROVIDERS: list[SectionProvider] = [
    jobs_exporting.sections,
    insights_exporting.sections,
    plan_exporting.sections,
    prep_exporting.sections,
    network_exporting.sections,
    documents_exporting.sections,
    debrief_exporting.sections,
    feedback_exporting.sections,
    coaching_exporting.sections,
    trash_exporting.sections,
]


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


def collect(user: Any) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    found: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for provider in PROVIDERS:
        found.update(provider(user))
    return found


def as_json(user: Any) -> str:
    document = {
        "schema": SCHEMA,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "sections": {
            name: [{k: _plain(v) for k, v in row.items()} for row in rows]
            for name, (_, rows) in collect(user).items()
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def as_csv_zip(user: Any) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        listing = []
        for name, (columns, rows) in collect(user).items():
            text = io.StringIO()
            writer = csv.DictWriter(text, fieldnames=columns)
            writer.writeheader()
            writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
            # A BOM so spreadsheet programs read the accents right.
            archive.writestr(f"{name}.csv", "\ufeff" + text.getvalue())
            listing.append(f"- {name}.csv: {', '.join(columns)}")
        readme = (
            f"{SCHEMA} version {VERSION}, exported {timezone.now().isoformat()}\n"
            "UTF-8 CSV files, one per section; dates in ISO 8601, times in UTC.\n"
            "See docs/export.md in Rebond for the meaning of each column.\n\n"
            + "\n".join(listing)
            + "\n"
        )
        archive.writestr("README.txt", readme)
    return buffer.getvalue()
