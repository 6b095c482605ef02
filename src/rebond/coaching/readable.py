"""A shared section's rows as a person reads them: translated headings, names instead of ids,
choice labels instead of raw values, dates in the reader's time zone and formats.

It takes the rows `sections.tables` gives (never reads the database for more), so whatever it
shows is inside the section's boundary. The section pages put their own views on top; this
module is the "every row" block under them, so nothing shared is hidden from the coach.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from django.apps import apps
from django.utils import formats, timezone
from django.utils.encoding import force_str
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rebond.accounts.language import playbook_lang
from rebond.method import debrief, playbook

Rows = dict[str, list[dict[str, Any]]]

# Export section -> its title for a person (the export's names are a file format, in English).
TITLES = {
    "companies": gettext_lazy("Companies"),
    "applications": gettext_lazy("Applications"),
    "stage_events": gettext_lazy("Stage history"),
    "interviews": gettext_lazy("Interviews"),
    "outcomes": gettext_lazy("Outcomes"),
    "experiments": gettext_lazy("Experiments"),
    "plan_sprints": gettext_lazy("Sprints"),
    "plan_actions": gettext_lazy("Actions"),
    "plan_reviews": gettext_lazy("Reviews"),
    "plan_routine": gettext_lazy("Routine"),
    "feedback_items": gettext_lazy("Feedback received"),
    "feedback_statements": gettext_lazy("Sentences"),
    "feedback_corrections": gettext_lazy("Label corrections"),
    "messages": gettext_lazy("Messages"),
    "contacts": gettext_lazy("Contacts"),
    "interactions": gettext_lazy("Interactions"),
    "contributions": gettext_lazy("Contributions"),
    "info_interviews": gettext_lazy("Informational interviews"),
    "network_targets": gettext_lazy("Network targets"),
    "company_keep_warm": gettext_lazy("Keep-warm plans"),
    "stories": gettext_lazy("STAR stories"),
    "pitch_versions": gettext_lazy("Pitch versions"),
    "drills": gettext_lazy("Question drills"),
    "mock_sessions": gettext_lazy("Mock interviews"),
    "interview_checklists": gettext_lazy("Interview checklists"),
    "cv_versions": gettext_lazy("CV versions"),
    "cv_uses": gettext_lazy("CV sent"),
    "keyword_checks": gettext_lazy("Keyword checks"),
    "dismissed_keywords": gettext_lazy("Dismissed keywords"),
    "brand_texts": gettext_lazy("Personal branding texts"),
    "value_propositions": gettext_lazy("Value propositions"),
    "proofs": gettext_lazy("Proofs"),
    "proof_uses": gettext_lazy("Proofs used"),
    "debriefs": gettext_lazy("Debriefs"),
    "debrief_causes": gettext_lazy("Causes"),
    "debrief_replay": gettext_lazy("Interview replay"),
    "checkins": gettext_lazy("Mood check-ins"),
    "thought_records": gettext_lazy("Thought records"),
    "assets": gettext_lazy("Assets"),
    "attributions": gettext_lazy("Attributions"),
    "wins": gettext_lazy("Wins"),
    "support_people": gettext_lazy("Support people"),
}

# Reference column -> the export section it points into (shown by name when that section is
# part of the same shared section, left blank otherwise: the name would be another section's).
REFERENCES = {
    "company_id": "companies",
    "application_id": "applications",
    "interview_id": "interviews",
    "sprint_id": "plan_sprints",
    "follows_id": "plan_actions",
    "contact_id": "contacts",
    "item_id": "feedback_items",
    "statement_id": "feedback_statements",
    "cv_id": "cv_versions",
    "proof_id": "proofs",
    "debrief_id": "debriefs",
}

# Headings of columns no model field names for a person (ids, plain timestamps).
HEADINGS = {
    "id": gettext_lazy("ID"),
    "created_at": gettext_lazy("Created"),
    "updated_at": gettext_lazy("Updated"),
    "company_id": gettext_lazy("Company"),
    "application_id": gettext_lazy("Application"),
    "interview_id": gettext_lazy("Interview"),
    "sprint_id": gettext_lazy("Sprint"),
    "follows_id": gettext_lazy("Follows"),
    "contact_id": gettext_lazy("Contact"),
    "item_id": gettext_lazy("Piece of feedback"),
    "statement_id": gettext_lazy("Statement"),
    "cv_id": gettext_lazy("CV"),
    "proof_id": gettext_lazy("proof"),
    "debrief_id": gettext_lazy("Debrief"),
    "template_id": gettext_lazy("Template"),
    "source_id": gettext_lazy("Source"),
    "text": gettext_lazy("Text"),
    "answers": gettext_lazy("Answers"),
    "breathing_done": gettext_lazy("Breathing done"),
    "corrected": gettext_lazy("Corrected labels"),
    "done_steps": gettext_lazy("Steps done"),
    "skipped_steps": gettext_lazy("Steps skipped"),
    "doubt": gettext_lazy("to confirm"),
    "figures": gettext_lazy("Figures"),
    "finished_at": gettext_lazy("Finished on"),
    "group": gettext_lazy("Group"),
    "new_value": gettext_lazy("New value"),
    "old_value": gettext_lazy("Old value"),
    "position": gettext_lazy("Position"),
    "sent_at": gettext_lazy("Sent on"),
    "sent_via": gettext_lazy("Sent via"),
    "set_aside": gettext_lazy("set aside"),
    "source_kind": gettext_lazy("Kind of source"),
    "status": gettext_lazy("Status"),
    "warnings": gettext_lazy("Warnings"),
}
# Past this many characters a cell shows its beginning; the rest opens on demand.
SHORT_CELL = 160

# Columns a row is named by, in order of preference (the first one filled wins).
LABEL_COLUMNS = (
    "title",
    "role",
    "name",
    "label",
    "question",
    "text",
    "thought",
    "goal",
    "source_name",
    "term",
)


@dataclass(frozen=True)
class Cell:
    heading: str
    text: str

    @property
    def nowrap(self) -> bool:
        """A date, a figure, a label: kept on one line."""
        return 0 < len(self.text) <= 18

    @property
    def short(self) -> str:
        """The beginning of a long text ("" when the text is short enough to show whole)."""
        if len(self.text) <= SHORT_CELL:
            return ""
        return self.text[:SHORT_CELL].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class Row:
    key: str  # "<export section>:<id>", the format `Comment.item` uses
    label: str
    cells: list[Cell]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    headings: list[str]
    rows: list[Row]  # the rows of the page shown
    total: int = 0
    page: int = 1
    pages: int = 1


# Rows of a table written per page: a section of 10,000 exchanges reads page by page.
ROWS_PER_PAGE = 50


def item_key(name: str, row: dict[str, Any], index: int) -> str:
    """The stable key of a row: its id, or its position for the few tables without one."""
    return f"{name}:{row.get('id', index)}"


@cache
def _fields() -> dict[str, list[Any]]:
    """Column name -> the fields of Rebond's models that carry it (headings and choices)."""
    found: dict[str, list[Any]] = {}
    for model in _models():
        for field in model._meta.concrete_fields:
            found.setdefault(field.attname, []).append(field)
    return found


@cache
def _models() -> tuple[Any, ...]:
    return tuple(m for m in apps.get_models() if m.__module__.startswith("rebond."))


@cache
def _model_for(columns: frozenset[str]) -> Any:
    """The model an export table's rows come from: the one holding most of its columns, the
    smallest first (a "kind" or a "channel" means different things in different tables)."""

    def fit(model: Any) -> tuple[int, int]:
        names = {f.attname for f in model._meta.concrete_fields}
        return (len(columns & names), -len(names))

    best = max(_models(), key=fit, default=None)
    return best if best is not None and fit(best)[0] else None


def _candidates(column: str, columns: frozenset[str] | None) -> list[Any]:
    """The fields that may mean `column`: the table's own model's only, once it is known."""
    fields = list(_fields().get(column, ()))
    model = _model_for(columns) if columns else None
    own = [f for f in fields if f.model is model]
    return own if model is not None else fields


def heading(column: str, columns: frozenset[str] | None = None) -> str:
    if column in HEADINGS:
        name = str(HEADINGS[column])
        return name[:1].upper() + name[1:]
    for field in _candidates(column, columns):
        if isinstance(field.verbose_name, Promise):  # a name written for people, translated
            name = force_str(field.verbose_name)
            return name[:1].upper() + name[1:]
    default = column.replace("_", " ")
    return default[:1].upper() + default[1:]


def choice_label(column: str, value: Any, columns: frozenset[str] | None = None) -> str | None:
    """The label of a stored choice; `columns` (the table's) says which model it comes from."""
    if value is None or value == "" or isinstance(value, dict | list):
        return None
    for field in _candidates(column, columns):
        for choice, label in field.flatchoices:
            if choice == value:
                return force_str(label)
    return None


def choice(row: dict[str, Any] | None, column: str) -> str:
    """`row[column]`'s label, read in the row's own model; "" when empty."""
    if not row:
        return ""
    value = row.get(column)
    found = choice_label(column, value, frozenset(row))
    return found if found is not None else ("" if value is None else str(value))


def when(value: datetime | date | None) -> str:
    """A date, or a moment in the reader's time zone, in the reader's formats."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        moment = timezone.localtime(value) if timezone.is_aware(value) else value
        return formats.date_format(moment, "SHORT_DATETIME_FORMAT")
    return formats.date_format(value, "SHORT_DATE_FORMAT")


def row_label(name: str, row: dict[str, Any], rows: Rows) -> str:
    """What a row is called: "Role · Company" for an application, a contact's full name…"""
    if name == "applications":
        company = _by_id(rows, "companies").get(row.get("company_id"))
        parts = [row.get("role") or "", (company or {}).get("name") or ""]
        return " · ".join(p for p in parts if p)
    if name == "contacts":
        return " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p)
    if name == "interviews":
        application = _by_id(rows, "applications").get(row.get("application_id"))
        base = row_label("applications", application, rows) if application else ""
        return " — ".join(p for p in (base, _("round %(n)s") % {"n": row.get("round")}) if p)
    if name == "plan_sprints":
        return " → ".join(when(row.get(k)) for k in ("starts_on", "ends_on"))
    if name == "debriefs":
        application = _by_id(rows, "applications").get(row.get("application_id"))
        label = row_label("applications", application, rows) if application else ""
        return label or when(row.get("started_at"))
    if name == "feedback_items":
        parts = [row.get("source_name") or "", when(row.get("received_on"))]
        return " · ".join(p for p in parts if p)
    if name == "cv_versions":
        return str(row.get("label") or row.get("original_name") or "")
    label = next((str(row[c]) for c in LABEL_COLUMNS if row.get(c)), "")
    return label if len(label) <= 80 else label[:79] + "…"


class SectionRows(dict[str, list[dict[str, Any]]]):
    """A section's rows by export section, each table indexed by id once, when first asked."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.ids: dict[str, dict[Any, dict[str, Any]]] = {}


def _by_id(rows: Rows, name: str) -> dict[Any, dict[str, Any]]:
    cache = rows.ids if isinstance(rows, SectionRows) else {}
    if name not in cache:
        cache[name] = {row["id"]: row for row in rows.get(name, ()) if "id" in row}
    return cache[name]


def reference(column: str, value: Any, rows: Rows) -> str:
    """The name of the row a reference points to, if it is part of the section."""
    target = REFERENCES.get(column)
    found = _by_id(rows, target).get(value) if target else None
    return row_label(target, found, rows) if found is not None and target else ""


def _emotion(key: str) -> str:
    names = {e.key: e.name for e in debrief.emotions(playbook_lang())}
    return str(names.get(key, key))


def _distortion(key: str) -> str:
    return str(playbook.section(playbook_lang(), "thoughts")["names"].get(key, key))


# Columns holding keys of the playbook rather than model choices.
PLAYBOOK_NAMES = {"emotion": _emotion, "reset_emotion": _emotion, "distortions": _distortion}


def cell_text(column: str, value: Any, rows: Rows, columns: frozenset[str] | None = None) -> str:
    if value is None or value == "":
        return ""
    if column in REFERENCES:
        return reference(column, value, rows)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, datetime | date):
        return when(value)
    if isinstance(value, dict):
        return "; ".join(
            f"{heading(str(k))}: {cell_text(str(k), v, rows)}" for k, v in value.items()
        )
    if isinstance(value, list | tuple):
        return "; ".join(_listed(column, item, rows) for item in value)
    if column in PLAYBOOK_NAMES and isinstance(value, str):
        return PLAYBOOK_NAMES[column](value)
    if isinstance(value, bytes):
        return ""
    label = choice_label(column, value, columns)
    return label if label is not None else formats.localize(value)


def _listed(column: str, item: Any, rows: Rows) -> str:
    if isinstance(item, list | tuple):  # question-answer pairs (reviews)
        return " — ".join(cell_text(column, part, rows) for part in item)
    return cell_text(column, item, rows)


def all_rows(
    tables: Iterable[tuple[str, list[str], list[dict[str, Any]]]],
    pages: dict[str, int] | None = None,
    per_page: int = ROWS_PER_PAGE,
) -> list[Table]:
    """Every row of the section, each column headed and each value written for a person, a
    page of `per_page` rows per table (`pages` maps a table to the page asked, else the first).
    """
    found = list(tables)
    rows = SectionRows((name, table_rows) for name, _columns, table_rows in found)
    shown = []
    for name, columns, table_rows in found:
        # A reference into a table the section does not hold would name another section's row.
        kept = [c for c in columns if c != "id" and (c not in REFERENCES or REFERENCES[c] in rows)]
        known = frozenset(columns)
        headings = [heading(c, known) for c in kept]
        count = max(1, -(-len(table_rows) // per_page))
        page = min(max(1, (pages or {}).get(name, 1)), count)
        start = (page - 1) * per_page
        shown.append(
            Table(
                name=name,
                title=str(TITLES.get(name, name)),
                headings=headings,
                rows=[
                    Row(
                        key=item_key(name, row, index),
                        label=row_label(name, row, rows),
                        cells=[
                            Cell(h, cell_text(c, row.get(c), rows, known))
                            for c, h in zip(kept, headings, strict=True)
                        ],
                    )
                    for index, row in enumerate(
                        table_rows[start : start + per_page], start=start + 1
                    )
                ],
                total=len(table_rows),
                page=page,
                pages=count,
            )
        )
    return shown


def labels(tables: Iterable[tuple[str, list[str], list[dict[str, Any]]]]) -> dict[str, str]:
    """Item key -> "Table · row name", for every row (the coach's comments list)."""
    found = list(tables)
    rows = SectionRows((name, table_rows) for name, _columns, table_rows in found)
    return {
        item_key(name, row, index): f"{TITLES.get(name, name)} · {row_label(name, row, rows)}"
        for name, _columns, table_rows in found
        for index, row in enumerate(table_rows, start=1)
    }


def by_name(tables: Iterable[tuple[str, list[str], list[dict[str, Any]]]]) -> Rows:
    return SectionRows((name, rows) for name, _columns, rows in tables)
