"""Render the hand-written transcripts of bench/data/transcripts/source/ into real exports.

Each source file is written by hand: one cue a line ("start end Speaker | text"), with every
FILLER use wrapped in braces ("{euh}") and every non-filler use of the same words left bare.
This script renders it as WebVTT (<v> tags or "Name:" prefixes), SRT or pasted text, with the
quirks the header asks for (BOM, CRLF, times without hours, cue numbers, NOTE blocks, a
mangled cue), and writes the expected figures beside it in a sidecar JSON. The figures are
derived from the hand labels and the cue times, never from rebond's code.

    .venv/bin/python bench/transcript_build_data.py
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent / "data" / "transcripts"
SOURCE = HERE / "source"
SILENCE = 3.0  # the playbook's long-silence threshold, restated here on purpose
MARK = re.compile(r"\{([^}]+)\}")


def fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def read(path: Path) -> tuple[dict[str, str], list[dict[str, object]]]:
    meta: dict[str, str] = {}
    cues: list[dict[str, object]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not line.strip():
            continue
        head, _, text = line.partition("|")
        parts = head.split()
        malformed = parts[0] == "!malformed"
        if malformed:
            parts = parts[1:]
        if parts[0] == "-":
            start = end = None
            speaker = " ".join(parts[1:])
        else:
            start, end = float(parts[0]), float(parts[1])
            speaker = " ".join(parts[2:])
        cues.append(
            {
                "start": start,
                "end": end,
                "speaker": speaker,
                "text": text.strip(),
                "malformed": malformed,
            }
        )
    return meta, cues


def stamp(seconds: float, sep: str, hours: bool) -> str:
    millis = round(seconds * 1000)
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    core = f"{m:02d}:{s:02d}{sep}{ms:03d}"
    return f"{h:02d}:{core}" if hours else core


def render(meta: dict[str, str], cues: list[dict[str, object]]) -> str:
    fmt, quirks = meta["format"], meta.get("quirks", "").split()
    clean = [{**c, "text": MARK.sub(r"\1", str(c["text"]))} for c in cues]
    hours = "no_hours" not in quirks
    blocks: list[str] = []
    if fmt == "text":
        colon = " : " if meta["lang"] == "fr" else ": "
        body = "\n".join(f"{c['speaker']}{colon}{c['text']}" for c in clean)
    else:
        sep = "," if fmt == "srt" else "."
        if fmt != "srt":
            blocks.append("WEBVTT")
        if "notes" in quirks:
            blocks.append("NOTE exported by a video-call tool")
        for number, c in enumerate(clean, start=1):
            start, end = float(str(c["start"])), float(str(c["end"]))
            timing = f"{stamp(start, sep, hours)} --> {stamp(end, sep, hours)}"
            if c["malformed"]:
                timing = f"{stamp(start, sep, hours)} --> 00:00:xx{sep}000"
            if fmt == "vtt-voice":
                payload = f"<v {c['speaker']}>{c['text']}</v>"
            else:
                payload = f"{c['speaker']}: {c['text']}"
            ident = f"{number}\n" if fmt == "srt" or "identifiers" in quirks else ""
            blocks.append(f"{ident}{timing}\n{payload}")
        body = "\n\n".join(blocks)
    body += "\n"
    if "crlf" in quirks:
        body = body.replace("\n", "\r\n")
    if "bom" in quirks:
        body = "\ufeff" + body
    return body


def expected(meta: dict[str, str], cues: list[dict[str, object]]) -> dict[str, object]:
    interviewer = meta["interviewer"].casefold()
    kept = [c for c in cues if not c["malformed"]]
    mine = [c for c in kept if str(c["speaker"]).casefold() != interviewer]
    fillers: Counter[str] = Counter()
    words = 0
    for c in mine:
        fillers.update(fold(m) for m in MARK.findall(str(c["text"])))
        plain = MARK.sub(r"\1", str(c["text"]))
        words += sum(1 for t in plain.split() if any(ch.isalnum() for ch in t))
    timed = meta["format"] != "text"
    answers: list[dict[str, object]] = []
    current: list[dict[str, object]] | None = None
    for c in kept:
        if str(c["speaker"]).casefold() == interviewer:
            current = None
            continue
        if current is None:
            current = []
            answers.append({"cues": current})
        current.append(c)
    result: dict[str, object] = {
        "lang": meta["lang"],
        "interviewer": meta["interviewer"],
        "split": meta["split"],
        "timed": timed,
        "words": words,
        "fillers": dict(fillers),
        "filler_total": sum(fillers.values()),
        "skipped_cues": sum(1 for c in cues if c["malformed"]),
    }
    if timed:
        seconds = sum(float(str(c["end"])) - float(str(c["start"])) for c in mine)
        result["speech_seconds"] = round(seconds, 3)
        result["wpm"] = round(words / seconds * 60, 2)
        result["answers"] = [
            {
                "start": float(str(a["cues"][0]["start"])),  # type: ignore[index]
                "end": float(str(a["cues"][-1]["end"])),  # type: ignore[index]
            }
            for a in answers
        ]
        silences, reach = [], None
        for c in sorted(kept, key=lambda c: float(str(c["start"]))):
            start, end = float(str(c["start"])), float(str(c["end"]))
            if reach is not None and start - reach > SILENCE:
                silences.append({"start": reach, "end": start})
            reach = end if reach is None else max(reach, end)
        result["long_silences"] = silences
    else:
        result["answers"] = [{"start": None, "end": None} for _ in answers]
    return result


def main() -> None:
    extensions = {"vtt-voice": "vtt", "vtt-prefix": "vtt", "srt": "srt", "text": "txt"}
    for path in sorted(SOURCE.glob("*.txt")):
        meta, cues = read(path)
        out = HERE / f"{path.stem}.{extensions[meta['format']]}"
        out.write_bytes(render(meta, cues).encode("utf-8"))
        sidecar = HERE / f"{path.stem}.expected.json"
        payload = json.dumps(expected(meta, cues), ensure_ascii=False, indent=2)
        sidecar.write_text(payload + "\n", encoding="utf-8")
        print(f"{out.name}: {len(cues)} cues")


if __name__ == "__main__":
    main()
