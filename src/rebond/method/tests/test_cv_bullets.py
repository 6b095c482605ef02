"""Results-oriented bullet checks (C8.2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rebond.method.cv.bullets import check_bullet, check_bullets
from rebond.method.cv.extract import extract_text

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "cv"


@pytest.mark.parametrize(
    ("text", "verb", "weak", "figure"),
    [
        ("Piloté la refonte du site, +35 % de conversion", "Piloté", None, True),
        ("Pilotage de la migration vers AWS en 3 mois", "Pilotage", None, True),
        ("J'ai piloté 3 projets", "piloté", None, True),
        ("- Coordonné une équipe de cinq personnes", "Coordonné", None, True),
        ("Réduit les coûts de 20 %", "Réduit", None, True),
        ("Led a churn model that cut cancellations by 12%", "Led", None, True),
        ("Leading a team of four", "Leading", None, True),
        ("Built dashboards for the sales team", "Built", None, False),
        ("Responsable de la relation client", None, "responsable de", False),
        ("En charge du reporting mensuel", None, "en charge du", False),
        ("Participation aux salons professionnels", None, "participation aux", False),
        ("Responsible for the weekly KPI report", None, "responsible for", False),
        ("In charge of vendor contracts worth €2M", None, "in charge of", True),
        ("Helped the team with reports", None, "helped", False),
        ("Participated in 4 trade fairs", None, "participated in", True),
        ("Relation client et suivi des commandes", None, None, False),
        ("Budget de 2 M€ sur 18 mois", None, None, True),
    ],
)
def test_it_checks_verb_weak_opening_and_figure(text, verb, weak, figure):
    check = check_bullet(text)
    assert (check.action_verb, check.weak_opening, check.has_figure) == (verb, weak, figure)
    assert check.ok is (verb is not None and figure)


def test_it_suggests_a_pattern_from_the_persons_words_without_inventing_a_figure():
    check = check_bullet("Responsable de la relation avec les grands comptes", "fr")
    assert check.suggestion == (
        "[verbe d'action] + la relation avec les grands comptes + "
        "[résultat chiffré : X %, X €, X semaines]"
    )
    kept_verb = check_bullet("Built dashboards for the sales team", "en")
    assert kept_verb.suggestion == (
        "Built dashboards for the sales team + [measured result: X %, X €, X weeks]"
    )
    assert check_bullet("Réduit les coûts de 20 %", "fr").suggestion is None


@pytest.mark.parametrize(
    ("name", "bullets"),
    [
        (
            "cv_en_two_columns.pdf",
            [
                "Led a churn model that cut cancellations by 12%",
                "Built weekly dashboards in Tableau for 40 managers",
                "Helped the team with reports",
            ],
        ),
        (
            "cv_fr.docx",
            [
                "Pilotage de la refonte du site, +35 % de conversion",
                "En charge du reporting mensuel",
            ],
        ),
    ],
)
def test_it_finds_the_experience_bullets_of_a_cv(name, bullets):
    doc = extract_text((FIXTURES / name).read_bytes(), name)
    assert [c.text for c in check_bullets(doc.lines)] == bullets
