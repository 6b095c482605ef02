"""Sentence embeddings: a batch spread over worker threads gives the same vectors."""

from __future__ import annotations

import numpy as np
import pytest

from rebond.method import embeddings


def test_workers_give_the_same_vectors_in_the_same_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "_PARALLEL_FROM", 4)
    texts = [f"Vos exemples manquaient de chiffres ({i} fois)." for i in range(9)]
    texts += ["Your answers were too long.", texts[0], "Nous avons apprécié votre énergie."]
    one = embeddings.encode(texts)
    two = embeddings.encode(texts, workers=2)
    assert two.shape == (len(texts), embeddings.DIMENSIONS)
    assert np.allclose(one, two, atol=1e-5)
    assert np.allclose(two[0], two[10])  # a repeated text: the same row
    assert not np.allclose(two[0], two[1])


def test_batch_workers_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REBOND_ENCODER_WORKERS", "1")
    assert embeddings.batch_workers() == 1
    monkeypatch.setenv("REBOND_ENCODER_WORKERS", "0")
    assert embeddings.batch_workers() == 1
