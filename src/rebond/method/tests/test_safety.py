"""Crisis safety: self-harm wording (FR/EN) noticed, idioms left alone, help from the playbook."""

from __future__ import annotations

import pytest

from rebond.method.safety import crisis_signal, help_message, not_therapy_notice


@pytest.mark.parametrize(
    "text",
    [
        "J'ai envie d'en finir.",
        "Parfois j'ai envie d'en finir avec tout ça",
        "J'ai peur de me faire du mal ce soir",
        "Je veux mourir",
        "Je n'ai plus envie de vivre",
        "Je pense à me suicider",
        "Tout le monde serait mieux sans moi, je veux disparaître pour toujours",
        "I want to kill myself",
        "Sometimes I just want to end it all",
        "There is no reason to live anymore",
        "I keep thinking about hurting myself",
        "I don't want to be alive",
        "Everyone would be better off without me",
        "I WANT TO DIE",
        "Je ne vois plus de raison de vivre",
        "jai envie den finir",
        "Je vais me foutre en l'air",
        "I just want to disappear forever",
        "je pense au suicide",
    ],
)
def test_it_notices_self_harm_and_suicidal_wording(text):
    assert crisis_signal(text)


@pytest.mark.parametrize(
    "text",
    [
        "This rejection killed my motivation",
        "Je meurs d'envie de travailler chez eux",
        "I'm dying to work there",
        "That question killed me, haha",
        "Je voudrais en finir avec ce process de recrutement",
        "I want to end this job search on a good note",
        "Cette attente me tue",
        "I'd kill for a job like that",
        "Refuser cette offre serait du suicide professionnel",
        "Turning that offer down would be career suicide",
        "Je voudrais disparaître sous terre tellement j'avais honte",
        "Je suis morte de honte",
        "I'm dead tired after four interviews",
        "",
    ],
)
def test_it_leaves_everyday_idioms_alone(text):
    assert not crisis_signal(text)


def test_it_gives_the_french_national_prevention_line():
    message = help_message("fr")
    assert any(line.number == "3114" and "24" in line.hours for line in message.helplines)
    assert message.lang == "fr" and message.body and message.emergency


@pytest.mark.parametrize("number", ["116 123", "988"])
def test_it_gives_english_helplines(number):
    assert any(line.number == number for line in help_message("en").helplines)


@pytest.mark.parametrize("emergency", ["112", "911", "999"])
def test_it_names_local_emergency_numbers_in_english(emergency):
    assert emergency in help_message("en").emergency


@pytest.mark.parametrize(("lang", "word"), [("fr", "thérapeutique"), ("en", "therapy")])
def test_it_states_that_rebond_is_not_therapy(lang, word):
    assert word in not_therapy_notice(lang)
