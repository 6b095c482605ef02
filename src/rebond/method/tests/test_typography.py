import doctest

import pytest

from rebond.method.text import typography
from rebond.method.text.typography import french_typography, french_typography_html

N = "\u202f"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un fait objectif:", f"Un fait objectif{N}:"),
        ("Distorsions possibles : a", f"Distorsions possibles{N}: a"),
        ("Trop longue: 0/3", f"Trop longue{N}: 0/3"),
        ("Vraiment ?", f"Vraiment{N}?"),
        ("Vraiment?!", f"Vraiment{N}?!"),
        ("un ; deux", f"un{N}; deux"),
        ("Bravo !", f"Bravo{N}!"),
        ("Bravo\u00a0!", f"Bravo{N}!"),
        ("(ou pas?)", f"(ou pas{N}?)"),
        ("« Trop junior »", f"«{N}Trop junior{N}»"),
        ("«Trop junior»", f"«{N}Trop junior{N}»"),
        ("le 3 : tout", f"le 3{N}: tout"),
        # Left as they are.
        ("à 14:30", "à 14:30"),
        ("un ratio 3:1", "un ratio 3:1"),
        ("https://exemple.fr/a?b=1", "https://exemple.fr/a?b=1"),
        ("mailto:nadia@exemple.fr", "mailto:nadia@exemple.fr"),
        ("merci :)", "merci :)"),
        ("merci ;-)", "merci ;-)"),
        ("attendre...", "attendre..."),
        ("C:\\Users", "C:\\Users"),
        ("R&amp;D", "R&amp;D"),
        ("l&#x27;équipe", "l&#x27;équipe"),
        ("a\n: liste", "a\n: liste"),
        (f"déjà{N}: fait", f"déjà{N}: fait"),
        ("", ""),
    ],
)
def test_it_spaces_french_punctuation(text, expected):
    assert french_typography(text) == expected


def test_it_is_idempotent():
    once = french_typography("Un fait : « oui » ; non ! 10 % à 14:30")
    assert french_typography(once) == once


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<a href="/x?y=1" title="a: b">Lien:</a>', f'<a href="/x?y=1" title="a: b">Lien{N}:</a>'),
        ("<script>var a = {b: 1};</script>", "<script>var a = {b: 1};</script>"),
        ("<style>a:hover{x:y}</style>", "<style>a:hover{x:y}</style>"),
        ("<pre>a: b</pre><p>a: b</p>", f"<pre>a: b</pre><p>a{N}: b</p>"),
        ("<textarea>Note: x</textarea>", "<textarea>Note: x</textarea>"),
        ('<input value="Note: x">', '<input value="Note: x">'),
        ("<!-- a: b --><b>Oui</b> !", f"<!-- a: b --><b>Oui</b>{N}!"),
        ("<code>k: v</code>", "<code>k: v</code>"),
        (
            '<div data-text-step="Étape 1 : x" data-x="a : b">',
            f'<div data-text-step="Étape 1{N}: x" data-x="a : b">',
        ),
    ],
)
def test_it_touches_visible_text_only(html, expected):
    assert french_typography_html(html) == expected


def test_its_examples_hold():
    assert doctest.testmod(typography).failed == 0
