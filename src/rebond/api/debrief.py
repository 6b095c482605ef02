"""The debrief and the confidence journal: parse → service → serialise. Owner-only (404)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from ninja import Query, Router, Status

from rebond.accounts.language import playbook_lang
from rebond.api.bin import binned
from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.debrief.models import Asset, CheckIn, Debrief, ThoughtRecord
from rebond.debrief.services import flow, journal
from rebond.jobs.models import Application
from rebond.method.safety import help_message
from rebond.trash import services as trash
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["debrief"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}
Scale = int | None


class StartIn(In):
    application_id: int


class ThoughtIn(In):
    thought: str
    situation: str = ""
    emotion: str = ""
    intensity_before: Scale = None
    evidence_for: str = ""
    evidence_against: str = ""
    reformulation: str = ""
    intensity_after: Scale = None


class CheckInIn(In):
    mood: Scale = None
    emotion: str = ""
    intensity: Scale = None
    words: str = ""


class AssetIn(In):
    kind: Literal["skill", "project", "praise", "result"]
    text: str


class MoodQuery(In):
    days: int = 90


def _debrief(d: Debrief, lang: str) -> dict[str, Any]:
    return {
        "id": d.pk,
        "application_id": d.application_id,
        "started_at": d.started_at.isoformat(),
        "finished_at": d.finished_at.isoformat() if d.finished_at else None,
        "resume_step": flow.resume_step(d, lang),  # type: ignore[arg-type]
    }


def _thought(r: ThoughtRecord) -> dict[str, Any]:
    names: tuple[str, ...] = ("situation", "thought", "emotion", "intensity_before", "distortions")
    names += ("evidence_for", "evidence_against", "reformulation", "intensity_after")
    return {"id": r.pk, "created_at": r.created_at.isoformat(), **{n: getattr(r, n) for n in names}}


def _checkin(c: CheckIn) -> dict[str, Any]:
    names = ("mood", "emotion", "emotion_words", "intensity", "body_signal", "soothing_action")
    return {"id": c.pk, "at": c.at.isoformat(), **{n: getattr(c, n) for n in names}}


@router.get("/debriefs", response={200: list[dict[str, Any]], **ERRORS})
def list_debriefs(request: AuthedRequest) -> object:
    lang = playbook_lang(request.user)
    return [_debrief(d, lang) for d in Debrief.objects.for_user(request.user)]


@router.post("/debriefs", response={201: dict[str, Any], **ERRORS})
def start_debrief(request: AuthedRequest, payload: StartIn) -> object:
    application = owned_or_404(Application.objects.all(), request.user, payload.application_id)
    debrief = flow.start(request.user, application)
    return Status(201, _debrief(debrief, playbook_lang(request.user)))


@router.get("/debriefs/{pk}", response={200: dict[str, Any], **ERRORS})
def get_debrief(request: AuthedRequest, pk: int) -> object:
    debrief = owned_or_404(Debrief.objects.select_related("application__company"), request.user, pk)
    summary = asdict(flow.summary(debrief, playbook_lang(request.user)))
    for key in ("started_at", "cooldown_ends"):
        summary[key] = summary[key].isoformat()
    for action in summary["actions"]:
        action["due_on"] = action["due_on"] and action["due_on"].isoformat()
    return summary


@router.delete("/debriefs/{pk}", response={204: None, **ERRORS})
def delete_debrief(request: AuthedRequest, pk: int) -> object:
    return binned(
        trash.discard(request.user, owned_or_404(Debrief.objects.all(), request.user, pk))
    )


@router.get("/thoughts", response={200: list[dict[str, Any]], **ERRORS})
def list_thoughts(request: AuthedRequest) -> object:
    return [_thought(r) for r in journal.thoughts(request.user)]


@router.post("/thoughts", response={201: dict[str, Any], **ERRORS})
def create_thought(request: AuthedRequest, payload: ThoughtIn) -> object:
    """Saves the record; `help` holds where to find help (and nothing is analysed) when a text
    suggests self-harm."""
    data = payload.dict()
    crisis = journal.record_crisis(data)
    record = journal.save_thought(request.user, data)
    body = _thought(record)
    body["help"] = asdict(help_message(playbook_lang(request.user))) if crisis else None
    return Status(201, body)


@router.get("/thoughts/{pk}", response={200: dict[str, Any], **ERRORS})
def get_thought(request: AuthedRequest, pk: int) -> object:
    return _thought(owned_or_404(ThoughtRecord.objects.all(), request.user, pk))


@router.delete("/thoughts/{pk}", response={204: None, **ERRORS})
def delete_thought(request: AuthedRequest, pk: int) -> object:
    return binned(
        trash.discard(request.user, owned_or_404(ThoughtRecord.objects.all(), request.user, pk))
    )


@router.get("/checkins", response={200: list[dict[str, Any]], **ERRORS})
def list_checkins(request: AuthedRequest) -> object:
    return [_checkin(c) for c in CheckIn.objects.for_user(request.user)[:500]]


@router.post("/checkins", response={201: dict[str, Any], **ERRORS})
def create_checkin(request: AuthedRequest, payload: CheckInIn) -> object:
    lang = playbook_lang(request.user)
    return Status(201, _checkin(journal.log_mood(request.user, lang=lang, **payload.dict())))


@router.get("/mood", response={200: list[dict[str, Any]], **ERRORS})
def mood(request: AuthedRequest, query: Query[MoodQuery]) -> object:
    days = max(1, min(query.days, 3660))
    return [{"day": d.isoformat(), "mood": m} for d, m in journal.mood_series(request.user, days)]


@router.get("/assets", response={200: list[dict[str, Any]], **ERRORS})
def list_assets(request: AuthedRequest) -> object:
    return [{"id": a.pk, "kind": a.kind, "text": a.text} for a in journal.assets(request.user)]


@router.post("/assets", response={201: dict[str, Any], **ERRORS})
def create_asset(request: AuthedRequest, payload: AssetIn) -> object:
    asset = journal.add_asset(request.user, payload.kind, payload.text)
    return Status(201, {"id": asset.pk, "kind": asset.kind, "text": asset.text})


@router.delete("/assets/{pk}", response={204: None, **ERRORS})
def delete_asset(request: AuthedRequest, pk: int) -> object:
    return binned(trash.discard(request.user, owned_or_404(Asset.objects.all(), request.user, pk)))
