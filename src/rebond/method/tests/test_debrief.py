"""Debrief playbook loaders (C2.2–C2.7), interpretation hints, replay timing."""

from __future__ import annotations

import pytest

from rebond.method import debrief, playbook

LANGS = ["fr", "en"]
REQUIRED_EMOTIONS = {
    "disappointment",
    "anger",
    "shame",
    "anxiety",
    "sadness",
    "discouragement",
    "doubt",
    "relief",
    "frustration",
}


@pytest.mark.parametrize("lang", LANGS)
def test_it_lists_the_emotions_with_body_signal_and_actions(lang):
    found = debrief.emotions(lang)
    assert {e.key for e in found} >= REQUIRED_EMOTIONS
    assert all(e.body_signal and e.actions for e in found)


@pytest.mark.parametrize(
    ("emotion", "lang", "expected"),
    [
        ("anger", "en", "thirty steps"),
        ("Colère", "fr", "trentaine de pas"),
        ("ANXIETY", "en", "4-6"),
        ("honte", "fr", "deux minutes"),
    ],
)
def test_it_finds_a_soothing_action_by_key_or_name(emotion, lang, expected):
    action = debrief.soothing_action(emotion, lang)
    assert action is not None and expected in action


def test_it_returns_none_for_an_unknown_emotion():
    assert debrief.soothing_action("boredom", "en") is None


@pytest.mark.parametrize("lang", LANGS)
def test_it_times_the_ten_minute_reset(lang):
    steps = {s.key: s for s in debrief.reset_steps(lang)}
    assert sum(s.seconds for s in steps.values()) == 600
    assert [steps[k].seconds for k in debrief.RESET_KEYS] == [180, 180, 120, 120]
    assert (steps["breathing"].inhale_seconds, steps["breathing"].exhale_seconds) == (4, 6)


@pytest.mark.parametrize("lang", LANGS)
def test_it_orders_the_debrief_steps_and_waits_a_day(lang):
    assert tuple(s.key for s in debrief.debrief_steps(lang)) == debrief.STEP_KEYS
    assert debrief.cooldown_hours(lang) == 24


@pytest.mark.parametrize("lang", LANGS)
def test_it_holds_columns_causes_and_replay_guidance(lang):
    guide = debrief.guide(lang)
    assert set(guide["columns"]) == {"facts", "interpretations", "tests"}
    assert len(guide["causes"]["structural"]) == 5 and len(guide["causes"]["improvable"]) == 4
    assert guide["replay"]["too_long_count"] == guide["replay"]["vague_count"] == 3


def test_it_fails_loudly_on_a_malformed_playbook(monkeypatch):
    monkeypatch.setattr(playbook, "section", lambda lang, name: [{"key": "anger"}])
    with pytest.raises(playbook.PlaybookError, match="emotions"):
        debrief.emotions("en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ils ont trouvé que je manquais d'expérience.", "fr"),
        ("Le manager me trouvait clairement trop junior.", "fr"),
        ("Clearly they wanted someone younger.", "en"),
        ("They thought I was arrogant.", "en"),
        ("Je suis nul en entretien.", "fr"),
    ],
)
def test_it_hints_when_a_fact_is_an_interpretation(text, lang):
    hint = debrief.interpretation_hint(text, lang)
    assert hint is not None and len(hint) > 20


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'entretien a duré 45 minutes avec deux managers.", "fr"),
        ("Ils m'ont demandé mon expérience avec Kafka.", "fr"),
        ("The recruiter said the budget was cut.", "en"),
        ("They asked three questions about SQL.", "en"),
        ("", "en"),
    ],
)
def test_it_accepts_observable_facts(text, lang):
    assert debrief.interpretation_hint(text, lang) is None


@pytest.mark.parametrize(
    ("words", "kind", "in_window"),
    [
        (50, "short", True),
        (40, "short", True),
        (80, "short", False),
        (30, "short", False),
        (150, "long", True),
        (225, "long", True),
        (100, "long", False),
        (300, "long", False),
    ],
)
def test_it_checks_the_spoken_length_of_a_replay_version(words, kind, in_window):
    check = debrief.check_replay_version("mot " * words, "fr", kind)
    assert check.seconds == pytest.approx(words * 60 / 150)
    assert check.in_window is in_window
    assert not check.has_figure and check.hint


def test_it_accepts_a_version_with_a_figure():
    check = debrief.check_replay_version(
        "I cut onboarding time by 30% in two months.", "en", "short"
    )
    assert check.has_figure and check.hint is None
    assert (check.window.low, check.window.high) == (15.0, 25.0)
