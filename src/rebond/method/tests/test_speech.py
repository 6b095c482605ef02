"""Speech metrics from transcripts: words, pace, fillers, answers, silences (C7.4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rebond.method.speech.fillers import count_fillers
from rebond.method.speech.metrics import analyze, count_words
from rebond.method.speech.transcript import Cue, Transcript, parse


def _timed(*cues: tuple[float, float, str, str]) -> Transcript:
    return Transcript([Cue(*cue) for cue in cues], [], timed=True, source_format="vtt")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # filler and non-filler uses of the same words
        ("I like working with data.", "en", {}),
        ("We had, like, ten people.", "en", {"like": 1}),
        ("We had like 30 people.", "en", {"like": 1}),
        ("It was kind of them to call back.", "en", {}),
        ("It was kind of hard, you know.", "en", {"kind of": 1, "you know": 1}),
        ("What kind of role is it?", "en", {}),
        ("You know the answer. Do you know why?", "en", {}),
        ("I mean it. I mean, we shipped.", "en", {"i mean": 1}),
        ("Is that right? Right, so we started.", "en", {"right": 1}),
        ("Um, uh, er, ummm.", "en", {"um": 2, "uh": 1, "er": 1}),
        (
            "Well, basically I literally rewrote it, actually.",
            "en",
            {"well": 1, "basically": 1, "literally": 1, "actually": 1},
        ),
        ("It works well, as well.", "en", {}),
        ("Python en fait partie.", "fr", {}),
        ("En fait, j'ai relancé.", "fr", {"en fait": 1}),
        ("Il en fait trop.", "fr", {}),
        ("Le genre de poste que je vise.", "fr", {}),
        ("C'était genre trop long.", "fr", {"genre": 1}),
        ("Voilà le résultat. On a livré, voilà.", "fr", {"voilà": 1}),
        ("Voilà pourquoi je postule.", "fr", {}),
        ("C'était compliqué, quoi. Je ne savais pas quoi.", "fr", {"quoi": 1}),
        ("Tu fais quoi ?", "fr", {}),
        ("Du coup, j'ai appelé. Le coup de fil du coup de cœur.", "fr", {"du coup": 1}),
        ("Un bref échange. Bref, on a signé.", "fr", {"bref": 1}),
        ("Tu vois, c'était tendu, tu vois ? Tu vois le problème.", "fr", {"tu vois": 2}),
        (
            "Euh, heu, euuuh, hum, ben, bah.",
            "fr",
            {"euh": 2, "heu": 1, "hum": 1, "ben": 1, "bah": 1},
        ),
        ("C'est bon. Bon, on commence.", "fr", {"bon": 1}),
        ("Disons que j'ai appris. Nous disons non.", "fr", {"disons": 1}),
    ],
)
def test_it_counts_only_filler_uses(text: str, lang: str, expected: dict[str, int]) -> None:
    assert dict(count_fillers(text, lang)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("J'ai peut-être 3 idées.", 4),
        ("Bon — voilà !", 2),
        ("  ", 0),
        ("CI/CD, SQL & Python", 3),
    ],
)
def test_it_counts_whitespace_words_without_punctuation(text: str, words: int) -> None:
    assert count_words(text) == words


def test_it_measures_only_the_candidate_and_compares_labels_case_insensitively() -> None:
    transcript = _timed(
        (0.0, 4.0, "Claire", "Bonjour, parlez-moi de vous, euh, rapidement."),
        (4.5, 16.5, "Julien", "Euh, je suis analyste depuis six ans, en fait."),
        (17.0, 20.0, "claire", "Et ensuite ?"),
        (20.5, 26.5, "Julien", "Voilà le résultat, du coup."),
    )
    report = analyze(transcript, interviewer="CLAIRE", lang="fr")
    assert report.words == 9 + 5
    assert report.speech_seconds == 18.0
    assert report.wpm == round(14 / 18 * 60, 1)
    assert report.fillers == {"euh": 1, "en fait": 1, "du coup": 1}
    assert report.filler_total == 3
    assert report.fillers_per_minute == 10.0
    assert [(a.start, a.end, a.seconds, a.words) for a in report.answers] == [
        (4.5, 16.5, 12.0, 9),
        (20.5, 26.5, 6.0, 5),
    ]
    assert report.interviewer_found


def test_it_flags_long_answers_and_long_silences() -> None:
    transcript = _timed(
        (0.0, 3.0, "Q", "Tell me about a project."),
        (3.5, 50.0, "Ana", "word " * 100),
        (50.0, 96.0, "Ana", "word " * 100),
        (101.0, 104.0, "Q", "Thanks."),
        (104.2, 110.0, "Ana", "Sure."),
    )
    report = analyze(transcript, lang="en")
    assert [a.too_long for a in report.answers] == [True, False]
    assert [(s.start, s.end, s.seconds) for s in report.long_silences] == [(96.0, 101.0, 5.0)]
    assert report.long_silences[0].before_speaker == "Ana"
    assert report.first_answer_ok is False


def test_it_counts_untimed_text_without_durations() -> None:
    report = analyze(parse("Q: Pourquoi nous ?\nMoi : Euh, votre produit.\n"), lang=None)
    assert report.lang == "fr"
    assert (report.words, report.fillers) == (3, {"euh": 1})
    assert (report.speech_seconds, report.wpm, report.fillers_per_minute) == (None, None, None)
    assert [(a.start, a.seconds, a.too_long, a.words) for a in report.answers] == [
        (None, None, None, 3)
    ]
    assert report.long_silences == []


def test_it_reports_the_contract_keys_first() -> None:
    report = analyze(_timed((0.0, 2.0, "Q", "Why?"), (2.0, 5.0, "A", "Um, because.")), lang="en")
    keys = list(report.to_dict())
    assert keys[:8] == [
        "words",
        "speech_seconds",
        "wpm",
        "fillers",
        "filler_total",
        "fillers_per_minute",
        "answers",
        "long_silences",
    ]
    assert list(report.to_dict()["answers"][0])[:5] == [
        "start",
        "end",
        "seconds",
        "words",
        "too_long",
    ]


def test_it_counts_overlapping_candidate_cues_once() -> None:
    transcript = _timed(
        (0.0, 1.0, "Q", "Go."), (1.0, 5.0, "A", "one two"), (4.0, 6.0, "A", "three")
    )
    assert analyze(transcript, lang="en").speech_seconds == 5.0


def test_it_treats_a_monologue_as_one_answer() -> None:
    transcript = _timed((0.0, 25.0, "Ana", "word " * 60))
    report = analyze(transcript, lang="en")
    assert not report.interviewer_found
    assert [(a.start, a.end) for a in report.answers] == [(0.0, 25.0)]
    assert report.first_answer_ok is True


@pytest.mark.parametrize(
    ("text", "lang", "jargon", "negative"),
    [
        (
            "We need synergy and a quick win. Unfortunately I'm not good at Excel.",
            "en",
            {"synergy": 1, "quick win": 1},
            {"unfortunately": 1, "i'm not good at": 1},
        ),
        (
            "Il faut une synergie. Malheureusement, je suis nul en SQL.",
            "fr",
            {"synergie": 1},
            {"malheureusement": 1, "je suis nul": 1},
        ),
    ],
)
def test_it_spots_jargon_and_negative_formulations(
    text: str, lang: str, jargon: dict[str, int], negative: dict[str, int]
) -> None:
    report = analyze(_timed((0.0, 1.0, "Q", "?"), (1.0, 9.0, "A", text)), lang=lang)  # type: ignore[arg-type]
    assert report.jargon == jargon
    assert report.negative_formulations == negative


def test_it_reads_star_steps_in_each_answer() -> None:
    answer = (
        "At my previous company, churn was high. My role was to find out why. "
        "I set up twenty interviews. As a result we cut churn by 9%. I learned to listen."
    )
    report = analyze(_timed((0.0, 2.0, "Q", "Example?"), (2.0, 30.0, "A", answer)), lang="en")
    assert report.answers[0].star == {
        "situation": True,
        "task": True,
        "actions": True,
        "result": True,
        "learnings": True,
        "transfer": False,
    }


_speech_words = st.sampled_from(
    [
        "euh",
        "en",
        "fait",
        "genre",
        "voilà",
        "quoi",
        "like",
        "you",
        "know",
        "kind",
        "of",
        "um",
        "I",
        "data",
        "le",
        "poste",
        ",",
        ".",
        "?",
        "…",
        "j'ai",
        "peut-être",
        "30",
        "%",
    ]
)
_speeches = st.lists(_speech_words, max_size=30).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 600), st.integers(0, 40), st.sampled_from(["Q", "q", "Ana"]), _speeches
        ),
        max_size=15,
    ),
    st.sampled_from(["fr", "en"]),
)
def test_it_keeps_its_invariants_on_any_timed_transcript(
    raw: list[tuple[int, int, str, str]], lang: str
) -> None:
    cues = [(float(s), float(s + d), who, text) for s, d, who, text in sorted(raw)]
    report = analyze(_timed(*cues), lang=lang)  # type: ignore[arg-type]
    assert report.filler_total == sum(report.fillers.values()) <= report.words
    assert sum(a.words for a in report.answers) <= report.words
    spoken = sum(e - s for s, e, who, text in cues if who != "Q" and who != "q")
    assert report.speech_seconds is not None and report.speech_seconds <= spoken + 1e-6
    for answer in report.answers:
        assert answer.seconds is not None and answer.seconds >= 0
    for silence in report.long_silences:
        assert silence.seconds > 3.0 and silence.end > silence.start


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_it_never_crashes_on_arbitrary_pasted_text(text: str) -> None:
    report = analyze(parse(text), lang="fr")
    assert report.words >= report.filler_total >= 0
