"""Near-paraphrases classified together share one dimension (feedback_paraphrase)."""

import numpy as np
import pytest

from rebond.method.feedback import paraphrase as feedback_paraphrase
from rebond.method.feedback.classifier import classify_many
from rebond.method.feedback.groups import group
from rebond.method.feedback.paraphrase import paraphrase_sets
from rebond.method.learning.linkage import average_linkage

SQL = [
    "Vous maîtrisez mal SQL, ce qui est bloquant pour le poste.",
    "Your SQL is not strong enough for this role.",
    "Les requêtes SQL vous posent encore problème.",
]
UNRELATED = [
    "Votre façon de travailler semble très individuelle pour notre équipe.",
    "Vous avez peu parlé de vos résultats chiffrés.",
    "Le poste a été pourvu en interne.",
]


def test_paraphrases_read_together_share_one_dimension_and_one_group() -> None:
    # (That a misread wording is pulled to its paraphrases' dimension is tested on set
    # probabilities below: which wording a given model misreads changes with its training.)
    together = classify_many(SQL)
    assert [lab.dimension for lab in together] == ["skills"] * 3
    ids = group(list(zip(SQL, together, strict=True)))
    assert len(set(ids)) == 1


def test_statements_that_say_other_things_keep_their_own_reading() -> None:
    alone = [classify_many([text])[0] for text in UNRELATED]
    assert classify_many([*UNRELATED, *SQL])[:3] == alone


def test_the_same_text_twice_is_not_twice_the_evidence() -> None:
    once = classify_many([SQL[0], SQL[2]])
    repeated = classify_many([SQL[0], SQL[2], SQL[2], SQL[2], SQL[2]])
    assert [lab.dimension for lab in repeated] == [once[0].dimension] + [once[1].dimension] * 4


def test_a_full_weight_correction_is_never_pooled_away() -> None:
    found = classify_many(SQL, corrections=[(SQL[0], "dimension", "results")])
    assert found[0].dimension == "results"
    # However many paraphrases say otherwise:
    probs = np.full((6, 3), 0.0005)
    probs[0] = [0.0, 0.0, 1.0]  # corrected: the person chose the third dimension
    probs[1:, 0] = 0.999
    space = np.ones((6, 4), dtype=np.float32) / 2
    texts = [f"wording {k}" for k in range(6)]
    pooled = feedback_paraphrase.pool_dimensions(probs, space, texts, [False] * 6, 0.45)
    assert pooled[0].tolist() == [0.0, 0.0, 1.0]
    assert pooled[1:].argmax(axis=1).tolist() == [0] * 5


@pytest.mark.parametrize("block", [3, 7, 2048])
def test_components_give_what_clustering_everything_gives(monkeypatch, block) -> None:
    monkeypatch.setattr(feedback_paraphrase, "_BLOCK", block)
    rng = np.random.default_rng(5)
    centres = rng.normal(size=(6, 16))
    points = np.repeat(centres, 5, axis=0) + rng.normal(scale=0.6, size=(30, 16))
    space = (points / np.linalg.norm(points, axis=1, keepdims=True)).astype(np.float32)
    sides = [k % 4 != 0 for k in range(30)]
    for threshold in (0.3, 0.5, 0.7):
        found = {tuple(sorted(s.tolist())) for s in paraphrase_sets(space, sides, threshold)}
        expected = set()
        for praise in (True, False):
            rows = np.array([k for k in range(30) if sides[k] == praise])
            ids = average_linkage(space[rows] @ space[rows].T, threshold)
            for c in np.unique(ids):
                if (ids == c).sum() > 1:
                    expected.add(tuple(sorted(rows[ids == c].tolist())))
        assert found == expected and found, threshold


def test_centred_similarity_matches_centring_every_row() -> None:
    from rebond.method.feedback.classifier import shipped_model
    from rebond.method.feedback.paraphrase import centred, centred_similarity
    from rebond.method.learning import embeddings

    model = shipped_model()
    many = embeddings.encode([*SQL, *UNRELATED])
    few = many[[0, 4]]
    exact = centred(many, model.mean, model.common) @ centred(few, model.mean, model.common).T
    found = centred_similarity(many, few, model.mean, model.common)
    assert np.allclose(found, exact, atol=1e-5)
    assert found[2, 0] > 0.45 > found[3, 0]  # a paraphrase and another point


def test_a_bulk_batch_beyond_the_cap_is_read_statement_by_statement(monkeypatch) -> None:
    alone = [classify_many([text])[0] for text in SQL]
    monkeypatch.setattr(feedback_paraphrase, "MAX_POOLED", 2)
    assert classify_many(SQL) == alone
