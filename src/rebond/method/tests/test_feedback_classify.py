"""Feedback classification (C3.3): labelled tables per field, both languages; corrections."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rebond.method import places, playbook
from rebond.method.feedback.classifier import classify, classify_many, cue_counts
from rebond.method.feedback.settings import CUE_KINDS, DIMENSIONS, settings
from rebond.method.text.language import normalise_lang


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Vous ne connaissez pas encore Tableau, que nous utilisons partout.", "technical"),
        ("You have not used Kafka, which is central to our platform.", "technical"),
        ("Vos résultats commerciaux n'étaient pas chiffrés.", "business"),
        ("Vous avez parlé longtemps sans aller à l'essentiel.", "behavioural"),
        ("You barely looked at us during the interview.", "behavioural"),
        ("Le poste a finalement été confié à une personne de l'équipe.", "context"),
        ("The vacancy was withdrawn after a budget review.", "context"),
    ],
)
def test_it_finds_the_theme(text: str, theme: str) -> None:
    assert classify(text).theme == theme


@pytest.mark.parametrize(
    ("text", "dimension"),
    [
        ("Vos exemples manquaient de situations vécues.", "examples"),
        ("We did not hear a single real situation you handled.", "examples"),
        ("Aucun indicateur chiffré n'est venu appuyer vos réussites.", "results"),
        ("You gave no numbers about what your projects achieved.", "results"),
        ("Vous n'avez posé aucune question sur le poste.", "questions"),
        ("You asked us nothing at the end.", "questions"),
        ("Votre présentation de départ était trop longue.", "pitch"),
        ("Your opening self-introduction went on for too long.", "pitch"),
        ("Vous sembliez tendu et peu souriant.", "nonverbal"),
        ("Nous cherchions dix ans d'expérience en audit.", "seniority"),
        ("Hiring has been frozen for the rest of the year.", "context"),
    ],
)
def test_it_finds_the_dimension(text: str, dimension: str) -> None:
    assert classify(text).dimension == dimension


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Nous avons été impressionnés par votre maîtrise du sujet.", "strength"),
        ("We were impressed by how well you knew the subject.", "strength"),
        ("Nous aurions apprécié davantage de chiffres.", "weakness"),
        ("We would have liked more figures.", "weakness"),
        ("Votre pitch n'a pas convaincu le jury.", "weakness"),
        ("Your answers could have been more concise.", "weakness"),
        ("Le recrutement est suspendu pour des raisons budgétaires.", "neutral"),
        ("The role was filled by an internal candidate.", "neutral"),
    ],
)
def test_it_finds_the_polarity(text: str, polarity: str) -> None:
    assert classify(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "nature"),
    [
        ("Vous n'avez jamais utilisé Git.", "objective"),
        ("You did not finish the exercise in time.", "objective"),
        ("Vous nous avez semblé manquer d'enthousiasme.", "subjective"),
        ("You came across as a little distant.", "subjective"),
    ],
)
def test_it_tells_objective_from_subjective(text: str, nature: str) -> None:
    assert classify(text).nature == nature


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("Il vous manque plusieurs années d'expérience dans l'industrie.", "structural"),
        ("We needed someone who has already run a department.", "structural"),
        ("Le poste a été supprimé après la fusion.", "structural"),
        ("Vos exemples manquaient de détails concrets.", "improvable"),
        ("Your answers rambled a bit.", "improvable"),
        ("Votre sens de l'écoute a été très apprécié.", None),
        ("Your examples were vivid and convincing.", None),
    ],
)
def test_it_tells_structural_from_improvable_and_strengths_have_no_cause(
    text: str, cause: str | None
) -> None:
    assert classify(text).cause == cause


def test_it_detects_each_language_and_reports_confidences() -> None:
    fr, en = classify_many(["Vos réponses étaient trop longues.", "Your answers were too long."])
    assert (fr.lang, en.lang) == ("fr", "en")
    assert fr.dimension == en.dimension == "concision"
    assert set(fr.confidence) == {"theme", "dimension", "polarity", "nature", "cause"}
    assert all(0.0 <= v <= 1.0 for v in fr.confidence.values())


def test_it_keeps_theme_and_dimension_compatible() -> None:
    texts = ["Votre niveau en Rust est insuffisant.", "We loved your energy.", "Budget cut."]
    for labels in classify_many(texts):
        assert labels.dimension in settings("fr").themes[labels.theme]


def test_it_lets_a_correction_decide_for_the_same_and_similar_statements() -> None:
    text = "Vous étiez un peu trop détendu pendant l'entretien."
    before = classify(text)
    corrected_value = "culture" if before.dimension != "culture" else "nonverbal"
    corrections = [(text, "dimension", corrected_value)]
    assert classify(text, corrections=corrections).dimension == corrected_value
    similar = "Vous paraissiez un peu trop détendu lors de l'entretien."
    assert classify(similar, corrections=corrections).dimension == corrected_value
    unrelated = "Le poste a été pourvu en interne."
    assert classify(unrelated, corrections=corrections).dimension == "context"


def test_it_applies_the_newest_correction_of_a_statement() -> None:
    text = "Your questions were rather basic."
    corrections = [(text, "polarity", "neutral"), (text, "polarity", "strength")]
    labels = classify(text, corrections=corrections)
    assert labels.polarity == "strength"
    assert labels.cause is None


def test_it_ignores_corrections_with_unknown_fields_or_values() -> None:
    text = "Your answers were too long."
    assert classify(text, corrections=[(text, "mood", "sad"), (text, "theme", "x")]) == (
        classify(text)
    )


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Vos exemples manquaient de chiffres.", "fr", "weakness"),
        ("Nous aurions aimé plus de détails.", "fr", "regret"),
        ("We were impressed by your pitch.", "en", "strength"),
        ("The budget was frozen.", "en", "context"),
        ("You did not ask questions.", "en", "negation"),
    ],
)
def test_it_counts_playbook_cues(text: str, lang: str, kind: str) -> None:
    assert cue_counts(text, normalise_lang(lang) or "fr")[CUE_KINDS.index(kind)] >= 1


def test_it_refuses_a_playbook_that_leaves_a_dimension_without_theme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "pb"
    (root / "rules").mkdir(parents=True)
    rules = (playbook.BUILTIN_DIR / "rules" / "feedback.toml").read_text(encoding="utf-8")
    (root / "rules" / "feedback.toml").write_text(rules, encoding="utf-8")
    for lang in ("fr", "en"):
        source = (playbook.BUILTIN_DIR / lang / "feedback.toml").read_text(encoding="utf-8")
        (root / lang).mkdir(parents=True)
        broken = source.replace('context = ["seniority", "context"]', 'context = ["context"]')
        (root / lang / "feedback.toml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(places.current, "playbook_dir", root)
    playbook.load.cache_clear()
    settings.cache_clear()
    try:
        with pytest.raises(playbook.PlaybookError, match="every dimension"):
            settings("fr")
    finally:
        monkeypatch.undo()
        playbook.load.cache_clear()
        settings.cache_clear()
    assert "seniority" in DIMENSIONS


@pytest.fixture
def model_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The model trained afresh (no shipped weights), kept in a folder of the test's own."""
    from rebond.method.feedback import classifier as feedback_classify

    monkeypatch.setattr(places.current, "model_cache", tmp_path)
    monkeypatch.setattr(feedback_classify, "SHIPPED_MODEL", tmp_path / "none.npz")
    feedback_classify.shipped_model.cache_clear()
    yield tmp_path
    monkeypatch.undo()
    feedback_classify.shipped_model.cache_clear()


def test_it_keeps_the_trained_model_on_disk_and_reads_it_back(
    model_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rebond.method.feedback import classifier as feedback_classify

    trained = feedback_classify.shipped_model()
    (kept,) = model_cache.glob("feedback-model-*.npz")
    feedback_classify.shipped_model.cache_clear()

    def refuse(*args, **kwargs):
        raise AssertionError("a kept model must be read, not trained again")

    monkeypatch.setattr(feedback_classify, "train_model", refuse)
    read = feedback_classify.shipped_model()
    assert all(np.array_equal(read.weights[f], trained.weights[f]) for f in trained.weights)
    assert np.array_equal(read.mean, trained.mean)
    assert np.array_equal(read.common, trained.common)
    assert classify("Your answers were far too long.").dimension == "concision"
    # A damaged file is trained over, and replaced.
    monkeypatch.undo()
    monkeypatch.setattr(places.current, "model_cache", model_cache)
    monkeypatch.setattr(feedback_classify, "SHIPPED_MODEL", model_cache / "none.npz")
    kept.write_bytes(b"not a model")
    feedback_classify.shipped_model.cache_clear()
    again = feedback_classify.shipped_model()
    assert np.array_equal(again.weights["theme"], trained.weights["theme"])
    from rebond.method.learning import model_store

    assert model_store.load(kept, ["mean", "common"]) is not None


def test_it_keeps_nothing_when_told_not_to(
    model_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rebond.method.feedback import classifier as feedback_classify

    monkeypatch.setattr(places.current, "model_cache", None)
    assert feedback_classify.shipped_model().weights
    assert not list(model_cache.iterdir())


def test_the_shipped_weights_are_those_of_the_shipped_examples_and_code() -> None:
    """Stale weights would be retrained at first use (slow): rebuild them with
    `bench/feedback_corpus.py --build` after changing the examples or the features."""
    from rebond.method.feedback import classifier as feedback_classify
    from rebond.method.feedback import gate as feedback_gate
    from rebond.method.feedback import metric as feedback_metric
    from rebond.method.learning import model_store

    model = model_store.load(feedback_classify.SHIPPED_MODEL, ["digest"])
    gate = model_store.load(feedback_gate.SHIPPED_WEIGHTS, ["digest"])
    metric = model_store.load(feedback_metric.SHIPPED_PROJECTION, ["digest"])
    assert model is not None and str(model["digest"]) == feedback_classify.model_digest()
    assert gate is not None and str(gate["digest"]) == feedback_gate.digest()
    assert metric is not None and str(metric["digest"]) == feedback_metric.digest()


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("You never lost your composure, even under pressure.", "strength"),
        ("Le jury n'a pas été convaincu par votre pitch.", "weakness"),
        ("We were not impressed by the depth of your answers.", "weakness"),
    ],
)
def test_it_reads_negation_both_ways(text: str, polarity: str) -> None:
    assert classify(text).polarity == polarity
