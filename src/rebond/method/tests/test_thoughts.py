"""Distortion spotter (C4.1): article A's automatic thoughts, facts with "never", crisis, purity."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rebond.method import thoughts
from rebond.method.thoughts import DISTORTIONS, analyze, analyze_many
from rebond.method.thoughts.cues import cue_hits
from rebond.method.thoughts.model import MODEL_FILE, TARGETS, fingerprint

METHOD_DIR = Path(thoughts.__file__).parents[1]
MY_MODULES = (
    "thoughts/__init__.py",
    "thoughts/cues.py",
    "thoughts/model.py",
    "safety.py",
    "debrief/__init__.py",
    "debrief/flow.py",
)

ARTICLE_A_THOUGHTS = [
    ("Je ne réussis jamais.", {"overgeneralization", "fortune_telling", "all_or_nothing"}),
    ("Ils étaient déçus de moi.", {"mind_reading"}),
    ("Je n'ai rien à offrir.", {"all_or_nothing", "discounting_positive", "labeling"}),
    ("Je suis nul en entretien.", {"labeling", "overgeneralization"}),
]


@pytest.mark.parametrize(("text", "sensible"), ARTICLE_A_THOUGHTS)
def test_it_spots_article_a_automatic_thoughts_with_a_sensible_type(text, sensible):
    result = analyze(text)
    assert result.lang == "fr"
    assert result.distorted and not result.crisis
    assert result.distortions[0] in sensible


@pytest.mark.parametrize(
    "text",
    [
        "I have never used Kubernetes in production, that gap is real",
        "Je n'ai jamais travaillé avec Kafka, c'est un vrai manque",
        "This process did not work out; I will improve two things",
        "Ce process-là n'a pas abouti; j'en améliore 2 leviers pour la suite.",
        "The interview lasted 45 minutes with two managers.",
        "Le recruteur m'a dit que le budget avait été revu à la baisse.",
    ],
)
def test_it_leaves_facts_and_balanced_statements_alone(text):
    result = analyze(text)
    assert not result.distorted
    assert result.distortions == [] and result.reformulation is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm such a loser.", "labeling"),
        ("They obviously thought I was arrogant.", "mind_reading"),
        ("I'll never get a job in tech.", "fortune_telling"),
        ("C'est une catastrophe, ma carrière est finie.", "catastrophizing"),
        ("J'aurais dû être parfait sur chaque question.", "should_statement"),
        ("Je me sens nul, donc je dois l'être.", "emotional_reasoning"),
    ],
)
def test_it_ranks_the_obvious_type_among_the_distortions(text, expected):
    result = analyze(text)
    assert result.distorted and expected in result.distortions
    assert set(result.distortions) <= set(DISTORTIONS)


@pytest.mark.parametrize(
    ("text", "lang", "marker"),
    [
        ("Je suis nul en entretien.", "fr", "piste"),
        ("I'm useless at interviews.", "en", "One way to look at it"),
    ],
)
def test_it_suggests_a_reformulation_in_the_users_language(text, lang, marker):
    result = analyze(text)
    assert result.lang == lang
    assert result.reformulation is not None and marker in result.reformulation


def test_it_can_force_the_language():
    assert analyze("Je suis nul.", lang="en-GB").lang == "en"


@pytest.mark.parametrize(
    "text",
    ["J'ai envie d'en finir, je suis nul.", "I'm a failure and I want to kill myself."],
)
def test_it_reports_a_crisis_instead_of_analysing(text):
    result = analyze(text)
    assert result.crisis
    assert not result.distorted and result.distortions == [] and result.reformulation is None


def test_it_analyses_many_texts_in_order_with_the_same_verdicts_as_one_by_one():
    texts = ["Je ne réussis jamais.", "I sent 12 applications.", "", "Je suis nul. Bref."]
    many = analyze_many(texts)
    assert [r.text for r in many] == texts
    assert [r.distorted for r in many] == [analyze(t).distorted for t in texts]
    assert many[2].distorted is False


def test_it_flags_a_multi_sentence_entry_when_one_sentence_is_distorted():
    entry = "L'entretien a duré une heure. Je suis vraiment un idiot."
    assert analyze(entry).distorted


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Personne ne veut jamais de moi", "fr", "overgeneralization"),
        ("Je ne trouverai jamais de poste", "fr", "fortune_telling"),
        ("I should have known that", "en", "should_statement"),
        ("I have never used Go", "en", "factual_never"),
    ],
)
def test_it_matches_cue_rules_on_grammatical_shapes(text, lang, kind):
    assert cue_hits(text, lang)[kind] >= 1


def test_it_ships_weights_fitted_from_the_current_training_data():
    import numpy as np

    with np.load(MODEL_FILE) as stored:
        assert str(stored["fingerprint"]) == fingerprint()
        assert stored["weights"].shape[0] == len(TARGETS)


@pytest.mark.parametrize("module", MY_MODULES)
def test_it_stays_pure_python_without_django(module):
    tree = ast.parse((METHOD_DIR / module).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.split(".")[0] == "django" for name in imported)
    source = (METHOD_DIR / module).read_text(encoding="utf-8")
    assert not re.search(r"\bprint\(|\blogging\b", source)  # never leak user texts


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=5))
def test_it_returns_one_valid_analysis_per_text_whatever_the_input(texts):
    results = analyze_many(texts)
    assert [r.text for r in results] == texts
    for result in results:
        assert result.lang in ("fr", "en")
        assert set(result.distortions) <= set(DISTORTIONS)
        assert result.distorted == bool(result.distortions) == (result.reformulation is not None)
        assert not (result.crisis and result.distorted)
