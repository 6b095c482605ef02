"""What the CV keyword check leaves out of an ad: qualities, duties, examples (C8.3)."""

from __future__ import annotations

import pytest

from rebond.method.cv.coverage import job_keywords, match
from rebond.method.skills.nonterms import names_quality, qualities_line
from rebond.method.skills.zones import zoned_sentences


def _missing(cv: str, ad: str) -> list[str]:
    return [t.term for t in match(cv, ad, lang="en").missing]


def _terms(ad: str, lang: str) -> list[str]:
    return [t.term for t in job_keywords(ad, lang) if not t.quality]  # type: ignore[arg-type]


AD_QUALITIES = """Comptable H/F
Profil : maîtrise de SAP et de la consolidation.
Rigueur, autonomie et esprit d'équipe.
Organised, calm, good with clients."""


def test_qualities_are_named_in_a_finding_not_listed_as_missing_keywords():
    result = match("Comptable, Excel", AD_QUALITIES, lang="en")
    missing = [t.term for t in result.missing]
    assert "SAP" in missing and "consolidation" in missing
    for quality in ("Rigueur", "autonomie", "esprit d'équipe", "Organised", "calm"):
        assert not any(quality.lower() in term.lower() for term in missing), quality
    note = next(f for f in result.findings if f.startswith("Qualities the ad asks for"))
    assert "Rigueur" in note and "autonomie" in note
    # Not counted in the score either: only SAP and consolidation (and the title) weigh.
    assert result.total_weight == pytest.approx(sum(t.weight for t in result.missing))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organised, calm, good with clients.", True),
        ("Passion, rigueur et résistance au stress.", True),
        ("Proactive, good communicator, able to juggle priorities.", True),
        ("Python, SQL and Docker.", False),
        ("Maîtrise de SAP, Excel et Power BI, rigueur.", False),
    ],
)
def test_a_line_made_mostly_of_qualities_is_read_as_qualities(text: str, expected: bool):
    assert qualities_line(text) is expected


def test_a_quality_word_marks_its_phrase_but_a_tool_never_is_one():
    assert names_quality("résistance au stress") and names_quality("attention to detail")
    assert not names_quality("gestion des stocks") and not names_quality("patient records")
    terms = {t.term: t.quality for t in job_keywords("Analyst\nRequirements: Excel, rigour.", "en")}
    assert terms["Excel"] is False  # a tool named in a line of qualities stays a keyword


def test_task_nouns_with_an_article_give_no_lone_duty_objects():
    ad = (
        "Assistant comptable\nMissions : traitement des litiges, suivi des clients, "
        "participation aux arrêtés trimestriels, saisie.\nProfil : contrôle de gestion."
    )
    terms = _terms(ad, "fr")
    assert "arrêtés trimestriels" in terms  # the object of a task noun, when it is a name
    assert "contrôle de gestion" in terms  # no article: a compound term, kept whole
    for duty in ("litiges", "traitement des litiges", "clients", "saisie", "participation"):
        assert duty not in terms


def test_an_unlisted_verb_before_an_article_is_the_duty_not_the_skill():
    ad = "Second de cuisine\nMissions : passer les commandes, seconder le chef.\nProfil : CAP."
    terms = _terms(ad, "fr")
    assert not any("commandes" in t or "chef" in t for t in terms)


def test_a_skill_worded_as_a_task_in_a_duty_line_is_not_a_keyword():
    ad = "Marketing Manager\nThe role: manage a team of 3, own the marketing budget.\n"
    assert not any("manage" in t for t in _terms(ad, "en"))


def test_a_line_opening_with_a_heading_phrase_belongs_to_that_zone():
    ad = (
        "Paralegal\nA law firm in Leeds.\n"
        "You will support partners on commercial leases and Land Registry applications.\n"
        "We need: two years as a paralegal."
    )
    zones = list(zoned_sentences(ad))
    assert ("context", "A law firm in Leeds.") in zones
    assert zones[2][0] == "missions" and zones[2][1].startswith("support partners")
    terms = _terms(ad, "en")
    assert "commercial leases" in terms and "Leeds" not in terms
    assert not any(t.lower().startswith("will") for t in terms)


def test_a_name_and_its_acronym_in_brackets_are_one_requirement():
    ad = "Teacher\nRequirements: Qualified Teacher Status (QTS), Google Classroom."
    assert _missing("PGCE with QTS", ad) == ["Google Classroom"]


def test_a_bracket_offering_a_choice_lists_examples_of_the_thing_before_it():
    ad = "Chargé de recrutement\nProfil : aisance avec un ATS (type Flatchr ou Taleo)."
    assert _missing("Sourcing, Taleo", ad) == []
    missing = _missing("Sourcing, LinkedIn", ad)
    assert len(missing) == 1 and all(n in missing[0] for n in ("ATS", "Flatchr", "Taleo"))
    # Without a choice word the bracket asks for both: Python and pandas.
    assert _missing("Python", "Analyst\nRequirements: Python (pandas).") == ["pandas"]


def test_a_generic_word_inside_a_longer_name_keeps_the_name():
    ad = (
        "Infirmier\nProfil : connaissance des soins palliatifs.\n"
        "Missions : tenir le dossier de soins informatisé."
    )
    terms = _terms(ad, "fr")
    assert "soins palliatifs" in terms
    assert "soins informatisé" not in terms  # the adjective goes with "dossier"
    assert "demand planning" in _terms("Planner\nRequirements: supply or demand planning.", "en")
