"""Written forms of one requirement in a job ad (C8.3, issue 8, fifth pass).

An ad often names one thing in two forms, or offers a choice inside one token: a phrase and
its acronym in brackets, "ATI/AAT", "Git-based". Each form is read as the ad means it.
"""

from __future__ import annotations

import pytest

from rebond.method.cv.coverage import job_keywords, match
from rebond.method.cv.terms import tokens
from rebond.method.skills.acronyms import abbreviates, acronym_choice


def _missing(cv: str, ad: str, lang: str) -> list[str]:
    return [t.term for t in match(cv, ad, lang=lang).missing]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cv", "ad", "lang", "phrase"),
    [
        (
            "Gestionnaire paie (2018-2025) : DSN mensuelle, 450 bulletins.",
            "Gestionnaire de paie\nMissions : réaliser les déclarations sociales (DSN).",
            "fr",
            "déclarations sociales",
        ),
        (
            "Team lead: ran the KPR with the board.",
            "Operations lead\nDuties: run the monthly key performance review (KPR).",
            "en",
            "key performance review",
        ),
    ],
)
def test_a_phrase_is_shown_by_its_acronym_in_brackets(cv, ad, lang, phrase):
    assert not any(phrase in term for term in _missing(cv, ad, lang))
    # Without the acronym in the CV, the phrase and its acronym are one gap, listed once.
    bare = "Experience: payroll." if lang == "en" else "Expérience : paie."
    gaps = _missing(bare, ad, lang)
    assert len([g for g in gaps if phrase in g]) == 1


@pytest.mark.parametrize(
    ("acronym", "phrase", "expected"),
    [
        ("DSN", "déclarations sociales", True),
        ("CDA", "Code des assurances", True),
        ("GRC", "gestion de la relation client", True),
        ("SAP", "progiciel de gestion", False),  # an example, not the phrase's letters
        ("ERP", "ERP", False),  # one word: nothing to abbreviate
        ("PhD", "public health", False),  # not all capitals
    ],
)
def test_an_acronym_abbreviates_a_phrase_by_its_initials(acronym, phrase, expected):
    assert abbreviates(acronym, tokens(phrase)) is expected


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("ATI/AAT", ["ATI", "AAT"]),
        ("BTS/DUT", ["BTS", "DUT"]),
        ("B1V/BR", ["B1V", "BR"]),
        ("H/F", []),  # a gender marker
        ("Bac+2/3", []),
        ("iOS/Android", []),
        ("achats/logistique", []),
    ],
)
def test_acronyms_joined_by_a_slash_are_a_choice(word, parts):
    assert acronym_choice(word) == parts


@pytest.mark.parametrize(
    ("cv", "ad", "lang"),
    [
        (
            "Accounts assistant; AAT Level 3.",
            "AP specialist\nRequirements: an accounting qualification (ATI/AAT).",
            "en",
        ),
        (
            "Électricien ; habilitation BR à jour.",
            "Électricien H/F\nProfil : habilitation électrique B1V/BR exigée.",
            "fr",
        ),
    ],
)
def test_one_acronym_of_a_slash_choice_is_enough(cv, ad, lang):
    missing = _missing(cv, ad, lang)
    assert not any("/" in term or term in ("ATI", "B1V") for term in missing)
    # Neither in the CV: one gap naming both, not one opaque token.
    gaps = _missing("Experience: sales.", ad, lang)
    assert any(" / " in g for g in gaps), gaps


def test_slash_tokens_that_name_one_thing_stay_whole():
    terms = [t.term for t in job_keywords("DevOps\nRequirements: CI/CD, TCP/IP.", "en")]
    assert "CI/CD" in terms and "CI" not in terms


@pytest.mark.parametrize(
    ("ad", "lang", "name", "whole"),
    [
        (
            "QC analyst\nRequirements: two years in a GMP-regulated lab.",
            "en",
            "GMP",
            "GMP-regulated",
        ),
        ("Developer\nRequirements: Git-based workflows, Python.", "en", "Git", "Git-based"),
        ("Writer\nRequirements: SEO-optimised copy for the web.", "en", "SEO", "SEO-optimised"),
    ],
)
def test_a_participle_after_a_name_is_not_part_of_the_keyword(ad, lang, name, whole):
    terms = [t.term for t in job_keywords(ad, lang)]
    assert name in terms and not any(whole in t for t in terms)
    cv = f"Skills: {name}, Excel."
    assert not any(name in t for t in _missing(cv, ad, lang))


@pytest.mark.parametrize(
    ("cv", "ad"),
    [
        (
            "Contrôleur de gestion, Distrimax (2020-2025) : budget annuel ; Excel.",
            "Analyste financier\nProfil : 3 ans en contrôle de gestion, Excel.",
        ),
        (
            "Expérience : 4 ans en contrôle de gestion ; Excel.",
            "Poste : contrôleur de gestion\nProfil : expérience de contrôleur de gestion, Excel.",
        ),
        (
            "Gestionnaire de paie, Hexa (2018-2025) ; Excel.",
            "Assistant RH\nProfil : expérience en gestion de la paie, Excel.",
        ),
        (
            "Développeur web, Studio Nord (2021-2025) ; intégrateur web ; Excel.",
            "Intégrateur web\nProfil : une première expérience en développement web, Excel.",
        ),
    ],
)
def test_a_french_role_shows_its_activity_and_back(cv, ad):
    assert _missing(cv, ad, "fr") == []


def test_a_role_alone_does_not_stand_for_a_single_word():
    # Alone, the stripped stems are too short to trust ("moteur" is not "mot").
    assert _missing("Mots-clés : Excel", "Mécanicien\nProfil : moteur, Excel.", "fr") == ["moteur"]
