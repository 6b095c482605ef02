"""Requirement by requirement (issue 21): the ad's own list, the CV's evidence, two tiers."""

from rebond.method.cv.requirements import check, requirement_lines

AD_FR = """Gestionnaire de paie H/F
Nous sommes un cabinet lyonnais de 40 personnes.
Missions :
- Réaliser la paie de 300 salariés sous Silae
- Aider ponctuellement les collègues
Profil :
- 3 ans d'expérience en paie
- Maîtrise d'Excel (tableaux croisés dynamiques)
- La connaissance de Cegid serait un plus
Avantages : tickets restaurant, mutuelle.
"""
CV_FR = """Julie Martin
Gestionnaire de paie, Hexa (2019-2024)
- Paie de 250 salariés sous Silae, DSN mensuelles
Compétences : Excel, tableaux croisés dynamiques
"""


def test_the_ads_own_list_is_read_and_the_pitch_and_perks_are_not():
    lines = requirement_lines(AD_FR)
    texts = [text for _kind, text in lines]
    assert ("required", "- 3 ans d'expérience en paie") in lines
    assert ("nice", "- La connaissance de Cegid serait un plus") in lines
    assert not any("cabinet lyonnais" in t or "tickets" in t for t in texts)


def test_each_requirement_shows_its_evidence_or_not_found():
    result = check(CV_FR, AD_FR, "fr", other_words=False)
    by_text = {r.text: r for r in result.requirements}
    silae = by_text["Réaliser la paie de 300 salariés sous Silae"]
    assert silae.covered and silae.how == "exact" and "Silae" in silae.evidence
    assert silae.kind == "duty"
    cegid = by_text["La connaissance de Cegid serait un plus"]
    assert not cegid.covered and cegid.evidence == ""
    assert [k.term for k in cegid.missing_keywords] == ["Cegid"]


def test_the_score_is_the_covered_weight_and_shows_its_arithmetic():
    result = check(CV_FR, AD_FR, "en", other_words=False)
    assert result.score == round(result.covered_weight / result.total_weight, 4)
    assert f"{result.covered_weight} of {result.total_weight}" in result.explanation
    assert "nice-to-have 0/1" in result.explanation


def test_missing_keywords_name_the_ads_sentence_and_dismissed_ones_leave():
    result = check(CV_FR, AD_FR, "fr", other_words=False)
    cegid = next(k for k in result.missing if k.term == "Cegid")
    assert cegid.source == "La connaissance de Cegid serait un plus"
    after = check(CV_FR, AD_FR, "fr", dismissed=["cégid"], other_words=False)
    assert "Cegid" not in [k.term for k in after.missing + after.to_check]
    line = next(r for r in after.requirements if "Cegid" in r.text)
    assert line.dismissed and after.total_weight < result.total_weight


def test_a_requirement_said_in_other_words_is_covered_by_the_encoder():
    ad = "Office manager\nRequirements:\n- You are at ease welcoming visitors and clients\n"
    cv = "Experience\n- Greeted guests and customers at the front desk every day\n"
    result = check(cv, ad, "en")
    (req,) = result.requirements
    assert req.covered and req.how == "other_words"
    assert "front desk" in req.evidence


# Confidence from the evidence the ad gives (issue 21, item 2).
AD_TIERS = """Gestionnaire RH
Missions :
- Refondre l'outil d'entretiens sur Lucca avec l'équipe
- Travailler avec Product et Risk sur les parcours
- Préparer les entretiens annuels : 40 personnes
- Suivre 12 personnes en mobilité
Profil :
- Une bonne maîtrise de SAP est attendue
- La rigueur est attendue
- L'allemand serait un plus
"""


def _tiers(ad: str) -> tuple[set[str], set[str]]:
    result = check("Assistante RH\nCompétences : SAP, Excel", ad, "fr", other_words=False)
    return {k.term for k in result.missing}, {k.term for k in result.to_check}


def test_a_capitalised_word_inside_a_duty_line_is_a_named_tool():
    missing, _ = _tiers(AD_TIERS)
    assert "Lucca" in missing


def test_a_team_named_with_a_capital_is_to_check_never_missing():
    missing, to_check = _tiers(AD_TIERS)
    assert not {"Product", "Risk"} & missing
    assert {"Product", "Risk"} & to_check


def test_a_lone_word_the_ad_repeats_is_not_confident():
    missing, _ = _tiers(AD_TIERS)
    assert not {"attendue", "personnes"} & missing


def test_a_language_written_in_lower_case_is_missing():
    missing, _ = _tiers(AD_TIERS)
    assert "allemand" in missing


def test_an_absent_name_of_an_or_list_is_to_check_when_another_is_shown():
    ad = "Analyst\nRequirements:\n- Experience with BI tools (Power BI, Tableau or Looker)\n"
    result = check("Analyst\nSkills: Tableau, SQL", ad, "en", other_words=False)
    assert "Power BI" not in {k.term for k in result.missing}
    assert "Power BI" in {k.term for k in result.to_check}


def test_or_similar_is_not_a_choice_among_the_names():
    ad = "Engineer\nRequirements:\n- Modern data stack tools: Snowflake, dbt or similar\n"
    result = check("Engineer\nSkills: dbt, SQL", ad, "en", other_words=False)
    assert "Snowflake" in {k.term for k in result.missing}


def test_a_name_the_cv_shows_in_another_form_is_to_check_not_missing():
    ad = "Technicien\nProfil :\n- Maîtrise des automates Siemens S7 et de Kubernetes\n"
    cv = "Technicien\nAutomatisme : API Siemens S7-300 / S7-1500 (TIA Portal)"
    result = check(cv, ad, "fr", other_words=False)
    assert "Siemens S7" not in {k.term for k in result.missing}
    assert "Siemens S7" in {k.term for k in result.to_check}
    assert "Kubernetes" in {k.term for k in result.missing}


def test_one_gap_is_named_once():
    ad = (
        "Ingénieur qualité\nMissions :\n- Participer aux AMDEC produit/process avec les projets\n"
        "Profil :\n- Pratique de l'AMDEC\n"
    )
    result = check("Ingénieur\nCompétences : 8D", ad, "fr", other_words=False)
    names = [k.term for k in result.missing]
    assert names.count("AMDEC") == 1
    assert not any(n.startswith("AMDEC ") for n in names)
