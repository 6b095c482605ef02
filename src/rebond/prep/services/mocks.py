"""Mock interviews (C7.4): transcript import, stored metrics, recordings, progress."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from rebond.method.errors import ServiceError
from rebond.method.speech.metrics import analyze
from rebond.method.speech.speakers import SpeakersUnclear, attribute
from rebond.method.speech.transcript import Transcript, guess_format, parse
from rebond.prep import transcription
from rebond.prep.choices import TranscriptFormat
from rebond.prep.models import MockSession
from rebond.trash import services as trash
from rebond.trash.models import BinEntry

if TYPE_CHECKING:
    from rebond.accounts.models import User

TRANSCRIPT_EXTENSIONS = ("vtt", "srt", "txt")
MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024  # a two-hour transcript is well under 1 MB
MAX_RECORDING_BYTES = 80 * 1024 * 1024  # about an hour of Opus audio from MediaRecorder
RECORDING_TYPES = ("audio/", "video/webm", "video/mp4", "application/octet-stream")


class UploadError(ServiceError):
    """A file that cannot be used, with a message meant for the person."""


@dataclass(frozen=True)
class ProgressPoint:
    session: MockSession
    wpm: float | None
    fillers_per_minute: float | None
    answers: int
    too_long: int
    first_answer_seconds: float | None
    long_silences: int


def read_transcript(upload: UploadedFile) -> tuple[str, str]:
    """The text of an uploaded transcript and its format, or UploadError saying why not."""
    name = (upload.name or "").lower()
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if extension not in TRANSCRIPT_EXTENSIONS:
        raise UploadError(_("Choose a .vtt, .srt or .txt file."))
    if upload.size is not None and upload.size > MAX_TRANSCRIPT_BYTES:
        raise UploadError(
            _("This file is larger than %(mb)s MB: is it really a transcript?")
            % {"mb": MAX_TRANSCRIPT_BYTES // (1024 * 1024)}
        )
    raw = upload.read(MAX_TRANSCRIPT_BYTES + 1)
    if len(raw) > MAX_TRANSCRIPT_BYTES:
        raise UploadError(_("This file is too large."))
    if b"\x00" in raw[:4096]:
        raise UploadError(_("This file is not text: export the transcript as WebVTT or SRT."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Windows tools still write it
    text = text.replace("\x00", "")  # past the first 4 KB, a stray NUL PostgreSQL cannot store
    if not text.strip():
        raise UploadError(_("This file is empty."))
    fmt = {"vtt": "vtt", "srt": "srt"}.get(extension) or guess_format(text)
    return text, fmt


@transaction.atomic
def create_session(
    user: User,
    *,
    title: str,
    text: str,
    interviewer: str = "Q",
    held_at: datetime | None = None,
    fmt: str | None = None,
) -> MockSession:
    """Store a transcript with the metrics of `speech.analyze` (never a sentence in the log)."""
    if not text.strip():
        raise UploadError(_("The transcript is empty."))
    transcript = parse(text, fmt)  # type: ignore[arg-type]
    if not transcript.cues:
        raise UploadError(_("No speech found in this transcript."))
    label, me, metrics = measure(transcript, interviewer)
    return MockSession.objects.create(
        user=user,
        title=title.strip() or _("Mock interview"),
        held_at=held_at or timezone.now(),
        interviewer=label,
        me=me,
        source_format=TranscriptFormat(transcript.source_format),
        transcript=text,
        metrics=metrics,
        warnings=[repair.as_json() for repair in transcript.warnings],
    )


def measure(
    transcript: Transcript, interviewer: str = "", me: str = ""
) -> tuple[str, str, dict[str, Any]]:
    """(interviewer label, candidate name, metrics) of a transcript.

    The default label "Q", when no speaker carries it, or a blank one, lets `speakers.attribute`
    decide (usual names, unnamed cues). When it cannot, the metrics hold `speakers` to choose
    from ("which one is you?") and nothing is measured yet: never a silent zero.
    """
    names = {(cue.speaker or "").casefold() for cue in transcript.cues}
    given = interviewer.strip()
    auto = not me and (not given or (given == "Q" and "q" not in names))
    try:
        who = attribute(transcript, None if auto else given, me or None)
    except SpeakersUnclear as exc:
        speakers = [{"name": s.name, "sample": s.sample, "lines": s.cues} for s in exc.speakers]
        return given or "Q", "", {"speakers": speakers, "words": 0, "answers": []}
    report = analyze(transcript, interviewer=who.interviewer or "", me=who.me)
    return who.interviewer or given or "Q", who.me or "", report.to_dict()


def import_transcript(
    user: User,
    *,
    title: str,
    interviewer: str = "Q",
    held_at: datetime | None = None,
    upload: UploadedFile | None = None,
    text: str = "",
    recording: UploadedFile | None = None,
) -> MockSession:
    """A session from an uploaded file, pasted text, or only a recording (transcribed where a
    local speech model is installed). A transcript file wins over pasted text."""
    if upload is None and not text.strip() and recording is not None:
        return import_recording(user, title=title, held_at=held_at, recording=recording)
    fmt = None
    if upload is not None:
        text, fmt = read_transcript(upload)
    return create_session(
        user, title=title, text=text, interviewer=interviewer, held_at=held_at, fmt=fmt
    )


@transaction.atomic
def import_recording(
    user: User, *, title: str, recording: UploadedFile, held_at: datetime | None = None
) -> MockSession:
    """A session that starts from audio alone; its metrics come once it is transcribed."""
    session = MockSession.objects.create(
        user=user,
        title=title.strip() or _("Mock interview"),
        held_at=held_at or timezone.now(),
        source_format=TranscriptFormat.VTT,
    )
    attach_recording(session, recording)
    return session


def transcribe_recording(session: MockSession) -> bool:
    """Fill an empty transcript from the recording when a local model is installed; the
    recording is one voice, so everything in it counts as the candidate's speech."""
    if not session.recording or session.transcript.strip() or not transcription.status().available:
        return False
    text = transcription.transcribe(Path(session.recording.path))
    session.transcript = text
    session.source_format = TranscriptFormat.VTT
    # One voice: every cue is the candidate's whatever its label.
    session.metrics = analyze(parse(text, "vtt"), interviewer="").to_dict()
    session.save(update_fields=["transcript", "source_format", "metrics"])
    return True


def reanalyze(session: MockSession, interviewer: str = "", me: str = "") -> MockSession:
    """Measure again with the interviewer's name, or the person's own ("this one is me")."""
    if not session.transcript.strip():
        return session
    transcript = parse(session.transcript, session.source_format)  # type: ignore[arg-type]
    session.interviewer, session.me, session.metrics = measure(
        transcript, interviewer.strip() or ("" if me else "Q"), me.strip()
    )
    session.save(update_fields=["interviewer", "me", "metrics"])
    return session


def looks_like_media(head: bytes) -> bool:
    """Whether a file's first bytes are those of an audio or video container (WebM/Matroska,
    Ogg, MP4/M4A/MOV, WAV, MP3, FLAC, AAC): the browser's declared type is not proof.

    >>> looks_like_media(b"OggS..."), looks_like_media(b"<html>")
    (True, False)
    """
    return (
        head.startswith((b"\x1aE\xdf\xa3", b"OggS", b"ID3", b"fLaC"))
        or (head[:4] == b"RIFF" and head[8:12] in (b"WAVE", b"AVI "))
        or head[4:8] == b"ftyp"
        or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)  # MPEG/AAC frame
    )


def attach_recording(session: MockSession, upload: UploadedFile) -> MockSession:
    content_type = (upload.content_type or "").lower()
    head = upload.read(16)
    upload.seek(0)
    if not content_type.startswith(RECORDING_TYPES) or not looks_like_media(head):
        raise UploadError(_("Choose an audio file (the browser records WebM or Ogg)."))
    if upload.size is not None and upload.size > MAX_RECORDING_BYTES:
        raise UploadError(
            _("This recording is larger than %(mb)s MB.")
            % {"mb": MAX_RECORDING_BYTES // (1024 * 1024)}
        )
    if session.recording:
        session.recording.delete(save=False)
    session.recording.save(upload.name or "recording.webm", upload, save=True)
    transcribe_recording(session)
    return session


def delete_session(session: MockSession) -> BinEntry:
    """Into the bin; the recording stays on disk until the bin lets it go."""
    return trash.discard(session.user, session)


def point(session: MockSession) -> ProgressPoint:
    metrics = session.metrics or {}
    answers = metrics.get("answers", [])
    return ProgressPoint(
        session=session,
        wpm=metrics.get("wpm"),
        fillers_per_minute=metrics.get("fillers_per_minute"),
        answers=len(answers),
        too_long=sum(1 for a in answers if a.get("too_long")),
        first_answer_seconds=answers[0].get("seconds") if answers else None,
        long_silences=len(metrics.get("long_silences", [])),
    )


def progress(user: User, limit: int = 30) -> list[ProgressPoint]:
    """The last sessions, oldest first, with the figures to follow across sessions."""
    rows = MockSession.objects.for_user(user).defer("transcript")[:limit]
    return [point(s) for s in reversed(list(rows))]


def median_answer_seconds(session: MockSession) -> float | None:
    timed = [a["seconds"] for a in session.metrics.get("answers", []) if a.get("seconds")]
    return round(statistics.median(timed), 1) if timed else None
