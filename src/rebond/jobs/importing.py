"""Import applications from a spreadsheet (C1.6): guess the columns, check every row, then
write all of them or none."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

from rebond.accounts.models import User
from rebond.jobs.choices import Channel, CompanySize, Level, Stage
from rebond.jobs.models import Application, Company, StageEvent
from rebond.jobs.tabular import Table, read_table
from rebond.method.language import fold

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
    ),
    "stage": ("statut", "etape", "etat", "status", "stage", "avancement"),
    "channel": ("canal", "channel", "via", "moyen", "source de candidature"),
    "job_url": ("lien", "url", "link", "annonce", "lien annonce", "job url", "job link"),
    "sector": ("secteur", "industry", "sector", "domaine"),
    "company_size": ("taille", "size", "company size", "effectif", "taille entreprise"),
    "level": ("niveau", "seniority", "level", "experience"),
    "location": ("lieu", "ville", "localisation", "location", "city"),
    "source": ("source", "trouve via", "found on", "site"),
    "notes": ("notes", "note", "commentaire", "commentaires", "comments", "remarques"),
}
REQUIRED = ("company", "role")

VALUE_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "stage": {
        Stage.APPLIED: (
            "envoyee",
            "candidature envoyee",
            "postule",
            "applied",
            "sent",
            "wishlist",
            "a relancer",
            "en attente",
            "pending",
        ),
        Stage.SCREENING: (
            "preselection",
            "screening",
            "pre-qualification",
            "appel rh",
            "phone screen",
        ),
        Stage.INTERVIEW_1: ("entretien", "entretien 1", "interview", "interviewing", "interview 1"),
        Stage.INTERVIEW_2: ("entretien 2", "interview 2", "second interview"),
        Stage.INTERVIEW_3: ("entretien 3", "interview 3", "third interview"),
        Stage.FINAL: ("final", "dernier entretien", "final round"),
        Stage.OFFER: ("offre", "offer", "accepted", "acceptee", "proposition"),
        Stage.REJECTED: (
            "refus",
            "refuse",
            "refusee",
            "rejected",
            "declined",
            "non retenu",
            "non retenue",
            "negatif",
        ),
        Stage.WITHDRAWN: ("retire", "retiree", "abandon", "withdrawn", "desiste"),
        Stage.NO_ANSWER: ("sans reponse", "pas de reponse", "no answer", "ghosted", "no response"),
    },
    "channel": {
        Channel.JOB_BOARD: (
            "job board",
            "site d'emploi",
            "jobboard",
            "linkedin",
            "indeed",
            "welcome to the jungle",
            "apec",
            "france travail",
            "annonce",
        ),
        Channel.REFERRAL: ("cooptation", "referral", "recommandation", "parrainage"),
        Channel.NETWORK: ("reseau", "network", "networking", "contact"),
        Channel.COLD_OUTREACH: (
            "candidature spontanee",
            "spontanee",
            "cold",
            "cold outreach",
            "approche directe",
        ),
        Channel.RECRUITER: (
            "cabinet",
            "recruteur",
            "recruiter",
            "chasseur",
            "agency",
            "headhunter",
        ),
        Channel.INTERNAL: ("interne", "internal", "mobilite interne"),
        Channel.FREELANCE: ("freelance", "malt", "upwork", "plateforme freelance"),
    },
}
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%Y/%m/%d",
    "%Y-%m-%dT%H:%M:%S",
)


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.field}: {self.message}"


class ImportFailed(ValueError):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        shown = "; ".join(str(e) for e in errors[:10])
        more = f" (and {len(errors) - 10} more)" if len(errors) > 10 else ""
        super().__init__(f"Nothing was imported. {shown}{more}")


@dataclass
class ImportReport:
    rows: int
    applications: int
    new_companies: list[str]
    mapping: dict[str, str]
    encoding: str
    dry_run: bool
    ignored_columns: list[str] = field(default_factory=list)


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field name → column index, from the header names (first match wins)."""
    folded = [re.sub(r"\s+", " ", fold(h)).strip(" :*") for h in headers]
    mapping: dict[str, int] = {}
    for name, aliases in HEADER_ALIASES.items():
        for index, header in enumerate(folded):
            if header in aliases and index not in mapping.values():
                mapping[name] = index
                break
    return mapping


def parse_date(text: str) -> date:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (expected 21/11/2026 or 2026-11-21)")


def parse_choice(kind: str, text: str) -> str:
    key = fold(text).strip()
    for value, aliases in VALUE_ALIASES.get(kind, {}).items():
        if key == value or key in aliases:
            return value
    choices = {"level": Level, "company_size": CompanySize}.get(kind)
    if choices is not None and key in choices.values:
        return key
    raise ValueError(f"{text!r} is not a known {kind}")


@dataclass
class _Row:
    line: int
    values: dict[str, object]


def _parse_row(
    line: int, cells: list[str], mapping: dict[str, int], default_day: date
) -> tuple[_Row | None, list[RowError]]:
    raw = {name: (cells[i] if i < len(cells) else "") for name, i in mapping.items()}
    errors = [RowError(line, name, "is empty") for name in REQUIRED if not raw.get(name)]
    values: dict[str, object] = {}
    for name, text in raw.items():
        if not text:
            continue
        try:
            if name == "applied_on":
                values[name] = parse_date(text)
            elif name in ("stage", "channel", "level", "company_size"):
                values[name] = parse_choice(name, text)
            else:
                values[name] = text[:1000] if name in ("job_url", "notes") else text[:200]
        except ValueError as exc:
            errors.append(RowError(line, name, str(exc)))
    values.setdefault("applied_on", default_day)
    return (None if errors else _Row(line, values)), errors


def import_applications(
    user: User,
    data: bytes,
    filename: str,
    *,
    dry_run: bool = False,
    overrides: dict[str, str] | None = None,
    max_rows: int = 50_000,
) -> ImportReport:
    """Check every row first; write everything in one transaction, or nothing."""
    table: Table = read_table(data, filename)
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
    for line, cells in table.rows:
        row, row_errors = _parse_row(line, cells, mapping, today)
        errors.extend(row_errors)
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
        dry_run=dry_run,
        ignored_columns=[h for i, h in enumerate(table.headers) if i not in mapping.values()],
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
    return list(new_names.values())
