"""One mock interview saved by each tool people use, read with the right speakers, words and
answers (samples and their sources: tests/fixtures/transcripts/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rebond.method.speech.metrics import analyze
from rebond.method.speech.speakers import SpeakersUnclear, attribute
from rebond.method.speech.transcript import parse

LAYOUTS = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "transcripts"
NAMED = ("Claire Martin", "Léa Dubois")
NUMBERED = ("Speaker 1", "Speaker 2")
# The candidate's three answers: 19, 20 and 23 words (62), whatever the layout.
ANSWER_WORDS = [19, 20, 23]
# Text the tools add that nobody said.
NOT_SPEECH = ("Attendees", "Transcript", "otter.ai", "transcription", "computer generated", "1m 2s")


@pytest.mark.parametrize(
    ("name", "voices"),
    [
        ("google-meet.txt", NAMED),
        ("otter.txt", NAMED),
        ("otter-unnamed.txt", NUMBERED),
        ("zoom.vtt", NAMED),
        ("zoom-saved.txt", NAMED),
        ("teams.vtt", NAMED),
        ("teams-docx.txt", NAMED),
        ("rev.txt", NUMBERED),
        ("descript.txt", NAMED),
    ],
)
def test_each_tools_layout_reads_its_speakers_and_asks_which_one_is_you(name, voices):
    transcript = parse((LAYOUTS / name).read_text(encoding="utf-8-sig"))
    assert [cue.speaker for cue in transcript.cues] == list(voices) * 3
    assert not any(word in cue.text for cue in transcript.cues for word in NOT_SPEECH)
    # Two names Rebond cannot tell apart: the person is asked, never a silent zero.
    with pytest.raises(SpeakersUnclear) as unclear:
        attribute(transcript)
    assert [s.name for s in unclear.value.speakers] == list(voices)
    assert all(s.sample for s in unclear.value.speakers)
    who = attribute(transcript, me=voices[1])
    report = analyze(transcript, interviewer=who.interviewer or "", me=who.me)
    assert [a.words for a in report.answers] == ANSWER_WORDS and report.words == 62
    assert report.fillers.get("euh") == 1


def test_timed_layouts_give_a_pace():
    for name in ("zoom.vtt", "teams.vtt"):
        transcript = parse((LAYOUTS / name).read_text(encoding="utf-8-sig"))
        report = analyze(transcript, me="Léa Dubois")
        assert report.speech_seconds == 38.0 and report.wpm == 97.9, name


def test_pasted_french_dialogue_knows_who_is_who_without_asking():
    transcript = parse((LAYOUTS / "dialogue-fr.txt").read_text(encoding="utf-8"))
    assert [cue.speaker for cue in transcript.cues] == ["Recruteur", "Moi"] * 3
    who = attribute(transcript)
    assert (who.me, who.how) == ("Moi", "me_label")
    report = analyze(transcript, interviewer=who.interviewer or "", me=who.me)
    assert [a.words for a in report.answers] == ANSWER_WORDS


def test_the_tools_preamble_and_footer_are_reported_as_skipped():
    meet = parse((LAYOUTS / "google-meet.txt").read_text(encoding="utf-8-sig"))
    codes = {r.code: r.count for r in meet.warnings}
    assert codes.keys() == {"title_lines", "tool_lines"} and min(codes.values()) >= 1


@pytest.mark.parametrize(
    "text",
    [
        "[Claire Martin] 14:02:11\nPourquoi nous ?\n[Léa Dubois] 14:02:15\nPour le produit.",
        "14:02:11\t From  Claire Martin : Pourquoi nous ?\n"
        "14:02:15\t From  Léa Dubois : Pour le produit.",
        "Claire Martin (00:00:03):\nPourquoi nous ?\nLéa Dubois (00:00:09):\nPour le produit.",
    ],
)
def test_other_turn_headers_of_the_tools(text):
    assert [(c.speaker, c.text) for c in parse(text).cues] == [
        ("Claire Martin", "Pourquoi nous ?"),
        ("Léa Dubois", "Pour le produit."),
    ]


def test_from_in_an_answer_is_not_a_zoom_header():
    cues = parse("Q: Un exemple ?\nMoi: Oui.\nFrom scratch, j'ai tout refait.").cues
    assert [c.speaker for c in cues] == ["Q", "Moi"]
