"""Import applications from a spreadsheet (C1.6): guess the columns, check every row, then
write all of them or none."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, cast

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from rebond.accounts.models import User
from rebond.jobs.bulk import insert_rows
from rebond.jobs.choices import Channel, CompanySize, Level, Stage
from rebond.jobs.import_dates import month_first, parse_date
from rebond.jobs.models import Application, Company, Outcome, StageEvent
from rebond.jobs.tabular import Table, read_table
from rebond.method import stages
from rebond.method.errors import ServiceError
from rebond.method.text.language import fold
from rebond.method.vocabulary import Reading, blanks, columns, header_key
from rebond.method.vocabulary import read as read_value

if TYPE_CHECKING:
    from django.db.models import Field

# The fields a column can fill, in the order the preview shows them. The header names people
# give each one, French and English, are the playbook's `[vocabulary.columns]`; so are `card`
# (a title holding the company and the role) and `unused` (columns not worth keeping).
FIELDS = (
    "company",
    "role",
    "applied_on",
    "stage",
    "channel",
    "job_url",
    "sector",
    "company_size",
    "level",
    "location",
    "source",
    "job_description",
    "notes",
)
CARD = "card"
TITLE = "title"
REQUIRED = ("company", "role")
# Rows shown before importing (the web preview).
PREVIEW_ROWS = 8

# Values of a stage, channel, level or size column are read through the playbook's vocabulary
# (rebond/method/vocabulary.py): French and English words, then close spellings.
CHOICE_FIELDS = ("stage", "channel", "level", "company_size")
# Where an unknown value leaves the field (the original goes to the notes, and is reported).
UNKNOWN_VALUE = {"stage": None, "channel": Channel.OTHER, "level": None, "company_size": None}
_ALLOWED = {
    "stage": tuple(Stage.values),
    "channel": tuple(Channel.values),
    "level": tuple(Level.values),
    "company_size": tuple(CompanySize.values),
}


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"


class ImportFailed(ServiceError):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        shown = "; ".join(str(e) for e in errors[:10])
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        super().__init__(f"Nothing was imported. {shown}{more}")


@dataclass(frozen=True)
class ValueNote:
    """How a value of the file was read: `value` is None when it was not recognised (the
    original then goes to the row's notes)."""

    field: str
    text: str
    value: str | None
    how: str  # "synonym", "close" or "unknown"
    lines: tuple[int, ...] = ()


@dataclass
class ImportReport:
    rows: int
    applications: int
    new_companies: list[str]
    mapping: dict[str, str]
    encoding: str
    dry_run: bool
    # What a person should know about how the file was read (tabular.Decoded.warnings).
    encoding_warnings: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # Columns no field takes: their values are kept in each row's notes ("Header: value").
    noted_columns: list[str] = field(default_factory=list)
    # Values read through a synonym or a close spelling, and values not recognised.
    values: list[ValueNote] = field(default_factory=list)
    # Dates of the file written month first (11/21/2026), as US exports do.
    month_first_dates: bool = False
    # The first rows as they will be stored (line, field -> value), for a preview.
    preview: list[tuple[int, dict[str, object]]] = field(default_factory=list)


def header_score(cells: list[str]) -> int:
    """How many cells of a row are known header names (finds the header row)."""
    known = {alias for aliases in columns().values() for alias in aliases}
    return sum(1 for cell in cells if header_key(cell) in known)


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field name → column index, from the header names: for each field, its names in the
    playbook's order, the first one present wins ("date applied" before "applied"). A `card`
    column is kept only when it must give the company or the role."""
    folded = [header_key(h) for h in headers]
    aliases = columns()
    mapping: dict[str, int] = {}
    for name in (*FIELDS, CARD, TITLE):
        for alias in aliases.get(name, ()):
            found = [i for i, h in enumerate(folded) if h == alias and i not in mapping.values()]
            if found:
                mapping[name] = found[0]
                break
    return _titles_kept_if_needed(mapping)


def _titles_kept_if_needed(mapping: dict[str, int]) -> dict[str, int]:
    """A card (company and role in one) serves when the file lacks either; a bare title ("Name")
    only when the file names exactly one of them (a contact list has a "Name" too)."""
    named = ("company" in mapping) + ("role" in mapping)
    if named == 2:
        mapping.pop(CARD, None)
    if named != 1 or CARD in mapping:
        mapping.pop(TITLE, None)
    return mapping


def noted_columns(headers: list[str], mapping: dict[str, int]) -> dict[int, str]:
    """Column index → header, for the columns no field takes whose values go to the notes."""
    unused = set(columns().get("unused", ()))
    return {
        i: h
        for i, h in enumerate(headers)
        if i not in mapping.values() and h.strip() and header_key(h) not in unused
    }


def parse_choice(kind: str, text: str) -> Reading | None:
    """What a stage, channel, level or size cell says, or None when nothing is close."""
    return read_value(kind, text, _ALLOWED[kind])


# How long a text field may be (others: 200 characters, the model's limit).
_LONGEST = {"job_url": 1000, "notes": 5000, "job_description": 20_000}
# How a card title joins its company and its role: "Doctolib – Product owner" (company first),
# "Product owner @ Doctolib", "Product owner at Doctolib", "Product owner chez Doctolib".
_COMPANY_FIRST = re.compile(r"\s+[-–—|:]\s+")
_ROLE_FIRST = re.compile(r"\s+(?:@|at|chez)\s+", re.IGNORECASE)


def _cell(cells: list[str], index: int) -> str:
    """A cell's text; an export's placeholder for nothing ("N/A", "-") reads as empty."""
    text = cells[index] if index < len(cells) else ""
    return "" if len(text) <= _longest_blank() and _is_blank(text) else text


@cache
def _longest_blank() -> int:
    """Cells longer than every placeholder are not folded to be checked (most cells)."""
    return max((len(word) for word in blanks()), default=0) + 2


@lru_cache(maxsize=4096)  # a column repeats its few short values
def _is_blank(text: str) -> bool:
    return fold(text).strip(" .:;,!") in blanks()


def _read_card(raw: dict[str, str], card: str) -> None:
    """Fill the company and the role a row lacks from its card title.

    >>> row = {}; _read_card(row, "Doctolib – Product owner"); row
    {'company': 'Doctolib', 'role': 'Product owner'}
    >>> row = {"role": "Analyste"}; _read_card(row, "Qonto"); row["company"]
    'Qonto'
    """
    if not card:
        return
    if raw.get("company") or raw.get("role"):  # the file names one of them elsewhere
        for name in ("company", "role"):
            raw[name] = raw.get(name) or card
        return
    if len(parts := _COMPANY_FIRST.split(card, maxsplit=1)) == 2:
        raw["company"], raw["role"] = (p.strip() for p in parts)
    elif len(parts := _ROLE_FIRST.split(card, maxsplit=1)) == 2:
        raw["role"], raw["company"] = (p.strip() for p in parts)
    else:
        raw["company"] = card


@dataclass
class _Row:
    line: int
    values: dict[str, object]


def _parse_row(
    line: int,
    cells: list[str],
    mapping: dict[str, int],
    default_day: date,
    chosen: dict[tuple[str, str], str] | None = None,
    dates_month_first: bool = False,
    extras: dict[int, str] | None = None,
) -> tuple[_Row | None, list[RowError], list[ValueNote]]:
    raw = {name: _cell(cells, i) for name, i in mapping.items()}
    for title in (CARD, TITLE):
        if title in raw:
            _read_card(raw, raw.pop(title))
    errors = [RowError(line, name, "is empty") for name in REQUIRED if not raw.get(name)]
    values: dict[str, object] = {}
    notes: list[ValueNote] = []
    unknown: list[str] = []
    for name, text in raw.items():
        if not text:
            continue
        if name in CHOICE_FIELDS:
            picked = (chosen or {}).get((name, text))
            if picked in _ALLOWED[name]:  # the person chose what this word means
                values[name] = picked
                notes.append(ValueNote(name, text, picked, "chosen", (line,)))
                continue
            found = parse_choice(name, text)
            if found is None:
                notes.append(ValueNote(name, text, None, "unknown", (line,)))
                field = cast("Field[Any, Any]", Application._meta.get_field(name))
                label = str(field.verbose_name).capitalize()
                unknown.append(gettext("%(field)s: %(value)s") % {"field": label, "value": text})
                fallback = UNKNOWN_VALUE[name]
                if fallback is not None:
                    values[name] = fallback
            else:
                values[name] = found.value
                if found.how != "value":
                    notes.append(ValueNote(name, text, found.value, found.how, (line,)))
            continue
        try:
            if name == "applied_on":
                values[name] = parse_date(text, month_first=dates_month_first)
            else:
                values[name] = text[: _LONGEST.get(name, 200)]
        except ValueError as exc:
            errors.append(RowError(line, name, str(exc)))
    unknown.extend(
        f"{header}: {text}" for i, header in (extras or {}).items() if (text := _cell(cells, i))
    )
    if unknown:  # kept in the notes, never lost
        kept = "\n".join(unknown)
        values["notes"] = f"{values['notes']}\n{kept}" if values.get("notes") else kept
    values.setdefault("applied_on", default_day)
    return (None if errors else _Row(line, values)), errors, notes


def _merged(notes: list[ValueNote]) -> list[ValueNote]:
    """One note per (field, text, value), with every line it was read on."""
    merged: dict[tuple[str, str, str | None, str], list[int]] = {}
    for note in notes:
        merged.setdefault((note.field, note.text, note.value, note.how), []).extend(note.lines)
    return [
        ValueNote(name, text, value, how, tuple(lines))
        for (name, text, value, how), lines in merged.items()
    ]


def import_applications(
    user: User,
    data: bytes,
    filename: str,
    *,
    dry_run: bool = False,
    overrides: dict[str, str] | None = None,
    max_rows: int = 50_000,
    meanings: dict[tuple[str, str], str] | None = None,
) -> ImportReport:
    """Check every row first; write everything in one transaction, or nothing.

    `meanings` maps (field, word in the file) to the value the person chose for it.
    """
    table: Table = read_table(data, filename, header_score)
    mapping = guess_mapping(table.headers)
    for name, header in (overrides or {}).items():
        if name not in FIELDS:
            raise ImportFailed([RowError(1, name, "is not a field Rebond knows")])
        if header not in table.headers:
            raise ImportFailed([RowError(1, name, f"no column named {header!r}")])
        mapping[name] = table.headers.index(header)
    _titles_kept_if_needed(mapping)
    missing = [
        RowError(1, name, "no column found for it (use --map)")
        for name in REQUIRED
        if name not in mapping and CARD not in mapping and TITLE not in mapping
    ]
    if missing:
        raise ImportFailed(missing)
    if len(table.rows) > max_rows:
        raise ImportFailed([RowError(1, "file", f"more than {max_rows} rows")])
    extras = noted_columns(table.headers, mapping)
    today = timezone.localdate()
    parsed: list[_Row] = []
    errors: list[RowError] = []
    notes: list[ValueNote] = []
    at = mapping.get("applied_on")
    column = [cells[at] for _, cells in table.rows if at is not None and at < len(cells)]
    by_month = month_first(column)
    for line, cells in table.rows:
        row, row_errors, row_notes = _parse_row(
            line, cells, mapping, today, meanings, by_month, extras
        )
        errors.extend(row_errors)
        notes.extend(row_notes)
        if row:
            parsed.append(row)
    if errors:
        raise ImportFailed(errors)
    report = ImportReport(
        rows=len(parsed),
        applications=len(parsed),
        new_companies=[],
        mapping={name: table.headers[i] for name, i in mapping.items()},
        encoding=table.encoding,
        encoding_warnings=list(table.warnings),
        dry_run=dry_run,
        ignored_columns=[
            h
            for i, h in enumerate(table.headers)
            if h.strip() and i not in mapping.values() and i not in extras
        ],
        noted_columns=list(extras.values()),
        values=_merged(notes),
        preview=[(row.line, row.values) for row in parsed[:PREVIEW_ROWS]],
        month_first_dates=by_month,
    )
    with transaction.atomic():
        report.new_companies = _write(user, parsed, dry_run)
        if dry_run:
            transaction.set_rollback(True)
    return report


def _write(user: User, rows: list[_Row], dry_run: bool) -> list[str]:
    keys = [_company_key(str(row.values["company"])) for row in rows]
    existing = {fold(c.name) for c in Company.objects.for_user(user)}
    new_names: dict[str, str] = {}
    for row, key in zip(rows, keys, strict=True):
        if key not in existing and key not in new_names:
            new_names[key] = " ".join(str(row.values["company"]).split())
    if dry_run:
        return list(new_names.values())
    Company.objects.bulk_create([Company(user=user, name=n) for n in new_names.values()])
    companies = {fold(c.name): c for c in Company.objects.for_user(user)}
    now = timezone.now()
    applications = []
    for row, key in zip(rows, keys, strict=True):
        values = dict(row.values)
        del values["company"]
        stage = values.pop("stage", Stage.APPLIED)
        applications.append(
            {
                **values,
                "user_id": user.pk,
                "company_id": companies[key].pk,
                "stage": stage,
                "furthest_stage": stage if Stage(cast(str, stage)).rank >= 0 else Stage.APPLIED,
                "stage_changed_at": now,
                "created_at": now,
            }
        )
    # One `executemany` per table (bulk_create prepares each value through the SQL compiler:
    # most of the time of a 10,000-row import); the new rows are read back by their creation
    # instant, which this transaction alone wrote.
    insert_rows(Application, applications)
    created = Application.objects.filter(user=user, created_at=now).values_list(
        "pk", "applied_on", "stage", "furthest_stage"
    )
    zone = timezone.get_current_timezone()
    starts: dict[date, datetime] = {}
    events: list[dict[str, object]] = []
    outcomes: list[dict[str, object]] = []
    decided_on = timezone.localdate(now)
    for pk, day, stage, furthest in created:
        if day not in starts:
            starts[day] = datetime.combine(day, datetime.min.time(), tzinfo=zone)
        events.append(_event(pk, Stage.APPLIED, starts[day]))
        if stage != Stage.APPLIED:
            events.append(_event(pk, stage, now))
        # A row that ended gets its outcome, as the closing service records one: an
        # application is never rejected by its stage alone.
        if stages.is_outcome(stage):
            outcomes.append(
                {
                    "application_id": pk,
                    "result": stage,
                    "stage_reached": furthest,
                    "decided_on": decided_on,
                }
            )
    insert_rows(StageEvent, events)
    insert_rows(Outcome, outcomes)
    return list(new_names.values())


@lru_cache(maxsize=8192)
def _company_key(name: str) -> str:
    """A company name as compared: spaces collapsed, lower case, no accents."""
    return fold(" ".join(name.split()))


def _event(application_id: int, stage: str, at: datetime) -> dict[str, object]:
    return {"application_id": application_id, "stage": stage, "occurred_at": at, "note": "imported"}
