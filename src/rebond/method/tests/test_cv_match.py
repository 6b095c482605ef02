"""Keyword coverage of a CV against a job ad (C8.3) and message drift (C8.4)."""

from __future__ import annotations

import pytest

from rebond.method import playbook
from rebond.method.cv.coverage import JobTerm, job_keywords, match
from rebond.method.cv.message import claims, message_drift
from rebond.method.skills.zones import zoned_sentences

AD_FR = """Chef de projet digital H/F
Qui sommes-nous ? Une agence Shopify de 40 personnes.
Vos missions :
- Suivre le budget et le planning
Profil recherché :
- Maîtrise des méthodes agiles (Scrum) et de JIRA
- Connaissance de Google Analytics
Une expérience sur Salesforce serait un plus.
Avantages : tickets restaurant, Swile."""


def test_it_weighs_keywords_by_zone_and_skips_the_company_pitch():
    terms = {t.term: (t.zone, t.weight) for t in job_keywords(AD_FR, "fr")}
    assert terms["méthodes agiles"] == ("requirements", 1.0)
    assert terms["Google Analytics"] == ("requirements", 1.0)
    assert terms["budget"] == ("missions", 0.6)
    assert terms["Salesforce"] == ("nice_to_have", 0.5)
    assert "Shopify" not in terms and "Swile" not in terms  # pitch and benefits weigh nothing


@pytest.mark.parametrize(
    ("line", "zone"),
    [
        ("Profil recherché :", "requirements"),
        ("Requirements", "requirements"),
        ("What you'll do:", "missions"),
        ("Nice to have: Kafka", "nice_to_have"),
        ("Benefits: equity", "boilerplate"),
        ("Pourquoi nous rejoindre ? Une équipe soudée.", "boilerplate"),
    ],
)
def test_it_reads_the_zones_of_an_ad(line, zone):
    zones = [z for z, _ in zoned_sentences(f"Titre\n{line}\nSQL")]
    assert zones[1] == zone


@pytest.mark.parametrize(
    ("cv", "job", "matched", "missing"),
    [
        # Inflections and accents folded.
        (
            "Gestion des projets, négociations",
            "Poste\nProfil : gestion de projet, négociation",
            ["gestion de projet", "négociation"],
            [],
        ),
        # Acronyms and technical tokens kept whole; "SQL" is not "MySQL".
        ("MySQL, CI/CD, C++", "Dev\nRequirements: SQL, CI/CD, C++", ["CI/CD", "C++"], ["SQL"]),
        # Across languages through the playbook's table.
        (
            "Gestion de projet, conduite du changement",
            "Offre\nRequirements: project management, change management",
            ["project management", "change management"],
            [],
        ),
        (
            "Agile methods, user research",
            "Offre\nProfil : méthodes agiles, recherche utilisateur",
            ["méthodes agiles", "recherche utilisateur"],
            [],
        ),
        # "Go or Java": one alternative is enough.
        ("Java, Spring", "Offre\nRequirements: Go or Java, Kafka", ["Java", "Go"], ["Kafka"]),
    ],
)
def test_it_finds_keywords_in_the_cv(cv, job, matched, missing):
    result = match(cv, job)
    assert sorted(m.term for m in result.matched) == sorted(matched)
    assert [t.term for t in result.missing] == missing


def test_it_explains_the_score_with_its_figures():
    result = match("SQL", "Analyst\nRequirements: SQL, Python\nNice to have: Spark", lang="en")
    assert result.total_weight == 2.5 and result.matched_weight == 1.0
    assert result.score == pytest.approx(0.4)
    assert result.explanation.startswith("Coverage: 40 % (1.0 of 2.5 keyword points).")
    assert [t.term for t in result.missing] == ["Python", "Spark"]  # heaviest first
    assert result.findings[0] == "Required keywords missing from the CV: Python."
    assert result.findings[1] == "Nice-to-have items from the ad missing from the CV: Spark."


def test_it_accepts_keywords_from_another_extractor():
    terms = [JobTerm("Kubernetes", 2.0, "requirements"), JobTerm("Terraform", 1.0, "missions")]
    result = match("Kubernetes", "ignored", terms=terms, lang="en")
    assert result.score == pytest.approx(2 / 3, abs=1e-4)


def test_it_scores_an_empty_ad_as_zero_without_failing():
    result = match("SQL", "", lang="fr")
    assert (result.score, result.matched, result.missing) == (0.0, (), ())


@pytest.mark.slow
def test_it_matches_close_phrasings_with_the_optional_encoder():
    job = "Analyst\nRequirements: time series, Kafka"
    assert sorted(t.term for t in match("Séries temporelles", job).missing) == [
        "Kafka",
        "time series",
    ]
    result = match("Séries temporelles", job, semantic=True)
    assert [(m.term, m.how, m.evidence) for m in result.matched] == [
        ("time series", "semantic", "Séries temporelles")
    ]
    assert [t.term for t in result.missing] == ["Kafka"]


def test_it_lists_the_claims_a_text_lacks():
    vp = "Cheffe de projet digital, je pilote des sites e-commerce : +30 % de conversion."
    assert claims(vp, "fr") == [
        "Cheffe de projet digital",
        "conversion",
        "sites e-commerce",
        "30 %",
    ]
    cv, profile = message_drift(
        vp,
        {
            "cv": "Cheffe de projet digital ; sites e-commerce, conversion +30 %",
            "profile": "Cheffe de projet passionnée de voyages",
        },
        "fr",
    )
    assert (cv.name, cv.missing_claims, cv.method) == ("cv", (), "lexical")
    assert profile.missing_claims == (
        "Cheffe de projet digital",
        "conversion",
        "sites e-commerce",
        "30 %",
    )
    assert cv.similarity > profile.similarity


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_has_the_same_playbook_entries_in_both_languages(lang):
    other = "en" if lang == "fr" else "fr"
    for table in ("cv_findings", "cv_terms", "cv_match", "cv_sections"):
        assert set(playbook.section(lang, table)) == set(playbook.section(other, table))
