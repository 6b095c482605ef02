"""Speech-to-text for a stored recording, only where a local model is already installed.

Rebond never downloads a model at run time: transcription runs when the `faster_whisper`
package is importable AND a converted model folder exists at `<data dir>/models/whisper`
(see docs/prep.md). Otherwise the recording is kept and the page says why it was not
transcribed; the person can still paste the transcript their video-call tool produced.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from rebond.method.speech.transcript import Cue, to_webvtt


@dataclass(frozen=True)
class Status:
    available: bool
    message: str


def model_dir() -> Path:
    return Path(settings.DATA_DIR) / "models" / "whisper"


def status() -> Status:
    if importlib.util.find_spec("faster_whisper") is None:
        return Status(
            False,
            _(
                "Audio transcription is off: no local speech model is installed. "
                "The recording is kept; paste or upload the transcript your video-call tool made."
            ),
        )
    if not (model_dir() / "model.bin").is_file():
        return Status(
            False,
            _("Audio transcription is off: no speech model found in %(folder)s.")
            % {"folder": model_dir()},
        )
    return Status(True, _("A local speech model is installed: recordings can be transcribed."))


def transcribe(path: Path, language: str | None = None) -> str:
    """The recording as WebVTT (one speaker: the model does not tell voices apart)."""
    if not status().available:
        raise RuntimeError("no local speech model")
    from faster_whisper import WhisperModel

    model = WhisperModel(str(model_dir()), device="cpu", compute_type="int8", local_files_only=True)
    segments, _info = model.transcribe(str(path), language=language, vad_filter=True)
    cues = [Cue(s.start, s.end, None, s.text.strip()) for s in segments if s.text.strip()]
    return to_webvtt(cues)
