"""Read an interview transcript: WebVTT or SRT from a video-call tool, or pasted text (C7.4).

Exports are often slightly broken (byte-order mark, Windows line ends, "00:01.500" without
hours, cue numbers, overlapping or reversed times, a cue mangled by hand). The `webvtt-py` and
`srt` libraries read clean files; when they refuse a file or silently drop part of it, a
tolerant block reader takes over, skips what it cannot read and says so in `warnings`: each a
`Repair` with a code, a count and where it happened, worded by the face in the reader's own
language. Nothing here raises on bad input, and no user text is ever logged.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Literal

Format = Literal["vtt", "srt", "text"]


@dataclass(frozen=True)
class Cue:
    """One stretch of speech; times in seconds from the start, None when the text is untimed."""

    start: float | None
    end: float | None
    speaker: str | None
    text: str


RepairCode = Literal[
    "no_header", "no_timing", "bad_timing", "reversed", "reordered", "tool_lines", "title_lines"
]


@dataclass(frozen=True)
class Repair:
    """What was skipped or repaired in a file: a code, how many times, and where (block or cue
    numbers, when the file has them); the face words it in the reader's language."""

    code: RepairCode
    count: int = 1
    where: tuple[int, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "count": self.count, "where": list(self.where)}


def _repairs(found: list[tuple[RepairCode, int | None]]) -> list[Repair]:
    """One `Repair` per code, in the order first met, counting its places.

    >>> _repairs([("bad_timing", 3), ("reordered", None), ("bad_timing", 7)])
    [Repair(code='bad_timing', count=2, where=(3, 7)), Repair(code='reordered', count=1, where=())]
    """
    places: dict[RepairCode, list[int]] = {}
    counts: Counter[RepairCode] = Counter()
    for code, at in found:
        counts[code] += 1
        places.setdefault(code, [])
        if at is not None:
            places[code].append(at)
    return [Repair(code, counts[code], tuple(where)) for code, where in places.items()]


@dataclass(frozen=True)
class Transcript:
    """Cues sorted by start time; `warnings` name what was skipped or repaired."""

    cues: list[Cue]
    warnings: list[Repair] = field(default_factory=list)
    timed: bool = True
    source_format: Format = "text"


_TIMESTAMP = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIMESTAMP}\s*-->\s*{_TIMESTAMP}(?:\s.*)?$")
_ARROW = re.compile(r"-->")
_SHORT_FRACTION = re.compile(
    r"\d:\d{1,2}[,.]\d{1,2}(?!\d)[^\n]*-->|-->[^\n]*\d:\d{1,2}[,.]\d{1,2}(?!\d)"
)
_TAG = re.compile(r"</?[^<>]*>")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>")
# "Alice:", "Claire Martin :", "- Q:" — a short name before a colon opens a speaker turn.
_PREFIX = re.compile(r"^\s*(?:[-–*•]\s*)?\**([^\W\d_][\w.'’ -]{0,38}?)\**\s*[:：]\s*(.*)$", re.S)
_NOISE = re.compile(r"\[[^\]]{0,40}\]")  # "[Music]", "[inaudible]": not speech
_MAX_NAME_WORDS = 4
# Pasted text sometimes carries times ("[00:12:05] Ana: …", "Ana  12:05"); without end times
# they cannot give durations, so they are dropped rather than read as words.
_LEADING_TIME = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s*[-–—]?\s*")
_SPEAKER_HEADER = re.compile(r"^([^\W\d_][\w.'’ -]{0,38}?)\s+\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")
# Other turn headers of the tools' text exports, each giving the speaker and maybe the text:
# "Speaker 1 (00:00:03):" (Rev), "Léa Dubois (00:03): text" (Descript), "[Léa Dubois] 14:02:11"
# (Zoom's saved transcript), "14:02:11 From Léa Dubois to Everyone:" (Zoom's saved chat; its
# time is already dropped by _LEADING_TIME), "From  Léa Dubois : text" (its older form).
_TURN_HEADERS = (
    re.compile(
        r"^([^\W\d_][\w.'’ -]{0,38}?)\s*\(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)\s*:\s*(.*)$"
    ),
    re.compile(r"^\[([^\W\d_][\w.'’ -]{0,38}?)\]\s*\d{1,2}:\d{2}(?::\d{2})?\s*(.*)$"),
    re.compile(r"^From\s+([^\W\d_][\w.'’ -]{0,38}?)(?:\s+to\s+[^:]{1,60}?)?\s*:\s*(.*)$"),
)
# Lines a transcription tool adds that nobody said: Otter's and Meet's footers, Meet's end of
# meeting, Teams' "X started transcription" (English and French interfaces).
_TOOL_LINE = re.compile(
    r"^(?:transcribed by https?://otter\.ai"
    r"|this editable transcript was computer generated"
    r"|cette transcription modifiable a été générée"
    r"|meeting ended after\b|la réunion s'est terminée"
    r"|.{1,60}\s(?:started|stopped) transcription\b"
    r"|.{1,60}\sa (?:démarré|arrêté) la transcription\b)",
    re.IGNORECASE,
)
# Google Meet's transcript document opens with its title, "Attendees" and their names, then
# "Transcript": none of it is speech.
_MEET_MARKERS = ({"attendees", "participants"}, {"transcript", "transcription"})


def parse(text: str, fmt: Format | None = None) -> Transcript:
    """Parse a transcript; the format is guessed unless given.

    >>> t = parse("WEBVTT\\n\\n00:01.000 --> 00:03.500\\n<v Q>Parlez-moi de vous.")
    >>> t.cues[0], t.timed
    (Cue(start=1.0, end=3.5, speaker='Q', text='Parlez-moi de vous.'), True)
    >>> parse("Q: Why us?\\nAlex: Because.").cues[1].speaker
    'Alex'
    """
    source = _normalise(text)
    fmt = fmt or guess_format(source)
    if fmt == "text":
        return _with_speakers(_parse_pasted(source), "text")
    library = _parse_vtt_library(source) if fmt == "vtt" else _parse_srt_library(source)
    if library is not None:
        cues, warnings = library, list[tuple[RepairCode, int | None]]()
    else:
        cues, warnings = _parse_blocks(source, fmt)
    return _with_speakers(_finish_timed(cues, warnings), fmt)


def guess_format(text: str) -> Format:
    """ "vtt", "srt" or "text", from the header and the timing lines.

    >>> guess_format("1\\n00:00:01,000 --> 00:00:02,000\\nHi"), guess_format("Q: Hi")
    ('srt', 'text')
    """
    head = _normalise(text).lstrip()
    if head.startswith("WEBVTT"):
        return "vtt"
    for line in head.split("\n"):
        match = _TIMING.match(line)
        if match:
            return "srt" if "," in line.split("-->")[0] else "vtt"
    return "text"


def _normalise(text: str) -> str:
    return text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")


def _seconds(hours: str | None, minutes: str, secs: str, fraction: str | None) -> float | None:
    if int(minutes) > 59 or int(secs) > 59:
        return None
    millis = int((fraction or "0").ljust(3, "0")[:3])
    return round(int(hours or 0) * 3600 + int(minutes) * 60 + int(secs) + millis / 1000, 3)


def _timing(line: str) -> tuple[float, float] | None:
    match = _TIMING.match(line)
    if not match:
        return None
    groups = match.groups()
    start, end = _seconds(*groups[:4]), _seconds(*groups[4:])
    return None if start is None or end is None else (start, end)


def _clean(payload: str) -> str:
    text = html.unescape(_TAG.sub("", payload))
    text = _NOISE.sub(" ", text)
    return " ".join(text.split())


def _voice(payload: str) -> str | None:
    match = _VOICE.search(payload)
    return " ".join(match.group(1).split()) if match else None


def _parse_vtt_library(source: str) -> list[tuple[float, float, str | None, str]] | None:
    """webvtt-py for clean files; None when it fails or drops a cue, so the tolerant reader runs."""
    import webvtt

    try:
        captions: list[Any] = list(webvtt.from_string(source).captions)
    except Exception:  # the library raises several error types on malformed files
        return None
    expected = sum(1 for line in source.split("\n") if _ARROW.search(line))
    if len(captions) != expected:
        return None
    cues = []
    for caption in captions:
        times = _timing(f"{caption.start} --> {caption.end}")
        if times is None:
            return None
        payload = "\n".join(caption.lines)
        cues.append((times[0], times[1], _voice(payload), _clean(payload)))
    return cues


def _parse_srt_library(source: str) -> list[tuple[float, float, str | None, str]] | None:
    """The `srt` library for clean files; None when it fails or swallows a broken cue."""
    import srt

    # srt reads ",5" as 5 ms where WebVTT and people read half a second: let the tolerant
    # reader handle short fractions.
    if _SHORT_FRACTION.search(source):
        return None
    try:
        subtitles = list(srt.parse(source))
    except Exception:  # srt.SRTParseError and friends on malformed input
        return None
    cues = []
    for subtitle in subtitles:
        if _ARROW.search(subtitle.content):  # a malformed cue absorbed into the previous one
            return None
        start = round(subtitle.start.total_seconds(), 3)
        end = round(subtitle.end.total_seconds(), 3)
        cues.append((start, end, _voice(subtitle.content), _clean(subtitle.content)))
    return cues


def _parse_blocks(
    source: str, fmt: Format
) -> tuple[list[tuple[float, float, str | None, str]], list[tuple[RepairCode, int | None]]]:
    """Tolerant reader shared by WebVTT and SRT: one blank-line-separated block per cue."""
    warnings: list[tuple[RepairCode, int | None]] = []
    if fmt == "vtt" and not source.lstrip().startswith("WEBVTT"):
        warnings.append(("no_header", None))
    cues = []
    blocks = re.split(r"\n[ \t]*\n", source.strip())
    for number, block in enumerate(blocks, start=1):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines or lines[0].startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
            continue
        timing_at = next((i for i, line in enumerate(lines[:3]) if _ARROW.search(line)), None)
        if timing_at is None:
            warnings.append(("no_timing", number))
            continue
        times = _timing(lines[timing_at])
        if times is None:
            warnings.append(("bad_timing", number))
            continue
        payload = "\n".join(lines[timing_at + 1 :])
        cues.append((times[0], times[1], _voice(payload), _clean(payload)))
    return cues, warnings


def _finish_timed(
    raw: list[tuple[float, float, str | None, str]], warnings: list[tuple[RepairCode, int | None]]
) -> Transcript:
    cues = []
    for index, (start, end, speaker, text) in enumerate(raw, start=1):
        if not text:
            continue
        if end < start:
            warnings.append(("reversed", index))
            end = start
        cues.append(Cue(start, end, speaker, text))
    ordered = sorted(cues, key=lambda cue: cue.start or 0.0)  # stable: ties keep file order
    if ordered != cues:
        warnings.append(("reordered", None))
    return Transcript(ordered, _repairs(warnings), timed=True)


def _parse_pasted(source: str) -> Transcript:
    cues: list[Cue] = []
    warnings: list[Repair] = []
    headers = tool_lines = 0
    for line in source.split("\n"):
        text = _LEADING_TIME.sub("", line.strip())
        if not text:
            continue
        if _TOOL_LINE.match(text):
            tool_lines += 1
            continue
        turn = _turn_header(text, timed=text != line.strip())
        if turn is not None:  # "Alice  0:03", "Speaker 1 (00:03):", "[Alice] 14:02:11"…
            headers += 1
            cues.append(Cue(None, None, *turn))
            continue
        name, rest = _split_prefix(text)
        if name is not None:
            cues.append(Cue(None, None, name, rest))
        elif cues and cues[-1].speaker is not None:
            last = cues[-1]
            cues[-1] = replace(last, text=f"{last.text} {text}".strip())
        else:
            cues.append(Cue(None, None, None, text))
    if tool_lines:
        warnings.append(Repair("tool_lines", tool_lines))
    if headers >= 2 or _meet_layout(source):
        # A tool's layout: what stands before the first turn is its title, date, attendees.
        first = next((i for i, cue in enumerate(cues) if cue.speaker is not None), 0)
        if first:
            warnings.append(Repair("title_lines", first))
            cues = cues[first:]
    return Transcript([replace(c, text=_clean(c.text)) for c in cues], warnings, timed=False)


def _turn_header(text: str, timed: bool) -> tuple[str, str] | None:
    """(speaker, text on the same line) when a line opens a turn in a tool's layout; Zoom's
    "From Name to Everyone:" only after a time ("From my experience: …" is an answer)."""
    header = _SPEAKER_HEADER.match(text)
    if header:
        return " ".join(header.group(1).split()), ""
    for pattern in _TURN_HEADERS if timed else _TURN_HEADERS[:2]:
        found = pattern.match(text)
        if found and len(found.group(1).split()) <= _MAX_NAME_WORDS:
            return " ".join(found.group(1).split()), found.group(2).strip()
    return None


def _meet_layout(source: str) -> bool:
    """Whether the text opens as Google Meet's transcript document does."""
    head = [" ".join(line.split()).casefold() for line in source.split("\n")[:12]]
    return all(any(line in markers for line in head) for markers in _MEET_MARKERS)


def _split_prefix(text: str) -> tuple[str | None, str]:
    match = _PREFIX.match(text)
    if not match:
        return None, text
    name = " ".join(match.group(1).split())
    if len(name.split()) > _MAX_NAME_WORDS or "://" in text[: len(name) + 4]:
        return None, text
    return name, match.group(2).strip()


def _with_speakers(transcript: Transcript, fmt: Format) -> Transcript:
    """Take speakers from "Name:" prefixes, then let unnamed cues continue the last speaker.

    In pasted text, once two speakers recur, a prefix seen only once is more likely
    "Résultat : …" inside an answer than a third speaker, so it stays in the text. Voice tags
    and the prefixes of timed cues are always trusted.

    When a timed transcript names one speaker only ("Q: …" on the interviewer's cues), its
    unnamed cues are the other person, not a continuation: they stay unnamed, so the speech
    analysis reads them as the candidate's.
    """
    split = [
        (cue, *(_split_prefix(cue.text) if cue.speaker is None else (None, cue.text)))
        for cue in transcript.cues
    ]
    names = Counter(name for _, name, _ in split if name)
    names.update(cue.speaker for cue in transcript.cues if cue.speaker)
    lone_is_text = sum(1 for count in names.values() if count >= 2) >= 2
    one_voice = fmt != "text" and len(names) == 1
    cues: list[Cue] = []
    for cue, name, rest in split:
        if name and not (fmt == "text" and lone_is_text and names[name] < 2):
            cue = replace(cue, speaker=name, text=_clean(rest))
        elif fmt == "text" and cue.speaker and names[cue.speaker] < 2 and lone_is_text:
            line = f"{cue.speaker}: {cue.text}"
            if cues:  # pasted text: the line belongs to the turn above
                cues[-1] = replace(cues[-1], text=f"{cues[-1].text} {line}")
                continue
            cue = replace(cue, speaker=None, text=line)
        if cue.speaker is None and cues and cues[-1].speaker is not None and not one_voice:
            cue = replace(cue, speaker=cues[-1].speaker)
        if cue.text:
            cues.append(cue)
    return Transcript(cues, transcript.warnings, transcript.timed, fmt)


def to_webvtt(cues: list[Cue]) -> str:
    """Render timed cues as WebVTT with `<v>` voice tags (the inverse of `parse`)."""
    blocks = ["WEBVTT"]
    for cue in cues:
        voice = f"<v {cue.speaker}>" if cue.speaker else ""
        timing = f"{_stamp(cue.start or 0.0, '.')} --> {_stamp(cue.end or 0.0, '.')}"
        blocks.append(f"{timing}\n{voice}{cue.text}")
    return "\n\n".join(blocks) + "\n"


def to_srt(cues: list[Cue]) -> str:
    """Render timed cues as SRT with "Name: " prefixes."""
    blocks = []
    for number, cue in enumerate(cues, start=1):
        prefix = f"{cue.speaker}: " if cue.speaker else ""
        timing = f"{_stamp(cue.start or 0.0, ',')} --> {_stamp(cue.end or 0.0, ',')}"
        blocks.append(f"{number}\n{timing}\n{prefix}{cue.text}")
    return "\n\n".join(blocks) + "\n"


def _stamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"
