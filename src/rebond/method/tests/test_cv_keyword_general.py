"""General rules of the fourth precision pass of the CV keyword check (C8.3, issue 8).

Each rule holds in any sector and in both languages: the schooling clause, perks after the
profile, inclusive endings, words that weigh a requirement, and the CV's own language.
"""

from __future__ import annotations

import pytest

from rebond.method.cv.coverage import job_keywords, match
from rebond.method.skills.zones import perks_sentence, zoned_sentences


def _terms(ad: str, lang: str) -> list[str]:
    return [t.term for t in job_keywords(ad, lang) if not t.quality]  # type: ignore[arg-type]


def _missing(cv: str, ad: str) -> list[str]:
    return [t.term for t in match(cv, ad, lang="en").missing]


@pytest.mark.parametrize(
    ("ad", "lang", "kept", "schooling"),
    [
        (
            "Géomètre H/F\nProfil : école d'ingénieurs ou master en topographie, "
            "maîtrise de Covadis.",
            "fr",
            ["Covadis"],
            ["topographie", "école d'ingénieurs", "master en topographie"],
        ),
        (
            "Acheteur H/F\nProfil : Bac+2/3 en génie mécanique ou chaudronnerie, "
            "connaissance de SAP MM.",
            "fr",
            ["SAP MM"],
            ["génie mécanique", "chaudronnerie", "Bac+2/3"],
        ),
        (
            "Conducteur de ligne H/F\nProfil : CAP/Bac pro Conducteur de ligne ou CQP, "
            "connaissance de SAP PM.",
            "fr",
            ["SAP PM"],
            ["CAP/Bac"],
        ),
        (
            "Lab analyst\nRequirements: a degree in biochemistry or a related science, "
            "hands-on LC-MS.",
            "en",
            ["LC-MS"],
            ["biochemistry", "related science"],
        ),
        (
            "Data scientist\nRequirements: an MSc in econometrics, operational research or "
            "similar; Stan.",
            "en",
            ["Stan"],
            ["econometrics", "operational research"],
        ),
    ],
)
def test_the_schooling_clause_gives_no_keyword(ad, lang, kept, schooling):
    terms = _terms(ad, lang)
    for term in kept:
        assert term in terms
    for word in schooling:
        assert not any(word.lower() in t.lower() for t in terms), (word, terms)


def test_a_training_topic_is_not_schooling():
    # "formation" followed by a topic names a field of work, not a degree.
    terms = _terms(
        "Responsable formation H/F\nProfil : connaissance de la formation professionnelle.", "fr"
    )
    assert "formation professionnelle" in terms


@pytest.mark.parametrize(
    ("sentence", "perks"),
    [
        ("Shift allowance, pension, health insurance.", True),
        ("Study support: paid study leave and exam fees.", True),
        ("Véhicule de service et outillage fournis, paniers repas.", True),
        ("Commission attractive, fichier clients fourni.", True),
        ("Experience with contract manufacturers and MRP.", False),
        ("Maîtrise de SAP, connaissance des tickets d'incident.", False),
        ("Python, SQL, Airflow.", False),
    ],
)
def test_a_sentence_of_perks_is_recognised(sentence, perks):
    assert perks_sentence(sentence) is perks


@pytest.mark.parametrize(
    ("ad", "perk"),
    [
        (
            "Chimiste H/F\nProfil : HPLC, Empower.\nOutillage et EPI fournis, paniers repas.",
            "tickets restaurant",
        ),
        (
            "Chemist\nRequirements: HPLC, Empower.\n"
            "Free on-site parking, company pension and health insurance.",
            "health insurance",
        ),
    ],
)
def test_perks_after_the_profile_are_not_keywords(ad, perk):
    lang = "fr" if "Profil" in ad else "en"
    read = [s for z, s in zoned_sentences(ad) if z != "boilerplate"]
    assert not any(perk in s for s in read)
    terms = _terms(ad, lang)
    assert "HPLC" in terms and "Empower" in terms
    assert not any(perk.lower() in t.lower() for t in terms)


@pytest.mark.parametrize(
    "ad",
    [
        "Assistant(e) de gestion H/F\nMissions : vous serez chargé(e) de la saisie.\n"
        "Profil : administratif(ve) confirmé(e), maîtrise de Sage.",
        "Conseiller·e clientèle\nProfil : salarié·e·s du secteur, maîtrise de Salesforce.",
    ],
)
def test_inclusive_endings_are_not_terms(ad):
    terms = _terms(ad, "fr")
    assert not any(t.lower() in ("e", "ve", "s", "chargé", "e·s") for t in terms), terms
    assert any(t in ("Sage", "Salesforce") for t in terms)


@pytest.mark.parametrize(
    ("ad", "lang"),
    [
        ("Welder\nRequirements: TIG welding. Experience of pipework is desirable.", "en"),
        ("Soudeur H/F\nProfil : soudure TIG. Tuyauterie : souhaitée.", "fr"),
    ],
)
def test_a_word_that_weighs_a_requirement_is_not_one(ad, lang):
    terms = [t.lower() for t in _terms(ad, lang)]
    assert "desirable" not in terms and "souhaitée" not in terms


@pytest.mark.parametrize(
    ("cv", "ad", "language"),
    [
        (
            "Chef de projet — pilotage de projets ERP, PMP.",
            "Project manager\nRequirements: PMP, fluent English and French.",
            "French",
        ),
        (
            "Project manager — ERP roll-outs, PMP.",
            "Chef de projet H/F\nProfil : PMP, anglais courant.",
            "anglais courant",
        ),
    ],
)
def test_the_language_the_cv_is_written_in_is_not_missing(cv, ad, language):
    result = match(cv, ad, lang="en")
    assert language not in [t.term for t in result.missing]
    assert any(m.term == language and m.how == "equivalent" for m in result.matched)
    # The other language, not shown by the CV, stays missing.
    other = match("Project manager — PMP.", ad, lang="en") if language == "French" else None
    if other is not None:
        assert "French" in [t.term for t in other.missing]


@pytest.mark.parametrize(
    ("ad", "lang", "cv", "name", "kind"),
    [
        (
            "Sales executive\nRequirements: experience with MEDDIC or a similar "
            "qualification framework, Salesforce.",
            "en",
            "Sales executive — Salesforce, HubSpot.",
            "MEDDIC",
            "qualification framework",
        ),
        (
            "Gestionnaire paie H/F\nProfil : maîtrise de Silae ou d'un logiciel équivalent, "
            "connaissance de la DSN.",
            "fr",
            "Gestionnaire paie — DSN mensuelle, Excel.",
            "Silae",
            "logiciel",
        ),
    ],
)
def test_a_similar_kind_is_an_alternative_of_the_name(ad, lang, cv, name, kind):
    terms = {t.term: t for t in job_keywords(ad, lang)}
    stand_in = next(t for term, t in terms.items() if term.endswith(kind))
    assert name in stand_in.alternatives
    # Neither in the CV: one gap, not two.
    missing = [t.term for t in match(cv, ad, lang="en").missing]
    assert len([m for m in missing if name in m or kind in m]) == 1


@pytest.mark.parametrize(
    ("cv", "ad", "term"),
    [
        (
            "Contrôleuse de gestion — reporting pour la direction, budget.",
            "Contrôleur de gestion H/F\nMissions : produire le reporting mensuel, le budget.",
            "reporting mensuel",
        ),
        (
            "Analyst — forecasts and variance analysis for the CFO.",
            "Analyst\nResponsibilities: prepare monthly forecasts.",
            "monthly forecasts",
        ),
    ],
)
def test_a_time_modifier_is_not_needed_in_the_cv(cv, ad, term):
    result = match(cv, ad, lang="en")
    assert term in [m.term for m in result.matched]
    assert term not in [t.term for t in result.missing]


@pytest.mark.parametrize(
    ("cv", "ad", "term"),
    [
        (
            "Technicien support N1, InfoServices : installation de postes, parc informatique.",
            "Technicien H/F\nProfil : 2 ans en support informatique, GLPI.",
            "support informatique",
        ),
        (
            "Events coordinator: 40 events a year, budgets up to £80k.",
            "Events manager\nResponsibilities: manage event budgets and suppliers.",
            "event budgets",
        ),
    ],
)
def test_the_words_of_a_plain_phrase_on_one_cv_line_show_it(cv, ad, term):
    result = match(cv, ad, lang="en")
    assert term in [m.term for m in result.matched]


def test_words_spread_over_several_cv_lines_or_a_name_do_not():
    ad = "Events manager\nResponsibilities: manage event budgets, run Google Ads."
    cv = "Events coordinator: 40 events a year, Google Analytics.\nBudgets: £80k; Meta Ads."
    result = match(cv, ad)
    missing = [t.term for t in result.missing]
    assert "event budgets" in missing and "Google Ads" in missing


@pytest.mark.parametrize(
    ("ad", "lang", "circumstance", "kept"),
    [
        (
            "Nurse\nResponsibilities: triage patients, work with doctors in a busy unit, "
            "keep records.",
            "en",
            "doctors",
            "triage patients",
        ),
        (
            "Préparateur H/F\nMissions : délivrance des ordonnances, conseil aux patients.",
            "fr",
            "patients",
            "délivrance des ordonnances",
        ),
    ],
)
def test_a_lone_word_after_a_preposition_of_a_duty_is_not_a_keyword(ad, lang, circumstance, kept):
    terms = _terms(ad, lang)
    assert circumstance not in terms
    assert kept in terms


@pytest.mark.parametrize(
    ("ad", "lang", "quantity", "name"),
    [
        (
            "Accounts payable (12-month contract)\nRequirements: Sage 200, 3D modelling.",
            "en",
            "12-month",
            "3D",
        ),
        ("Réceptionniste hôtel 4-étoiles H/F\nProfil : Opera PMS, 8D.", "fr", "4-étoiles", "8D"),
    ],
)
def test_a_figure_with_a_unit_is_a_quantity_not_a_name(ad, lang, quantity, name):
    terms = _terms(ad, lang)
    assert not any(quantity in t for t in terms), terms
    assert any(name in t for t in terms), terms


@pytest.mark.parametrize(
    ("ad", "lang", "team", "kept"),
    [
        (
            "Data analyst\nResponsibilities: partner with the CRM team on segmentation, "
            "automate reports with Airflow.",
            "en",
            "CRM",
            "Airflow",
        ),
        (
            "Product owner H/F\nMissions : prioriser le backlog avec les équipes de "
            "développement, animer les rituels Scrum.",
            "fr",
            "développement",
            "Scrum",
        ),
    ],
)
def test_a_field_naming_a_team_of_a_duty_is_not_a_keyword(ad, lang, team, kept):
    terms = _terms(ad, lang)
    assert team not in terms and kept in terms, terms


def test_a_time_of_day_or_its_range_is_not_a_keyword():
    terms = _terms("Opérateur H/F\nProfil :\n- Travail en 2x8 (5h-12h30 / 12h30-20h), SAP PM", "fr")
    assert "SAP PM" in terms
    assert not any("12h30" in t for t in terms), terms


def test_a_preference_in_brackets_is_not_an_alternative():
    ad = "Buyer\nRequirements:\n- Hands-on experience with SAP MM (S/4HANA preferred)\n"
    assert _missing("Skills: SAP MM, Excel", ad) == ["S/4HANA"]
    chosen = "Recruiter\nRequirements:\n- An ATS (Greenhouse or Lever)\n"
    assert _missing("Skills: Lever, LinkedIn Recruiter", chosen) == []
