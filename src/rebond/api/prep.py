"""Interview preparation (C7): stories, pitch checks and versions, mock sessions, checklists.

parse → service → serialise; the rules stay in `rebond.prep.services` and `rebond.method`.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from ninja import Field, Router, Schema, Status

from rebond.api.bin import binned
from rebond.api.errors import ErrorOut
from rebond.api.inputs import In
from rebond.jobs.models import Interview
from rebond.prep.choices import Material, PitchKind
from rebond.prep.models import MockSession, Story
from rebond.prep.services import checklists, mocks, pitches, stories
from rebond.trash import services as trash
from rebond.web.access import AuthedRequest, owned_or_404

router = Router(tags=["preparation"])
ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class StoryIn(In):
    title: str = Field(min_length=1, max_length=200)
    situation: str = ""
    task: str = ""
    actions: str = ""
    result: str = ""
    learnings: str = ""
    transfer: str = ""
    tags: str = Field("", max_length=500)


class StoryOut(Schema):
    id: int
    title: str
    situation: str
    task: str
    actions: str
    result: str
    learnings: str
    transfer: str
    tags: str
    check: dict[str, Any]


class PitchIn(In):
    kind: PitchKind = PitchKind.PITCH
    text: str = Field(min_length=1, max_length=pitches.MAX_PITCH_CHARS)
    label: str = Field("", max_length=120)


class PitchOut(Schema):
    id: int
    kind: PitchKind
    text: str
    label: str
    created_at: datetime
    check: dict[str, Any]


class SessionIn(In):
    title: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=mocks.MAX_TRANSCRIPT_BYTES)
    interviewer: str = Field("Q", min_length=1, max_length=80)
    held_at: datetime | None = None


class SessionOut(Schema):
    id: int
    title: str
    held_at: datetime
    interviewer: str
    source_format: str
    metrics: dict[str, Any]
    warnings: list[str]
    has_recording: bool


class ChecklistIn(In):
    description_reread: bool = False
    company_notes: str = ""
    interviewer_notes: str = ""
    hypothesis_1: str = Field("", max_length=300)
    hypothesis_2: str = Field("", max_length=300)
    hypothesis_3: str = Field("", max_length=300)
    materials: list[Material] = []
    questions_to_ask: list[str] = []
    rejection_answer: str = ""


class ChecklistOut(ChecklistIn):
    interview_id: int
    ritual_done_at: datetime | None
    done: int
    total: int


def _story(story: Story) -> dict[str, Any]:
    item = stories.checked(story)
    data = {name: getattr(story, name) for name in ("id", *stories.STORY_FIELDS)}
    return {**data, "check": {**asdict(item.check), "ok": item.check.ok}}


def _version(version: Any) -> dict[str, Any]:
    check = pitches.check(version.kind, version.text)
    fields = ("id", "kind", "text", "label", "created_at")
    return {**{f: getattr(version, f) for f in fields}, "check": {**asdict(check), "ok": check.ok}}


def _session(session: MockSession) -> dict[str, Any]:
    fields = ("id", "title", "held_at", "interviewer", "source_format", "metrics")
    return {
        **{f: getattr(session, f) for f in fields},
        "warnings": session.warning_texts(),
        "has_recording": bool(session.recording),
    }


def _checklist(checklist: Any) -> dict[str, Any]:
    done, total = checklists.progress(checklist)
    data = {name: getattr(checklist, name) for name in checklists.CHECKLIST_FIELDS}
    extra = {"interview_id": checklist.interview_id, "ritual_done_at": checklist.ritual_done_at}
    return {**data, **extra, "done": done, "total": total}


@router.get("/prep/stories", response={200: list[StoryOut], **ERRORS})
def list_stories(request: AuthedRequest) -> object:
    return [_story(s) for s in Story.objects.for_user(request.user)]


@router.post("/prep/stories", response={201: StoryOut, **ERRORS})
def create_story(request: AuthedRequest, payload: StoryIn) -> object:
    return Status(201, _story(stories.create_story(request.user, **payload.dict())))


@router.get("/prep/stories/{pk}", response={200: StoryOut, **ERRORS})
def get_story(request: AuthedRequest, pk: int) -> object:
    return _story(owned_or_404(Story.objects.all(), request.user, pk))


@router.put("/prep/stories/{pk}", response={200: StoryOut, **ERRORS})
def update_story(request: AuthedRequest, pk: int, payload: StoryIn) -> object:
    story = owned_or_404(Story.objects.all(), request.user, pk)
    return _story(stories.update_story(story, **payload.dict()))


@router.delete("/prep/stories/{pk}", response={204: None, **ERRORS})
def delete_story(request: AuthedRequest, pk: int) -> object:
    return binned(trash.discard(request.user, owned_or_404(Story.objects.all(), request.user, pk)))


@router.get("/prep/story-bank", response={200: dict[str, Any], **ERRORS})
def story_bank(request: AuthedRequest) -> object:
    return stories.lint(request.user)


@router.post("/prep/pitch-check", response={200: dict[str, Any], **ERRORS})
def pitch_check(request: AuthedRequest, payload: PitchIn) -> object:
    check = pitches.check(payload.kind, payload.text)
    return {**asdict(check), "ok": check.ok}


@router.get("/prep/pitches", response={200: list[PitchOut], **ERRORS})
def list_pitches(request: AuthedRequest, kind: PitchKind = PitchKind.PITCH) -> object:
    return [_version(item.version) for item in pitches.versions(request.user, kind, limit=100)]


@router.post("/prep/pitches", response={201: PitchOut, **ERRORS})
def create_pitch(request: AuthedRequest, payload: PitchIn) -> object:
    version = pitches.save_version(request.user, payload.kind, payload.text, payload.label)
    return Status(201, _version(version))


@router.get("/prep/mock-sessions", response={200: list[SessionOut], **ERRORS})
def list_sessions(request: AuthedRequest) -> object:
    return [_session(s) for s in MockSession.objects.for_user(request.user).defer("transcript")]


@router.post("/prep/mock-sessions", response={201: SessionOut, **ERRORS})
def create_session(request: AuthedRequest, payload: SessionIn) -> object:
    session = mocks.create_session(request.user, **payload.dict())
    return Status(201, _session(session))


@router.get("/prep/mock-sessions/{pk}", response={200: SessionOut, **ERRORS})
def get_session(request: AuthedRequest, pk: int) -> object:
    return _session(owned_or_404(MockSession.objects.all(), request.user, pk))


@router.get("/prep/interviews/{pk}/checklist", response={200: ChecklistOut, **ERRORS})
def get_checklist(request: AuthedRequest, pk: int) -> object:
    interview = owned_or_404(Interview.objects.all(), request.user, pk)
    return _checklist(checklists.checklist_for(interview))


@router.put("/prep/interviews/{pk}/checklist", response={200: ChecklistOut, **ERRORS})
def update_checklist(request: AuthedRequest, pk: int, payload: ChecklistIn) -> object:
    interview = owned_or_404(Interview.objects.all(), request.user, pk)
    found = checklists.update_checklist(checklists.checklist_for(interview), **payload.dict())
    return _checklist(found)
