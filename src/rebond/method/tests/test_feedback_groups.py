"""Recurring points (C3.4) and the strengths journal (C3.5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from rebond.method.feedback.classifier import classify_many
from rebond.method.feedback.groups import FeedbackItem, group
from rebond.method.feedback.points import rank_points, strengths

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _items(rows: list[tuple[str, str, float, float]]) -> list[FeedbackItem]:
    """(text, source, age in days, weight) rows as labelled items."""
    labels = classify_many([r[0] for r in rows])
    return [
        FeedbackItem(text, lab, source, NOW - timedelta(days=age), weight)
        for (text, source, age, weight), lab in zip(rows, labels, strict=True)
    ]


def test_it_groups_a_french_and_english_paraphrase_and_keeps_other_points_apart() -> None:
    ids = group(
        [
            "Vos réponses étaient beaucoup trop longues.",
            "Your answers were far too long.",
            "Le poste a été pourvu par un candidat interne.",
            "Nous avons adoré votre énergie.",
        ]
    )
    assert ids[0] == ids[1]
    assert len({ids[0], ids[2], ids[3]}) == 3
    assert ids == sorted(ids)  # numbered in order of first appearance


def test_it_never_groups_a_praise_with_a_criticism_of_the_same_topic() -> None:
    ids = group(["Vos exemples étaient très concrets.", "Vos exemples manquaient de concret."])
    assert ids[0] != ids[1]


def test_it_ranks_a_point_several_recruiters_make_above_a_one_off() -> None:
    items = _items(
        [
            ("Vos résultats n'étaient pas chiffrés.", "acme", 10, 1.0),
            ("Your results were never quantified.", "globex", 20, 1.0),
            ("Aucun chiffre ne venait appuyer vos résultats.", "initech", 5, 1.0),
            ("Vous sembliez un peu stressé.", "acme", 10, 1.0),
            ("Nous avons apprécié votre sourire.", "globex", 20, 1.0),
        ]
    )
    points = rank_points(items, NOW)
    top = points[0]
    assert top.sources == 3 and top.count == 3
    assert top.label in {i.text for i in items[:3]}
    assert top.first_seen == NOW - timedelta(days=20)
    assert top.last_seen == NOW - timedelta(days=5)
    assert top.trend == "rising"
    assert all(p.polarity != "strength" for p in points)
    assert [p.score for p in points] == sorted((p.score for p in points), reverse=True)


def test_it_counts_one_recruiter_repeating_itself_once_and_decays_old_feedback() -> None:
    repeated = _items(
        [
            ("Vos réponses étaient trop longues.", "acme", 0, 1.0),
            ("Vos réponses ont souvent été trop longues.", "acme", 0, 1.0),
        ]
    )
    (point,) = rank_points(repeated, NOW)
    assert point.sources == 1 and point.count == 2
    fresh = rank_points(_items([("Your answers were too long.", "a", 0, 1.0)]), NOW)[0]
    old = rank_points(_items([("Your answers were too long.", "a", 90, 1.0)]), NOW)[0]
    heavy = rank_points(_items([("Your answers were too long.", "a", 0, 2.0)]), NOW)[0]
    assert old.score == pytest.approx(fresh.score / 2)  # playbook half-life: 90 days
    assert heavy.score == pytest.approx(fresh.score * 2)


@pytest.mark.parametrize(
    ("ages", "trend"),
    [
        ((1, 10), "rising"),
        ((70, 80), "fading"),
        ((200,), "fading"),
        ((10, 70), "steady"),
        ((-0.25,), "rising"),  # received today, dated at noon UTC, read in the morning
    ],
)
def test_it_reads_the_trend_from_dated_occurrences(ages: tuple[float, ...], trend: str) -> None:
    rows = [
        ("Vos exemples manquaient de chiffres.", f"r{i}", age, 1.0) for i, age in enumerate(ages)
    ]
    (point,) = rank_points(_items(rows), NOW)
    assert point.trend == trend


def test_it_keeps_a_strengths_journal_grouped_the_same_way() -> None:
    items = _items(
        [
            ("Nous avons beaucoup apprécié vos exemples concrets.", "acme", 3, 1.0),
            ("We loved your concrete examples.", "globex", 30, 1.0),
            ("Vos réponses étaient trop longues.", "acme", 3, 1.0),
        ]
    )
    (journal,) = strengths(items, NOW)
    assert journal.polarity == "strength" and journal.sources == 2
    assert set(journal.statements) == {items[0].text, items[1].text}


def test_it_uses_stored_vectors_without_the_encoder() -> None:
    items = _items([("Your answers were too long.", "a", 0, 1.0)])
    from rebond.method.learning import embeddings

    vector = embeddings.encode([items[0].text])[0]
    stored = [FeedbackItem(i.text, i.labels, i.source, i.date, i.weight, vector) for i in items]
    assert rank_points(stored, NOW)[0].statements == (items[0].text,)
    assert rank_points([], NOW) == [] and strengths([]) == []


def test_a_dimension_gap_lets_a_misread_dimension_join_its_point() -> None:
    from rebond.method.feedback.classifier import FeedbackLabels
    from rebond.method.feedback.groups import group_ids
    from rebond.method.learning import embeddings

    texts = [
        "Your answers were far too long.",
        "Vos réponses étaient beaucoup trop longues.",
        "Le poste a été pourvu en interne.",
    ]
    labels = [
        FeedbackLabels("behavioural", "concision", "weakness", "subjective", "improvable", "en"),
        FeedbackLabels("behavioural", "pitch", "weakness", "subjective", "improvable", "fr"),
        FeedbackLabels("context", "context", "neutral", "objective", "structural", "fr"),
    ]
    vectors = embeddings.encode(texts)
    assert group_ids(labels, vectors, 0.05) == [0, 1, 2]  # buckets: the dimensions differ
    ids = group_ids(labels, vectors, 0.05, gap=0.2)
    assert ids[0] == ids[1] != ids[2]
    assert group_ids(labels, vectors, 0.05, gap=2.0) == [0, 1, 2]  # a gap past any cosine


def _clustered_vectors(n: int, seed: int):
    """Unit vectors around a few directions: points of several statements each."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((12, 512))
    vectors = centres[rng.integers(0, 12, n)] + 0.9 * rng.standard_normal((n, 512))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32), rng


def test_a_statement_is_placed_the_same_whatever_is_beside_it() -> None:
    from rebond.method.feedback.metric import grouping_space

    vectors, rng = _clustered_vectors(2000, 1)
    whole = grouping_space(vectors)
    for n in (1, 2, 3, 7, 33, 517, 1999):
        rows = np.sort(rng.choice(len(vectors), n, replace=False))
        assert np.array_equal(grouping_space(vectors[rows]), whole[rows]), n


@pytest.mark.parametrize("gap", [None, 0.2])
def test_grouping_some_buckets_gives_their_groups_in_grouping_everything(gap) -> None:
    from rebond.method.feedback.groups import _cluster, bucket_of
    from rebond.method.feedback.settings import DIMENSIONS

    vectors, rng = _clustered_vectors(1500, 2)
    labels = [
        (str(rng.choice(["strength", "weakness", "neutral"])), str(rng.choice(DIMENSIONS[:4])))
        for _ in range(len(vectors))
    ]
    keys = [bucket_of(pol, dim, gap) for pol, dim in labels]

    def groups(rows: list[int]) -> set[frozenset[int]]:
        ids = _cluster([labels[k] for k in rows], vectors[rows], 0.1, gap)
        found: dict[int, set[int]] = {}
        for k, gid in zip(rows, ids, strict=True):
            found.setdefault(gid, set()).add(k)
        return {frozenset(members) for members in found.values()}

    everything = groups(list(range(len(vectors))))
    assert max(len(g) for g in everything) > 5  # groups of several statements formed
    for chosen in ({keys[0]}, {keys[0], keys[1]}, set(keys[5:9])):
        rows = [k for k, key in enumerate(keys) if key in chosen]
        assert groups(rows) == {g for g in everything if keys[next(iter(g))] in chosen}


def test_the_learned_projection_brings_a_points_wordings_together() -> None:
    """On points the encoder barely tells apart, the trained map separates them."""
    from rebond.method.feedback.metric import train_projection

    rng = np.random.default_rng(3)
    # Two directions carry the point; six carry noise as strong, shared by every point.
    centres = np.zeros((6, 8))
    centres[np.arange(6), np.arange(6) % 2] = [1, 1, -1, -1, 0.5, -0.5]
    points = [f"p{k % 6}" for k in range(120)]
    space = np.array([centres[k % 6] for k in range(120)]) * 0.6
    space[:, 2:] += rng.normal(size=(120, 6))
    space /= np.linalg.norm(space, axis=1, keepdims=True)
    writers = ["a" if k < 60 else "b" for k in range(120)]

    def separation(rows: np.ndarray) -> float:
        z = rows / np.linalg.norm(rows, axis=1, keepdims=True)
        sim = z @ z.T
        same = np.array(points)[:, None] == np.array(points)[None, :]
        np.fill_diagonal(same, False)
        other = ~same
        np.fill_diagonal(other, False)
        return float(sim[same].mean() - sim[other].mean())

    learned = train_projection(space, points, writers)
    assert separation(space @ learned) > separation(space) + 0.2


def test_the_same_point_in_other_words_and_languages_is_one_group() -> None:
    """Issue 17's example: « tendance à vous étendre sur le contexte » ~ "answers too long"
    (apart in the centred encoder space at any threshold the playbook used)."""
    from rebond.method.feedback.groups import group

    ids = group(
        [
            "Vous avez tendance à vous étendre sur le contexte.",
            "Your answers were too long.",
            "Réponses trop longues, allez à l’essentiel.",
            "Your answers lacked concrete figures.",
        ]
    )
    assert ids[0] == ids[1] == ids[2] != ids[3]
