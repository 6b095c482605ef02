"""Mock-interview metrics from a transcript: pace, fillers, answer lengths, silences (C7.4).

Only the candidate's speech is measured: every cue whose speaker is not the interviewer label
(compared case-insensitively). The report holds counts and times, never the user's sentences.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.prep.stories import phrase_pattern, star_structure
from rebond.method.speech.fillers import count_fillers
from rebond.method.speech.transcript import Cue, Transcript
from rebond.method.text.language import Lang, detect, fold, normalise_lang

_LANG_SAMPLE = 4000  # characters enough to tell French from English


@dataclass(frozen=True)
class SpeechChecks:
    """`[speech_checks]` of the playbook."""

    answer_ceiling_seconds: float
    long_silence_seconds: float
    first_answer_seconds: tuple[float, float]
    jargon: tuple[str, ...]
    negative: tuple[str, ...]


@dataclass(frozen=True)
class Answer:
    """A run of candidate cues after an interviewer cue; times None when untimed."""

    start: float | None
    end: float | None
    seconds: float | None
    words: int
    too_long: bool | None
    fillers: int = 0
    star: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class Silence:
    """A gap between two consecutive cues, and who spoke on each side."""

    start: float
    end: float
    seconds: float
    after_cue: int
    before_speaker: str | None
    after_speaker: str | None


@dataclass(frozen=True)
class SpeechReport:
    words: int
    speech_seconds: float | None
    wpm: float | None
    fillers: dict[str, int]
    filler_total: int
    fillers_per_minute: float | None
    answers: list[Answer]
    long_silences: list[Silence]
    lang: Lang
    interviewer_found: bool
    jargon: dict[str, int]
    negative_formulations: dict[str, int]
    first_answer_ok: bool | None

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready values; the first eight keys are the stable contract."""
        return {
            "words": self.words,
            "speech_seconds": self.speech_seconds,
            "wpm": self.wpm,
            "fillers": dict(self.fillers),
            "filler_total": self.filler_total,
            "fillers_per_minute": self.fillers_per_minute,
            "answers": [
                {
                    "start": a.start,
                    "end": a.end,
                    "seconds": a.seconds,
                    "words": a.words,
                    "too_long": a.too_long,
                    "fillers": a.fillers,
                    "star": dict(a.star),
                }
                for a in self.answers
            ],
            "long_silences": [
                {
                    "start": s.start,
                    "end": s.end,
                    "seconds": s.seconds,
                    "after_cue": s.after_cue,
                    "before_speaker": s.before_speaker,
                    "after_speaker": s.after_speaker,
                }
                for s in self.long_silences
            ],
            "lang": self.lang,
            "interviewer_found": self.interviewer_found,
            "jargon": dict(self.jargon),
            "negative_formulations": dict(self.negative_formulations),
            "first_answer_ok": self.first_answer_ok,
        }


@cache
def checks(lang: Lang) -> SpeechChecks:
    """Validated `[speech_checks]` for `lang`."""
    raw = playbook.section(lang, "speech_checks")
    try:
        low, high = (float(x) for x in raw["first_answer_seconds"])
        found = SpeechChecks(
            answer_ceiling_seconds=float(raw["answer_ceiling_seconds"]),
            long_silence_seconds=float(raw["long_silence_seconds"]),
            first_answer_seconds=(low, high),
            jargon=tuple(fold(x) for x in raw.get("jargon", [])),
            negative=tuple(fold(x) for x in raw.get("negative", [])),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise playbook.PlaybookError(f"[speech_checks] of {lang!r} is malformed: {exc}") from exc
    if not 0 < low <= high or found.long_silence_seconds <= 0:
        raise playbook.PlaybookError(f"[speech_checks] of {lang!r}: durations must be positive")
    return found


def count_words(text: str) -> int:
    """Whitespace-separated tokens that still hold a letter or digit once punctuation is gone.

    >>> count_words("J'ai peut-être 3 idées — voilà !")
    5
    """
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def analyze(
    transcript: Transcript,
    interviewer: str = "Q",
    lang: Lang | None = None,
    *,
    me: str | None = None,
) -> SpeechReport:
    """Measure the candidate's speech in a transcript.

    >>> from rebond.method.speech.transcript import parse
    >>> vtt = "WEBVTT\\n\\n00:00.000 --> 00:02.000\\n<v Q>Why us?\\n\\n"
    >>> vtt += "00:02.500 --> 00:06.500\\n<v Ana>Um, because I like data."
    >>> r = analyze(parse(vtt), lang="en")
    >>> r.words, r.speech_seconds, r.wpm, r.fillers
    (5, 4.0, 75.0, {'um': 1})
    """
    if me:  # the candidate is named: everyone else asks
        mine = me.strip().casefold()
        is_candidate = [(cue.speaker or "").strip().casefold() == mine for cue in transcript.cues]
    else:  # no interviewer label: a monologue, every cue is the candidate's
        label = interviewer.strip().casefold()
        is_candidate = [
            not label or (cue.speaker or "").strip().casefold() != label for cue in transcript.cues
        ]
    spoken = [cue for cue, mine in zip(transcript.cues, is_candidate, strict=True) if mine]
    if lang is None:
        sample = " ".join(cue.text for cue in spoken)[:_LANG_SAMPLE]
        lang = normalise_lang(detect(sample)) or "fr"
    rules = checks(lang)
    # Each cue is read once; answers and totals are sums over these per-cue figures.
    per_cue = [
        (count_fillers(cue.text, lang), count_words(cue.text)) if mine else (Counter(), 0)
        for cue, mine in zip(transcript.cues, is_candidate, strict=True)
    ]
    fillers: Counter[str] = Counter()
    for counted, _ in per_cue:
        fillers.update(counted)
    words = sum(count for _, count in per_cue)
    seconds = _speech_seconds(spoken) if transcript.timed else None
    answers = _answers(transcript.cues, is_candidate, per_cue, lang, rules)
    candidate_text = fold(" ".join(cue.text for cue in spoken))
    low, high = rules.first_answer_seconds
    first = answers[0].seconds if answers else None
    total = sum(fillers.values())
    return SpeechReport(
        words=words,
        speech_seconds=seconds,
        wpm=round(words * 60 / seconds, 1) if seconds else None,
        fillers=dict(fillers.most_common()),
        filler_total=total,
        fillers_per_minute=round(total * 60 / seconds, 1) if seconds else None,
        answers=answers,
        long_silences=_silences(transcript, rules) if transcript.timed else [],
        lang=lang,
        interviewer_found=not all(is_candidate),
        jargon=_phrase_counts(candidate_text, rules.jargon),
        negative_formulations=_phrase_counts(candidate_text, rules.negative),
        first_answer_ok=None if first is None else low <= first <= high,
    )


def _speech_seconds(cues: list[Cue]) -> float:
    """Total time covered by the cues; overlapping cues are counted once."""
    total, reach = 0.0, float("-inf")
    for cue in sorted(cues, key=lambda c: c.start or 0.0):
        start, end = cue.start or 0.0, cue.end or 0.0
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return round(total, 3)


def _answers(
    cues: list[Cue],
    is_candidate: list[bool],
    per_cue: list[tuple[Counter[str], int]],
    lang: Lang,
    rules: SpeechChecks,
) -> list[Answer]:
    """Runs of candidate cues that follow an interviewer cue (the whole speech if none does)."""
    runs: list[list[int]] = []
    asked = all(is_candidate)  # a monologue is one answer
    for index, mine in enumerate(is_candidate):
        if not mine:
            asked = True
            if runs and runs[-1]:
                runs.append([])
        elif asked:
            if not runs:
                runs.append([])
            runs[-1].append(index)
    return [_answer(run, cues, per_cue, lang, rules) for run in runs if run]


def _answer(
    run: list[int],
    cues: list[Cue],
    per_cue: list[tuple[Counter[str], int]],
    lang: Lang,
    rules: SpeechChecks,
) -> Answer:
    start = cues[run[0]].start
    ends = [end for i in run if (end := cues[i].end) is not None]
    end = max(ends) if ends else None
    seconds = round(end - start, 3) if start is not None and end is not None else None
    return Answer(
        start=start,
        end=end,
        seconds=seconds,
        words=sum(per_cue[i][1] for i in run),
        too_long=None if seconds is None else seconds > rules.answer_ceiling_seconds,
        fillers=sum(sum(per_cue[i][0].values()) for i in run),
        star=star_structure(" ".join(cues[i].text for i in run), lang),
    )


def _silences(transcript: Transcript, rules: SpeechChecks) -> list[Silence]:
    found: list[Silence] = []
    reach: float | None = None
    previous: Cue | None = None
    previous_index = -1
    for index, cue in enumerate(transcript.cues):
        if cue.start is None or cue.end is None:
            continue
        if reach is not None and previous is not None:
            gap = cue.start - reach
            if gap > rules.long_silence_seconds:
                found.append(
                    Silence(
                        reach,
                        cue.start,
                        round(gap, 3),
                        previous_index,
                        previous.speaker,
                        cue.speaker,
                    )
                )
        reach = cue.end if reach is None else max(reach, cue.end)
        previous, previous_index = cue, index
    return found


def _phrase_counts(folded_text: str, phrases: tuple[str, ...]) -> dict[str, int]:
    counts = Counter(m.group(0) for m in phrase_pattern(phrases).finditer(folded_text))
    return {phrase: counts[phrase] for phrase in phrases if counts[phrase]}
