"""`fold`, the one matching key of the code base: the same result as decomposing the whole
text, whatever the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rebond.method.text.language import fold, strip_accents


def reference(text: str) -> str:
    return strip_accents(text.replace("’", "'")).lower()


LATIN = "aeiouyAEIOUYéèêëàâäîïôöùûüçÉÈÊÀÇŒœæÆßﬁ’'ΣσςΟΔİı①² \u0301\u0327"


@given(st.text(alphabet=LATIN, max_size=40))
def test_it_folds_like_the_whole_text_decomposed(text):
    assert fold(text) == reference(text)


@given(st.text(max_size=60))
def test_it_folds_any_text_like_the_whole_text_decomposed(text):
    assert fold(text) == reference(text)


def test_plain_words_and_accents():
    assert fold("Déjà VU") == "deja vu"
    assert fold("L’Équipe") == "l'equipe"
    assert fold("e\u0301te\u0301") == "ete"  # an accent typed as its own character
