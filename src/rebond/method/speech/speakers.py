"""Who is who in a transcript (C7.4): which speaker is the candidate, or why it cannot be told.

A transcript names its speakers in many ways ("Q:", "<v Claire Martin>", "Recruteur :", "Moi :",
or not at all). The speech analysis measures only the candidate, so before it runs this module
decides, and says how it decided; when it cannot, it lists the speakers with a sample line so
that the person says which one is them (web page, or `--me NAME` on the command line).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from rebond.method import playbook
from rebond.method.errors import ServiceError
from rebond.method.speech.transcript import Transcript
from rebond.method.text.language import SUPPORTED, fold


@dataclass(frozen=True)
class Speaker:
    name: str
    cues: int
    sample: str  # the speaker's first line, cut


@dataclass(frozen=True)
class Attribution:
    """`me`: the candidate's speaker name, None for "every cue not the interviewer's"; how:
    "given", "interviewer_label", "me_label", "unnamed" (the cues with no name are the
    candidate's) or "monologue"."""

    interviewer: str | None
    me: str | None
    how: str


class SpeakersUnclear(ServiceError):
    """Two or more speakers, none recognisable: the person has to say which one is them."""

    def __init__(self, speakers: list[Speaker]) -> None:
        self.speakers = speakers
        listed = "; ".join(f"{s.name!r} ({s.cues} lines, e.g. «{s.sample}»)" for s in speakers)
        super().__init__(
            f"{len(speakers)} speakers and none is named like an interviewer or like you: "
            f"{listed}. Say which one is you."
        )


@cache
def _labels(kind: str) -> frozenset[str]:
    found: set[str] = set()
    for lang in SUPPORTED:
        table = playbook.section(lang, "speech_speakers")
        found.update(fold(word) for word in table.get(kind, []))
    return frozenset(found)


def _key(name: str) -> str:
    return " ".join(fold(name).split())


def speakers(transcript: Transcript) -> list[Speaker]:
    """The named speakers, most lines first, each with a sample of what they said."""
    counts = Counter(cue.speaker for cue in transcript.cues if cue.speaker)
    first: dict[str, str] = {}
    for cue in transcript.cues:
        if cue.speaker and cue.speaker not in first:
            text = " ".join(cue.text.split())
            first[cue.speaker] = text if len(text) <= 60 else text[:59] + "…"
    return [Speaker(name, count, first[name]) for name, count in counts.most_common()]


def attribute(
    transcript: Transcript, interviewer: str | None = None, me: str | None = None
) -> Attribution:
    """Decide who the candidate is; SpeakersUnclear when it cannot be told.

    >>> from rebond.method.speech.transcript import parse
    >>> attribute(parse("Recruteur : Pourquoi nous ?\\nLéa : Parce que j'aime la data.")).how
    'interviewer_label'
    >>> attribute(parse("Claire : Pourquoi nous ?\\nMoi : Parce que j'aime la data.")).me
    'Moi'
    """
    if me:
        return Attribution(None, me, "given")
    if interviewer:
        return Attribution(interviewer, None, "given")
    named = speakers(transcript)
    unnamed = any(not cue.speaker for cue in transcript.cues)
    asking = [s.name for s in named if _key(s.name) in _labels("interviewer")]
    mine = [s.name for s in named if _key(s.name) in _labels("me")]
    if mine:
        return Attribution(None, mine[0], "me_label")
    if asking:
        return Attribution(asking[0], None, "interviewer_label")
    if not named:
        return Attribution(None, None, "monologue")
    if len(named) == 1 and unnamed:
        # One named voice and unnamed cues: the named one asks, the unnamed lines answer.
        return Attribution(named[0].name, None, "unnamed")
    if len(named) == 1:
        return Attribution(None, named[0].name, "monologue")
    raise SpeakersUnclear(named)
