"""Transcript parsing: WebVTT, SRT and pasted text, clean and broken (C7.4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rebond.method.speech.transcript import Cue, guess_format, parse, to_srt, to_webvtt

VTT_VOICE = """WEBVTT

1
00:00:01.000 --> 00:00:03.500
<v Claire Martin>Bonjour, présentez-vous.</v>

2
00:00:04.000 --> 00:00:09.000
<v.loud Julien><i>Euh</i>, je suis analyste &amp; développeur.
"""


@pytest.mark.parametrize(
    ("text", "expected_format", "expected_cues"),
    [
        (
            VTT_VOICE,
            "vtt",
            [
                Cue(1.0, 3.5, "Claire Martin", "Bonjour, présentez-vous."),
                Cue(4.0, 9.0, "Julien", "Euh, je suis analyste & développeur."),
            ],
        ),
        (
            "\ufeffWEBVTT\r\n\r\n00:01.500 --> 00:04.000\r\nAlice: hello\r\n\r\n"
            "00:04.500 --> 00:06.000\r\nBob: hi there\r\n",
            "vtt",
            [Cue(1.5, 4.0, "Alice", "hello"), Cue(4.5, 6.0, "Bob", "hi there")],
        ),
        (
            "1\n00:00:01,500 --> 00:00:04,000\nQ: Why us?\n\n"
            "2\n00:00:05,000 --> 00:00:07,250\nAna: Because of the product.\n",
            "srt",
            [Cue(1.5, 4.0, "Q", "Why us?"), Cue(5.0, 7.25, "Ana", "Because of the product.")],
        ),
        (
            "Q: Parlez-moi de vous.\nAlex : Je suis développeur.\nJ'aime le code.\n",
            "text",
            [
                Cue(None, None, "Q", "Parlez-moi de vous."),
                Cue(None, None, "Alex", "Je suis développeur. J'aime le code."),
            ],
        ),
    ],
)
def test_it_reads_each_format(text: str, expected_format: str, expected_cues: list[Cue]) -> None:
    transcript = parse(text)
    assert transcript.source_format == expected_format
    assert transcript.cues == expected_cues
    assert transcript.warnings == []
    assert transcript.timed is (expected_format != "text")


@pytest.mark.parametrize(
    ("text", "texts", "repairs"),
    [
        (  # a mangled timing line between two good cues
            "WEBVTT\n\n00:01.000 --> 00:02.000\nun\n\nxx --> yy\ncassé\n\n"
            "00:03.000 --> 00:04.000\ndeux\n",
            ["un", "deux"],
            [("bad_timing", 1, (3,))],
        ),
        (  # no header at all
            "00:01.000 --> 00:02.000\nhello\n",
            ["hello"],
            [("no_header", 1, ())],
        ),
        (  # SRT whose second cue lost its timing: srt would glue it to the first
            "1\n00:00:01,000 --> 00:00:02,000\nfirst\n\n2\n00:00 --> x\nlost\n\n"
            "3\n00:00:05,000 --> 00:00:06,000\nthird\n",
            ["first", "third"],
            [("bad_timing", 1, (2,))],
        ),
        (  # end before start, and cues out of order
            "WEBVTT\n\n00:05.000 --> 00:04.000\nlate\n\n00:01.000 --> 00:02.000\nearly\n",
            ["early", "late"],
            [("reversed", 1, (1,)), ("reordered", 1, ())],
        ),
    ],
)
def test_it_skips_or_repairs_broken_cues_with_warnings(
    text: str, texts: list[str], repairs: list[tuple[str, int, tuple[int, ...]]]
) -> None:
    transcript = parse(text)
    assert [cue.text for cue in transcript.cues] == texts
    assert [(r.code, r.count, r.where) for r in transcript.warnings] == repairs


def test_repeated_repairs_are_counted_once_with_their_places() -> None:
    broken = "".join(f"\n\nxx --> yy\nlost {n}" for n in range(3))
    transcript = parse("WEBVTT\n\n00:01.000 --> 00:02.000\nkept" + broken)
    assert [(r.code, r.count, r.where) for r in transcript.warnings] == [
        ("bad_timing", 3, (3, 4, 5))
    ]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("1\n00:00:01,5 --> 00:00:03,25\nshort\n", (1.5, 3.25)),  # srt alone would say 1.005
        ("WEBVTT\n\n00:01.5 --> 00:03.25\nshort\n", (1.5, 3.25)),
        ("WEBVTT\n\n1:02:03.004 --> 1:02:04.000\nlong\n", (3723.004, 3724.0)),
    ],
)
def test_it_reads_fractions_as_decimals(text: str, times: tuple[float, float]) -> None:
    (cue,) = parse(text).cues
    assert (cue.start, cue.end) == times


@pytest.mark.parametrize(
    "text",
    [
        "[00:00:05] Q: Why us?\n[00:00:09] Ana: Because of the product.",
        "Q  0:05\nWhy us?\nAna  0:09\nBecause of the product.",
        "00:05 - Q: Why us?\n00:09 - Ana: Because of the product.",
    ],
)
def test_it_drops_times_from_pasted_text(text: str) -> None:
    assert [(c.speaker, c.text) for c in parse(text).cues] == [
        ("Q", "Why us?"),
        ("Ana", "Because of the product."),
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A one-off "Résultat :" inside an answer is text once two speakers recur.
        (
            "Q: Un exemple ?\nAna: Oui.\nRésultat : 30 % de plus.\nQ: Et ensuite ?\nAna: Voilà.",
            ["Q", "Ana", "Q", "Ana"],
        ),
        # Unnamed cues continue the last named speaker (Zoom splits long turns).
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Q>Go on.\n\n"
            "00:02.500 --> 00:04.000\n<v Ana>First part\n\n00:04.000 --> 00:05.000\nsecond part\n",
            ["Q", "Ana", "Ana"],
        ),
    ],
)
def test_it_attributes_speakers(text: str, speakers: list[str]) -> None:
    assert [cue.speaker for cue in parse(text).cues] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WEBVTT\n\n00:01.000 --> 00:02.000\nhi", "vtt"),
        ("1\n00:00:01,000 --> 00:00:02,000\nhi", "srt"),
        ("00:01.000 --> 00:02.000\nhi", "vtt"),
        ("Q: hi\nA: hello", "text"),
        ("", "text"),
    ],
)
def test_it_guesses_the_format(text: str, expected: str) -> None:
    assert guess_format(text) == expected


# --- properties -----------------------------------------------------------------------------

_names = st.sampled_from(["Q", "Ana", "Claire Martin", "Bob"])
_words = st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd"), max_codepoint=0x17F),
    min_size=1,
    max_size=8,
)
_texts = st.lists(_words, min_size=1, max_size=8).map(" ".join)


@st.composite
def _cues(draw: st.DrawFn) -> list[Cue]:
    count = draw(st.integers(min_value=1, max_value=12))
    start, cues = 0.0, []
    for _ in range(count):
        start += draw(st.integers(min_value=0, max_value=5000)) / 1000
        length = draw(st.integers(min_value=1, max_value=9000)) / 1000
        cues.append(Cue(round(start, 3), round(start + length, 3), draw(_names), draw(_texts)))
    return cues


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_it_never_crashes_on_arbitrary_text(text: str) -> None:
    transcript = parse(text)
    assert all(cue.text for cue in transcript.cues)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["WEBVTT", "", "\r", "-->", "NOTE x", "<v Ana>", "Q: ", "1"]),
            st.from_regex(r"\d{1,2}:\d{2}([.,]\d{1,3})? --> \d{1,2}:\d{2}([.,]\d{1,3})?"),
            st.text(max_size=30),
        ),
        max_size=25,
    ).map("\n".join)
)
def test_it_never_crashes_on_subtitle_like_garbage(text: str) -> None:
    transcript = parse(text)
    starts = [cue.start for cue in transcript.cues if cue.start is not None]
    assert starts == sorted(starts)


@settings(max_examples=100, deadline=None)
@given(_cues())
def test_it_round_trips_webvtt(cues: list[Cue]) -> None:
    assert parse(to_webvtt(cues)).cues == cues


@settings(max_examples=100, deadline=None)
@given(_cues())
def test_it_round_trips_srt(cues: list[Cue]) -> None:
    transcript = parse(to_srt(cues))
    assert [(c.start, c.end, c.text) for c in transcript.cues] == [
        (c.start, c.end, c.text) for c in cues
    ]
    assert transcript.warnings == []


@settings(max_examples=100, deadline=None)
@given(_cues(), st.randoms(use_true_random=False))
def test_it_keeps_times_monotone_and_durations_positive(cues: list[Cue], rnd: object) -> None:
    shuffled = list(cues)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    transcript = parse(to_webvtt(shuffled))
    starts = [cue.start for cue in transcript.cues if cue.start is not None]
    assert starts == sorted(starts) and len(starts) == len(cues)
    assert all(
        cue.end is not None and cue.start is not None and cue.end >= cue.start
        for cue in transcript.cues
    )
