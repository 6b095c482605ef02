"""Who is the candidate in a transcript: labels, unnamed cues, or the person is asked."""

from __future__ import annotations

import pytest

from rebond.method.speech.metrics import analyze
from rebond.method.speech.speakers import SpeakersUnclear, attribute
from rebond.method.speech.transcript import parse

ONLY_INTERVIEWER_NAMED = """WEBVTT

00:00:01.000 --> 00:00:04.000
Q: Pouvez-vous vous présenter en quelques mots ?

00:00:04.500 --> 00:00:15.000
Oui. Je suis contrôleuse de gestion depuis six ans, euh, dans l'industrie.

00:00:15.500 --> 00:00:25.000
J'ai piloté le budget d'une usine de quatre cents personnes.

00:00:26.000 --> 00:00:29.000
Q: Pourquoi notre entreprise ?

00:00:29.500 --> 00:00:40.000
Parce que votre projet de transformation me parle.
"""


def test_unnamed_cues_between_named_interviewer_cues_are_the_candidate() -> None:
    transcript = parse(ONLY_INTERVIEWER_NAMED)
    who = attribute(transcript)
    assert (who.interviewer, who.how) == ("Q", "interviewer_label")
    report = analyze(transcript, interviewer=who.interviewer or "", me=who.me)
    assert report.words == 30 and len(report.answers) == 2 and report.wpm


def test_a_single_named_voice_with_unnamed_lines_is_the_one_asking() -> None:
    vtt = ONLY_INTERVIEWER_NAMED.replace("Q: ", "Claire Martin: ")
    who = attribute(parse(vtt))
    assert (who.interviewer, who.how) == ("Claire Martin", "unnamed")


@pytest.mark.parametrize(
    ("text", "me", "interviewer"),
    [
        ("Recruteur : Pourquoi nous ?\nLéa : Parce que j'aime la data.", None, "Recruteur"),
        ("Claire : Pourquoi nous ?\nMoi : Parce que j'aime la data.", "Moi", None),
        ("Interviewer: Why us?\nSam: Because I like data.", None, "Interviewer"),
    ],
)
def test_it_recognises_the_usual_speaker_names(text, me, interviewer) -> None:
    who = attribute(parse(text))
    assert (who.me, who.interviewer) == (me, interviewer)


def test_two_unrecognised_speakers_are_listed_with_a_sample_for_the_person_to_choose() -> None:
    text = (
        "Claire Martin : Pourquoi nous ?\nLéa Dupont : Parce que j'aime la data.\n"
        "Claire Martin : Et ensuite ?\nLéa Dupont : Je veux progresser."
    )
    with pytest.raises(SpeakersUnclear) as caught:
        attribute(parse(text))
    assert [(s.name, s.sample) for s in caught.value.speakers] == [
        ("Claire Martin", "Pourquoi nous ?"),
        ("Léa Dupont", "Parce que j'aime la data."),
    ]
    chosen = attribute(parse(text), me="Léa Dupont")
    assert analyze(parse(text), me=chosen.me).words == 8
