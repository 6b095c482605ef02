"""Import applications from a spreadsheet (C1.6): guess the columns, check every row, then
write all of them or none."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from rebond.accounts.models import User
from rebond.jobs.choices import Channel, CompanySize, Level, Stage
from rebond.jobs.models import Application, Company, Outcome, StageEvent
from rebond.jobs.tabular import Table, read_table
from rebond.method import stages
from rebond.method.errors import ServiceError
from rebond.method.language import fold
from rebond.method.vocabulary import Reading
from rebond.method.vocabulary import read as read_value

# Folded header names (lower case, no accents) people use for each field, French and English.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "company": (
        "entreprise",
        "societe",
        "company",
        "employeur",
        "employer",
        "organisation",
        "organization",
        "structure",
        "boite",
        "company name",
        "nom de l'entreprise",
        "organization name",
    ),
    "role": (
        "poste",
        "intitule",
        "intitule du poste",
        "titre",
        "role",
        "position",
        "job title",
        "title",
        "job",
        "fonction",
        "emploi",
        "position title",
        "role title",
        "job position",
        "job name",
    ),
    "applied_on": (
        "date",
        "date de candidature",
        "date candidature",
        "candidature le",
        "envoyee le",
        "applied",
        "applied on",
        "date applied",
        "application date",
        "applied date",
        "date of application",
        "submitted",
        "submitted on",
    ),
    "stage": (
        "statut",
        "etape",
        "etat",
        "status",
        "stage",
        "avancement",
        "application status",
        "pipeline stage",
        "column",
        "list",
        "list name",
        "liste",
    ),
    "channel": (
        "canal",
        "channel",
        "via",
        "moyen",
        "source de candidature",
        "applied via",
        "platform",
    ),
    "job_url": (
        "lien",
        "url",
        "link",
        "annonce",
        "lien annonce",
        "job url",
        "job link",
        "posting url",
        "job posting",
        "original url",
        "post url",
    ),
    "sector": ("secteur", "industry", "sector", "domaine"),
    "company_size": ("taille", "size", "company size", "effectif", "taille entreprise"),
    "level": ("niveau", "seniority", "level", "experience"),
    "location": ("lieu", "ville", "localisation", "location", "city"),
    "source": ("source", "trouve via", "found on", "site"),
    "notes": ("notes", "note", "commentaire", "commentaires", "comments", "remarques"),
}
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
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%d-%m-%Y",
    "%d-%m-%y",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
)
# Month names and abbreviations people type, French and English, folded ("3 nov. 2026",
# "Nov 3, 2026", "3 novembre 2026").
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "janvier jan janv january",
            "fevrier fev fevr february feb",
            "mars mar march",
            "avril avr april apr",
            "mai may",
            "juin jun june",
            "juillet juil jul july",
            "aout aou august aug",
            "septembre sept sep september",
            "octobre oct october",
            "novembre nov november",
            "decembre dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_WORDY_DATE = re.compile(
    r"^(?:(\d{1,2})(?:er)? ([a-z]+)|([a-z]+) (\d{1,2})(?:st|nd|rd|th)?) (\d{4})$"
)
# Excel stores dates as days since 1899-12-30; a bare number in this range in a date column is
# one (1954 to 2119), written by a spreadsheet that lost the cell's date format.
_EXCEL_SERIALS = range(20_000, 80_000)


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
    # Values read through a synonym or a close spelling, and values not recognised.
    values: list[ValueNote] = field(default_factory=list)
    # Dates of the file written month first (11/21/2026), as US exports do.
    month_first_dates: bool = False
    # The first rows as they will be stored (line, field -> value), for a preview.
    preview: list[tuple[int, dict[str, object]]] = field(default_factory=list)


def _header_key(header: str) -> str:
    """A header as compared: camelCase and snake_case split ("companyName", "job_title"),
    lower case, no accents."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", header).replace("_", " ").replace("-", " ")
    return re.sub(r"\s+", " ", fold(spaced)).strip(" :*")


def header_score(cells: list[str]) -> int:
    """How many cells of a row are known header names (finds the header row)."""
    known = {alias for aliases in HEADER_ALIASES.values() for alias in aliases}
    return sum(1 for cell in cells if _header_key(cell) in known)


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field name → column index, from the header names (first match wins)."""
    folded = [_header_key(h) for h in headers]
    mapping: dict[str, int] = {}
    for name, aliases in HEADER_ALIASES.items():
        for index, header in enumerate(folded):
            if header in aliases and index not in mapping.values():
                mapping[name] = index
                break
    return mapping


_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")


def month_first(texts: list[str]) -> bool:
    """Whether a column writes its dates month first (11/21/2026, as US exports do): some value
    has a second number over 12 and none a first number over 12. Day first otherwise, as in
    France.

    >>> month_first(["11/21/2026", "3/4/2026"]), month_first(["21/11/2026", "3/4/2026"])
    (True, False)
    """
    pairs = [(int(m[1]), int(m[2])) for t in texts if (m := _NUMERIC_DATE.match(t.strip()))]
    return any(b > 12 for _, b in pairs) and not any(a > 12 for a, _ in pairs)


def parse_date(text: str, month_first: bool = False) -> date:
    """A date as people type it: 03/11/2026, 3/11/26, 2026-11-03, "3 nov. 2026", "Nov 3, 2026",
    or an Excel serial number. ValueError for anything else, an impossible date included.

    >>> [parse_date(t).isoformat() for t in ("3/11/26", "3 nov. 2026", "Nov 3, 2026", "46329")]
    ['2026-11-03', '2026-11-03', '2026-11-03', '2026-11-03']
    """
    stripped = text.strip()
    numeric = _NUMERIC_DATE.match(stripped)
    if numeric and month_first:
        stripped = f"{numeric[2]}/{numeric[1]}/{numeric[3]}"
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(stripped, pattern).date()
        except ValueError:
            continue
    wordy = _WORDY_DATE.match(" ".join(fold(stripped).replace(".", " ").replace(",", " ").split()))
    if wordy:
        day, month = (wordy[1], wordy[2]) if wordy[1] else (wordy[4], wordy[3])
        if month in _MONTHS:
            try:
                return date(int(wordy[5]), _MONTHS[month], int(day))
            except ValueError:
                pass
    if stripped.isdigit() and int(stripped) in _EXCEL_SERIALS:
        return date(1899, 12, 30) + timedelta(days=int(stripped))
    raise ServiceError(f"{text!r} is not a date (expected 21/11/2026 or 2026-11-21)")


def parse_choice(kind: str, text: str) -> Reading | None:
    """What a stage, channel, level or size cell says, or None when nothing is close."""
    return read_value(kind, text, _ALLOWED[kind])


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
) -> tuple[_Row | None, list[RowError], list[ValueNote]]:
    raw = {name: (cells[i] if i < len(cells) else "") for name, i in mapping.items()}
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
                label = str(Application._meta.get_field(name).verbose_name).capitalize()
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
                values[name] = text[:1000] if name in ("job_url", "notes") else text[:200]
        except ValueError as exc:
            errors.append(RowError(line, name, str(exc)))
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
        if name not in HEADER_ALIASES:
            raise ImportFailed([RowError(1, name, "is not a field Rebond knows")])
        if header not in table.headers:
            raise ImportFailed([RowError(1, name, f"no column named {header!r}")])
        mapping[name] = table.headers.index(header)
    missing = [
        RowError(1, name, "no column found for it (use --map)")
        for name in REQUIRED
        if name not in mapping
    ]
    if missing:
        raise ImportFailed(missing)
    if len(table.rows) > max_rows:
        raise ImportFailed([RowError(1, "file", f"more than {max_rows} rows")])
    today = timezone.localdate()
    parsed: list[_Row] = []
    errors: list[RowError] = []
    notes: list[ValueNote] = []
    at = mapping.get("applied_on")
    column = [cells[at] for _, cells in table.rows if at is not None and at < len(cells)]
    by_month = month_first(column)
    for line, cells in table.rows:
        row, row_errors, row_notes = _parse_row(line, cells, mapping, today, meanings, by_month)
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
        ignored_columns=[h for i, h in enumerate(table.headers) if i not in mapping.values()],
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
    existing = {fold(c.name): c for c in Company.objects.for_user(user)}
    new_names: dict[str, str] = {}
    for row in rows:
        name = " ".join(str(row.values["company"]).split())
        if fold(name) not in existing and fold(name) not in new_names:
            new_names[fold(name)] = name
    if dry_run:
        return list(new_names.values())
    Company.objects.bulk_create([Company(user=user, name=n) for n in new_names.values()])
    companies = {fold(c.name): c for c in Company.objects.for_user(user)}
    now = timezone.now()
    applications = []
    for row in rows:
        values = dict(row.values)
        company = companies[fold(" ".join(str(values.pop("company")).split()))]
        stage = values.pop("stage", Stage.APPLIED)
        furthest = stage if Stage(stage).rank >= 0 else Stage.APPLIED
        applications.append(
            Application(
                user=user,
                company=company,
                stage=stage,
                furthest_stage=furthest,
                stage_changed_at=now,
                **values,
            )
        )
    created = Application.objects.bulk_create(applications, batch_size=1000)
    events = []
    for application in created:
        started = datetime.combine(
            application.applied_on, datetime.min.time(), tzinfo=timezone.get_current_timezone()
        )
        events.append(
            StageEvent(
                application=application, stage=Stage.APPLIED, occurred_at=started, note="imported"
            )
        )
        if application.stage != Stage.APPLIED:
            events.append(
                StageEvent(
                    application=application,
                    stage=application.stage,
                    occurred_at=now,
                    note="imported",
                )
            )
    StageEvent.objects.bulk_create(events, batch_size=2000)
    # A row that ended gets its outcome, as the closing service records one: an application
    # is never rejected by its stage alone.
    decided_on = timezone.localdate(now)
    Outcome.objects.bulk_create(
        [
            Outcome(
                application=a,
                result=a.stage,
                stage_reached=a.furthest_stage,
                decided_on=decided_on,
            )
            for a in created
            if stages.is_outcome(a.stage)
        ],
        batch_size=1000,
    )
    return list(new_names.values())
