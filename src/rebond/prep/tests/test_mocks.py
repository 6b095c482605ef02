"""Mock interviews (C7.4): transcript upload, stored metrics, recordings, progress."""

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from rebond.method.speech.transcript import Cue, to_srt, to_webvtt
from rebond.prep import transcription
from rebond.prep.models import MockSession
from rebond.prep.services import mocks
from rebond.prep.tests.factories import VTT, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(client, settings):
    """Messages are compared in English; the interface default is French."""
    from django.utils import translation

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def interview_cues(pace_words: int, fillers: int) -> list[Cue]:
    """A question then a 20-second answer of `pace_words` words, `fillers` of them "um,"."""
    words = ["um,"] * fillers + ["results"] * (pace_words - fillers)
    return [
        Cue(0.0, 3.0, "Recruiter", "Tell me about yourself."),
        Cue(4.0, 24.0, "Ana", " ".join(words) + "."),
    ]


def upload(client, name, content, **fields):
    data = {
        "title": "Practice",
        "held_at": "2026-11-20T10:00",
        "interviewer": "Recruiter",
        "file": SimpleUploadedFile(name, content),
        **fields,
    }
    return client.post("/prep/mock/", data)


def test_it_analyses_an_uploaded_webvtt_file(owner_client, owner):
    response = upload(owner_client, "call.vtt", to_webvtt(interview_cues(50, 2)).encode())
    session = MockSession.objects.get(user=owner)
    assert response.status_code == 302 and response.url == f"/prep/mock/{session.pk}/"
    metrics = session.metrics
    assert (metrics["words"], metrics["wpm"], metrics["filler_total"]) == (50, 150.0, 2)
    assert metrics["fillers_per_minute"] == 6.0
    assert metrics["interviewer_found"] and session.source_format == "vtt"
    assert [a["seconds"] for a in metrics["answers"]] == [20.0]
    page = owner_client.get(response.url).content.decode()
    assert "<dd>150 " in page


def test_a_stray_nul_past_the_first_kilobytes_is_dropped(owner_client, owner):
    # Only the first 4 KB decide whether a file is text; PostgreSQL cannot store a later NUL.
    cues = interview_cues(50, 2) * 40
    content = to_webvtt(cues).encode() + b"\n\n00:10:00.000 --> 00:10:02.000\nAna: fi\x00n\n"
    assert len(content) > 4096
    response = upload(owner_client, "call.vtt", content)
    assert response.status_code == 302, response.content
    assert "\x00" not in MockSession.objects.get(user=owner).transcript


def test_it_reads_srt_with_name_prefixes(owner_client, owner):
    upload(owner_client, "call.srt", to_srt(interview_cues(40, 0)).encode())
    session = MockSession.objects.get(user=owner)
    assert session.source_format == "srt" and session.metrics["words"] == 40


def test_it_takes_pasted_text_without_timings(owner_client, owner):
    text = "Q: Tell me about yourself.\nAna: Um, I analyse data for shops."
    data = {"title": "Pasted", "held_at": "2026-11-20T10:00", "interviewer": "Q", "text": text}
    assert owner_client.post("/prep/mock/", data).status_code == 302
    metrics = MockSession.objects.get(user=owner).metrics
    assert metrics["wpm"] is None and metrics["words"] == 6


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("call.mp3", b"ID3...", "Choose a .vtt, .srt or .txt file."),
        ("call.vtt", b"WEBVTT\x00\x00binary", "This file is not text"),
        ("call.txt", b"   \n", "This file is empty."),
        ("call.vtt", b"WEBVTT\n\n", "No speech found in this transcript."),
    ],
)
def test_it_explains_why_a_file_is_refused(owner_client, name, content, message):
    response = upload(owner_client, name, content)
    assert response.status_code == 400
    assert message in str(response.context["form"].errors)
    assert MockSession.objects.count() == 0


def test_it_refuses_a_file_over_the_size_limit(owner_client, monkeypatch):
    monkeypatch.setattr(mocks, "MAX_TRANSCRIPT_BYTES", 100)
    response = upload(owner_client, "call.vtt", VTT.encode())
    assert "larger than" in str(response.context["form"].errors)


def test_it_asks_for_a_file_or_text(owner_client):
    response = owner_client.post(
        "/prep/mock/", {"title": "x", "held_at": "2026-11-20T10:00", "interviewer": "Q"}
    )
    assert response.status_code == 400


def test_it_measures_again_with_another_interviewer_label(owner_client, owner):
    session = make_session(owner, interviewer="Nobody")
    assert not session.metrics["interviewer_found"]
    owner_client.post(f"/prep/mock/{session.pk}/reanalyze/", {"interviewer": "Q"})
    session.refresh_from_db()
    assert session.metrics["interviewer_found"] and session.interviewer == "Q"


def test_it_stores_and_plays_back_a_recording_for_its_owner_only(client, owner, other):
    session = make_session(owner)
    client.force_login(owner)
    audio = SimpleUploadedFile("recording.webm", b"\x1aE\xdf\xa3webm", content_type="audio/webm")
    client.post(f"/prep/mock/{session.pk}/recording/", {"recording": audio})
    session.refresh_from_db()
    assert session.recording.name.endswith(f"session-{session.pk}.webm")
    played = client.get(f"/prep/mock/{session.pk}/recording/")
    assert b"".join(played.streaming_content) == b"\x1aE\xdf\xa3webm"
    client.force_login(other)
    assert client.get(f"/prep/mock/{session.pk}/recording/").status_code == 404


def test_it_refuses_a_recording_that_is_not_audio(owner_client, owner):
    session = make_session(owner)
    text = SimpleUploadedFile("notes.pdf", b"%PDF", content_type="application/pdf")
    owner_client.post(f"/prep/mock/{session.pk}/recording/", {"recording": text})
    session.refresh_from_db()
    assert not session.recording


def test_it_charts_progress_across_sessions_accessibly(owner_client, owner):
    start = timezone.now() - timedelta(days=10)
    for day, fillers in enumerate((6, 3, 1)):
        text = to_webvtt(interview_cues(50, fillers))
        mocks.create_session(
            owner,
            title=f"S{day}",
            text=text,
            interviewer="Recruiter",
            held_at=start + timedelta(days=day),
        )
    points = mocks.progress(owner)
    assert [p.session.title for p in points] == ["S0", "S1", "S2"]
    assert [p.fillers_per_minute for p in points] == [18.0, 9.0, 3.0]
    page = owner_client.get("/prep/mock/")
    svg = str(page.context["chart"].svg)
    assert '<title id="prep-chart-title-' in svg and "<desc" in svg and 'role="img"' in svg
    assert "<script" not in svg  # pygal's inline configuration script is removed (CSP)
    assert "18.0" in page.context["chart"].description


def test_it_says_why_audio_is_not_transcribed_here(owner_client, owner):
    status = transcription.status()
    assert not status.available and "speech model" in status.message
    page = owner_client.get(f"/prep/mock/{make_session(owner).pk}/")
    assert status.message in page.content.decode()


def test_it_deletes_a_session_with_its_recording(
    owner_client, owner, django_capture_on_commit_callbacks
):
    session = make_session(owner)
    mocks.attach_recording(session, SimpleUploadedFile("r.ogg", b"OggS", content_type="audio/ogg"))
    path = session.recording.path
    owner_client.post(f"/prep/mock/{session.pk}/delete/", {"confirmed": "1"})
    assert not MockSession.objects.exists()
    import os

    assert os.path.exists(path)  # kept by the bin
    with django_capture_on_commit_callbacks(execute=True):
        owner_client.post("/bin/empty/", {"confirmed": "1"})
    assert not os.path.exists(path)


def test_it_keeps_a_recording_alone_and_says_it_cannot_transcribe_it(owner_client, owner):
    audio = SimpleUploadedFile("answer.webm", b"\x1aE\xdf\xa3", content_type="audio/webm")
    data = {"title": "Solo", "held_at": "2026-11-20T10:00", "interviewer": "Q", "recording": audio}
    response = owner_client.post("/prep/mock/", data, follow=True)
    session = MockSession.objects.get(user=owner)
    assert session.recording and session.transcript == "" and session.metrics == {}
    assert transcription.status().message in response.content.decode()
    assert mocks.progress(owner)[0].wpm is None  # no figures until transcribed


def test_it_transcribes_with_a_locally_installed_model(owner, settings, monkeypatch):
    """The transcription path, with a stand-in for faster-whisper and its model folder."""
    import sys
    import types
    from types import SimpleNamespace

    settings.DATA_DIR = settings.MEDIA_ROOT
    model = transcription.model_dir()
    model.mkdir(parents=True)
    (model / "model.bin").write_bytes(b"weights")
    segments = [SimpleNamespace(start=0.0, end=10.0, text=" Um, I cut costs by 30%. ")]
    seen = {}

    class WhisperModel:
        def __init__(self, path, **options):
            seen.update(path=path, **options)

        def transcribe(self, audio, **options):
            return iter(segments), None

    monkeypatch.setitem(
        sys.modules, "faster_whisper", types.SimpleNamespace(WhisperModel=WhisperModel)
    )
    monkeypatch.setattr(transcription.importlib.util, "find_spec", lambda name: object())
    audio = SimpleUploadedFile("answer.webm", b"\x1aE\xdf\xa3", content_type="audio/webm")
    session = mocks.import_recording(owner, title="Solo", recording=audio)
    session.refresh_from_db()
    assert seen["local_files_only"] is True and seen["path"] == str(model)
    assert session.transcript.startswith("WEBVTT")
    assert session.metrics["words"] == 6 and session.metrics["fillers"] == {"um": 1}


def test_it_asks_which_speaker_is_you_when_it_cannot_tell_and_never_shows_a_silent_zero(
    owner_client, owner
):
    text = (
        "Claire Martin : Pourquoi nous ?\nLéa Dupont : Parce que j'aime la data.\n"
        "Claire Martin : Et ensuite ?\nLéa Dupont : Je veux progresser vite."
    )
    session = mocks.create_session(owner, title="Mock", text=text)
    assert [s["name"] for s in session.metrics["speakers"]] == ["Claire Martin", "Léa Dupont"]
    page = owner_client.get(f"/prep/mock/{session.pk}/").content.decode()
    assert "Which one is you?" in page and "I am Léa Dupont" in page
    assert "metrics-title" not in page  # nothing measured yet, so no figures shown
    owner_client.post(f"/prep/mock/{session.pk}/reanalyze/", {"me": "Léa Dupont"})
    session.refresh_from_db()
    assert session.me == "Léa Dupont" and session.metrics["words"] == 9
    assert "Which one is you?" not in owner_client.get(f"/prep/mock/{session.pk}/").content.decode()


def test_only_the_interviewer_named_in_a_vtt_still_measures_the_candidate(owner):
    from rebond.method.tests.test_speakers import ONLY_INTERVIEWER_NAMED

    session = mocks.create_session(owner, title="Mock", text=ONLY_INTERVIEWER_NAMED)
    assert session.metrics["words"] == 30 and session.metrics["wpm"]


def test_a_recording_is_checked_by_its_content_not_its_declared_type(owner):
    session = make_session(owner)
    fake = SimpleUploadedFile("x.webm", b"<script>alert(1)</script>", content_type="audio/webm")
    with pytest.raises(mocks.UploadError):
        mocks.attach_recording(session, fake)
    session.refresh_from_db()
    assert not session.recording


def test_an_otter_export_with_numbered_speakers_asks_which_one_is_you(owner):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[4] / "tests/fixtures/transcripts/otter-unnamed.txt"
    session = mocks.create_session(owner, title="Mock", text=sample.read_text(encoding="utf-8"))
    assert [s["name"] for s in session.metrics["speakers"]] == ["Speaker 1", "Speaker 2"]
    assert session.metrics["words"] == 0 and "wpm" not in session.metrics  # asked, not measured
    assert any(w["code"] == "tool_lines" for w in session.warnings)


def test_what_the_reader_skipped_is_worded_in_the_readers_language(owner):
    from django.utils import translation

    broken = "WEBVTT\n\n00:01.000 --> 00:02.000\nQ: Bonjour\n\nxx --> yy\nperdu\n\nzz --> yy\nperdu"
    session = mocks.create_session(owner, title="Mock", text=broken)
    assert session.warnings == [{"code": "bad_timing", "count": 2, "where": [3, 4]}]
    with translation.override("fr"):
        assert session.warning_texts() == [
            "2 blocs au minutage illisible ont été ignorés (blocs 3, 4)."
        ]
    with translation.override("en"):
        assert session.warning_texts() == [
            "2 blocks with an unreadable timing were skipped (blocks 3, 4)."
        ]
    session.warnings = ["block 2: unreadable timing, skipped"]  # saved before repairs had codes
    assert session.warning_texts() == ["block 2: unreadable timing, skipped"]
