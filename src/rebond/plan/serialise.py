"""Plain dictionaries of the plan's objects, shared by the JSON API and `rebond … --json`."""

from __future__ import annotations

from typing import Any

from rebond.plan.agenda import AgendaEntry
from rebond.plan.models import Action
from rebond.plan.reviews import Draft
from rebond.plan.today import Today


def action(item: Action) -> dict[str, Any]:
    return {
        "id": item.pk,
        "title": item.title,
        "axis": item.axis,
        "theme": item.theme,
        "target": item.target,
        "hours": item.hours,
        "due_on": item.due_on.isoformat() if item.due_on else None,
        "status": item.status,
        "evidence": item.evidence,
        "done_at": item.done_at.isoformat() if item.done_at else None,
        "sprint_id": item.sprint_id,
        "follows_id": item.follows_id,
        "source_kind": item.source_kind,
        "source_id": item.source_id,
    }


def entry(item: AgendaEntry) -> dict[str, Any]:
    return {
        "uid": item.uid,
        "kind": item.kind,
        "title": item.title,
        "due_at": item.due_at.isoformat(),
        "window_end": item.window_end.isoformat() if item.window_end else None,
        "source": item.source,
        "url": item.url,
        "recurrence": item.recurrence,
    }


def today(data: Today) -> dict[str, Any]:
    return {
        "day": data.day.isoformat(),
        "overdue": [entry(e) for e in data.agenda.overdue],
        "today": [entry(e) for e in data.agenda.today],
        "upcoming": [entry(e) for e in data.agenda.upcoming],
        "next_action": action(data.next_action) if data.next_action else None,
        "mood": {"day": data.mood[0].isoformat(), "value": data.mood[1]} if data.mood else None,
        "objective": data.objective,
        "funnel": data.funnel,
        "streak": data.routine.streak,
    }


def draft(data: Draft) -> dict[str, Any]:
    return {
        "cadence": data.cadence.value,
        "start": data.start.isoformat(),
        "end": data.end.isoformat(),
        "figures": data.figures,
        "questions": [
            {"question": q, "suggestion": s}
            for q, s in zip(data.questions, data.suggestions, strict=True)
        ],
        "previous_objective": data.previous_objective,
    }
