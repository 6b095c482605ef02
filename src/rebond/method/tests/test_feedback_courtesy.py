"""Courtesy never reaches the strengths journal: praise of the person, the meeting or the
application as a whole, naming no quality, is a courtesy formula in both languages, and a
courtesy formula is at most asked about, never kept as sure feedback."""

from __future__ import annotations

import pytest

from rebond.method.feedback.email import read_email
from rebond.method.feedback.split import is_courtesy


@pytest.mark.parametrize(
    "text",
    [
        "The panel were all very impressed with you.",
        "Honestly, they really liked you!",
        "The whole team thinks very highly of you.",
        "It was a real pleasure to meet you last Tuesday.",
        "We thoroughly enjoyed our conversation.",
        "Nous avons beaucoup apprécié notre échange.",
        "Ils t’ont vraiment appréciée !",
        "C’était un vrai plaisir de vous rencontrer.",
        "Ravis d’avoir échangé avec vous jeudi.",
        "Votre profil nous a beaucoup plu.",
        "Vous avez fait une très bonne impression à l’ensemble du jury.",
        "You made a great impression on everyone you met.",
    ],
)
def test_appreciation_naming_no_quality_is_courtesy(text: str) -> None:
    assert is_courtesy(text)


@pytest.mark.parametrize(
    "text",
    [
        "The panel were impressed with your budget analysis.",
        "They liked your examples, all backed by figures.",
        "Nous avons apprécié la clarté de vos exemples.",
        "Le jury a aimé votre façon de structurer le cas pratique.",
        "Your closing summary pulled everything together and left a strong impression.",
    ],
)
def test_praise_that_names_a_quality_is_not_courtesy(text: str) -> None:
    assert not is_courtesy(text)


def test_a_courtesy_formula_is_at_most_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even when the gate is sure it is feedback, a courtesy formula is only asked about."""
    from rebond.method.feedback import email as feedback_email

    monkeypatch.setattr(
        feedback_email, "probabilities", lambda texts, *args, **kwargs: [0.99] * len(texts)
    )
    email = (
        "Hello Sam,\n\n"
        "I wanted to explain our decision, as the panel were very impressed with you. Your "
        "answers on budgeting lacked concrete figures.\n\n"
        "Best regards,\nJo"
    )
    kept = {p.text: p.doubtful for p in read_email(email).kept}
    assert kept == {
        "I wanted to explain our decision, as the panel were very impressed with you.": True,
        "Your answers on budgeting lacked concrete figures.": False,
    }
