"""Which part of a person's data each sharable section holds.

Built on the export's sections (every app's `AppConfig.export_sections()`), so a coach sees
exactly the rows the person would see in their own export. A new export section must be placed
here (or in NEVER_SHARED) before it can be seen at all: a test fails until it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

from rebond.coaching.choices import Section
from rebond.web.contributions import export_sections

if TYPE_CHECKING:
    from rebond.accounts.models import User

EXPORT_SECTIONS: dict[str, tuple[str, ...]] = {
    Section.APPLICATIONS: (
        "companies",
        "applications",
        "stage_events",
        "interviews",
        "outcomes",
        "experiments",
    ),
    Section.PLAN: ("plan_sprints", "plan_actions", "plan_reviews", "plan_routine"),
    Section.FEEDBACK: ("feedback_items", "feedback_statements", "feedback_corrections", "messages"),
    Section.NETWORK: (
        "contacts",
        "interactions",
        "contributions",
        "info_interviews",
        "network_targets",
        "company_keep_warm",
    ),
    Section.PREPARATION: (
        "stories",
        "pitch_versions",
        "drills",
        "mock_sessions",
        "interview_checklists",
        "cv_versions",
        "cv_uses",
        "keyword_checks",
        "dismissed_keywords",
        "brand_texts",
        "value_propositions",
        "proofs",
        "proof_uses",
    ),
    Section.JOURNAL: (
        "debriefs",
        "plan_actions",  # the debrief's own actions only (see `ROW_RULES`)
        "debrief_causes",
        "debrief_replay",
        "checkins",
        "thought_records",
        "assets",
        "attributions",
        "wins",
        "support_people",
    ),
}
# Never shown to a coach, whatever the consent: credentials, and the person's own record of
# what they share and who looked.
NEVER_SHARED = frozenset(
    {
        "smtp_account",
        "coaching_shares",
        "coaching_access_log",
        "coaching_comments",
        "coaching_proposals",
        "coaching_notes",
        "coaching_own_search",
        "bin",
    }
)

# Agenda sources (the app that produced a due item) -> the section that holds it.
AGENDA_SOURCES: dict[str, str] = {
    "jobs": Section.APPLICATIONS,
    "insights": Section.APPLICATIONS,
    "plan": Section.PLAN,
    "feedback": Section.FEEDBACK,
    "network": Section.NETWORK,
    "prep": Section.PREPARATION,
    "documents": Section.PREPARATION,
    "debrief": Section.JOURNAL,
}


LABEL_COLUMNS = ("title", "role", "name", "question", "first_name", "text", "thought", "goal")


def item_choices(name: str, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(item key, short label) per row, for the coach's comment form."""
    choices = []
    for index, row in enumerate(rows, start=1):
        ident = row.get("id", index)
        label = next((str(row[c]) for c in LABEL_COLUMNS if row.get(c)), "")
        choices.append((f"{name}:{ident}", f"#{ident} {label[:40]}".strip()))
    return choices


# Actions a debrief creates (cool-down, tests of an interpretation) say what the person felt:
# they belong to the journal, not to the plan a coach may read.
JOURNAL_ACTION_SOURCES = frozenset({"debrief"})
# Review figures computed from the mood check-ins, likewise.
JOURNAL_FIGURES = ("mood_average", "mood_trend")


def _plan_row(name: str, row: dict[str, Any]) -> dict[str, Any] | None:
    if name == "plan_actions" and row.get("source_kind") in JOURNAL_ACTION_SOURCES:
        return None
    if name == "plan_reviews" and isinstance(row.get("figures"), dict):
        figures = {k: v for k, v in row["figures"].items() if k not in JOURNAL_FIGURES}
        return {**row, "figures": figures}
    return row


def _journal_row(name: str, row: dict[str, Any]) -> dict[str, Any] | None:
    if name == "plan_actions" and row.get("source_kind") not in JOURNAL_ACTION_SOURCES:
        return None
    return row


# Section -> what each of its rows shows (None: the row is not part of the section). The
# section boundaries, field by field, are written in docs/hosted.md.
ROW_RULES: dict[str, Callable[[str, dict[str, Any]], dict[str, Any] | None]] = {
    Section.PLAN: _plan_row,
    Section.JOURNAL: _journal_row,
}


Tables = list[tuple[str, list[str], list[dict[str, Any]]]]

# Export provider -> the export sections it yields, learned on its first call: a page reading
# one section then calls only the providers that hold it, not the whole export (for a person
# with 1,000 applications and 10,000 exchanges, the export is half a second).
_PROVIDED: dict[Any, frozenset[str]] = {}


def _collect(user: User, wanted: set[str]) -> dict[str, tuple[list[str], Iterable[dict[str, Any]]]]:
    found: dict[str, tuple[list[str], Iterable[dict[str, Any]]]] = {}
    for provider in export_sections():
        known = _PROVIDED.get(provider)
        if known is not None and not known & wanted:
            continue
        content = provider(user)
        _PROVIDED[provider] = frozenset(content)
        found.update((name, rows) for name, rows in content.items() if name in wanted)
    return found


def tables_of(user: User, sections: list[str]) -> dict[str, Tables]:
    """Each section's (export section, columns, rows) for `user`, in the registry's order, the
    export read once for them all."""
    found = _collect(user, {name for s in sections for name in EXPORT_SECTIONS[s]})
    shown: dict[str, Tables] = {}
    for section in sections:
        rule = ROW_RULES.get(section)
        shown[section] = []
        for name in EXPORT_SECTIONS[section]:
            if name not in found:
                continue
            columns, provided = found[name]
            # A list or a query of dicts (the export's rows): both iterate and index alike.
            rows = cast("list[dict[str, Any]]", provided)
            if rule is not None:
                rows = [kept for row in rows if (kept := rule(name, row)) is not None]
            shown[section].append((name, columns, rows))
    return shown


def tables(user: User, section: str) -> Tables:
    """(export section, columns, rows) of `section` for `user`, in the registry's order."""
    return tables_of(user, [section])[section]
