"""The two keyword tiers judged by what a term is (issue 21, generalisation to new writers)."""

from rebond.method.cv import tiers
from rebond.method.cv.requirements import check

CV_EN = """Sam Patel
Support analyst, Acme (2020-2024)
- Handled 40 tickets a day, Zendesk, Excel
Skills: Excel, SQL
"""


def _tiers(ad: str, cv: str = CV_EN) -> tuple[set[str], set[str]]:
    result = check(cv, ad, "en", other_words=False)
    return {k.term for k in result.missing}, {k.term for k in result.to_check}


def test_a_field_of_the_vocabulary_is_to_check_a_tool_is_missing():
    ad = (
        "Support lead\nRequirements:\n"
        "- Strong customer service and stakeholder management\n- Terraform\n"
    )
    missing, to_check = _tiers(ad)
    assert "Terraform" in missing
    assert not {"customer service", "stakeholder management"} & missing
    assert {"customer service", "stakeholder management"} <= to_check


def test_a_plain_phrase_the_ad_repeats_is_to_check_not_missing():
    ad = (
        "Analyst\nRequirements:\n- Experience of card network rules\n"
        "- You will apply card network rules daily\n"
    )
    missing, to_check = _tiers(ad)
    assert "card network rules" not in missing
    assert "card network rules" in to_check


def test_a_piece_of_a_coordination_or_a_plural_acronym_is_not_missing():
    assert tiers.common("USAID and/or")
    assert tiers.common("hygiène et de sécurité")
    assert tiers.common("CFOs")
    assert not tiers.common("A&E") and not tiers.common("Power BI")
    ad = "Account executive\nRequirements:\n- You sell to CFOs and COOs of mid-size firms\n"
    missing, _ = _tiers(ad)
    assert not {"CFOs", "COOs"} & missing


def test_a_kind_before_its_examples_is_to_check_the_examples_missing():
    ad = (
        "Sales ops\nRequirements:\n- Experience with dbt and a BI tool such as Looker or Tableau\n"
        "- Strong CRM discipline (HubSpot)\n"
    )
    missing, to_check = _tiers(ad)
    assert "HubSpot" in missing and any("Looker" in term for term in missing)
    assert not {"BI", "CRM"} & missing
    assert "CRM" in to_check


def test_a_name_with_its_own_acronym_or_a_product_code_is_not_a_kind():
    assert not tiers.before_examples("PL-300", "Microsoft PL-300 (Power BI Data Analyst)")
    assert not tiers.before_examples("production schedule", "the production schedule (MPS) for")


def test_an_adjective_of_nationality_is_not_missing_a_language_is():
    ad = (
        "Account manager\nRequirements:\n- Experience with Australian customers\n"
        "- Experience working across multiple Southeast Asian markets\n"
    )
    missing, to_check = _tiers(ad)
    assert not {"Australian", "Southeast Asian"} & missing
    assert "Australian" in to_check
    assert not tiers.demonym("Vietnamese", "Fluent Vietnamese")
    assert not tiers.demonym("Japanese", "Japanese and Korean")


def test_an_acronym_before_the_word_for_a_tool_is_a_kind_to_check():
    ad = "Analyst\nRequirements:\n- You can build a view in a BI tool or spreadsheet\n- Looker\n"
    missing, to_check = _tiers(ad)
    assert "BI" not in missing and "BI" in to_check
    assert "Looker" in missing
    assert not tiers.kind_of_tool("IODAS", "Maîtrise du logiciel IODAS")


def test_a_quality_the_ad_asks_for_and_the_cv_does_not_name_is_to_check():
    ad = "Comptable\nProfil :\n- Rigueur et autonomie\n- Maîtrise de Sage\n"
    cv = "Léa\nComptable, rigoureuse : rigueur reconnue\nCompétences : Excel\n"
    result = check(cv, ad, "fr", other_words=False)
    missing = {k.term for k in result.missing}
    to_check = {k.term for k in result.to_check}
    assert "Sage" in missing
    assert "autonomie" in to_check and "autonomie" not in missing
    assert "Rigueur" not in to_check and "rigueur" not in to_check
    line = next(r for r in result.requirements if r.text == "Rigueur et autonomie")
    assert [k.how for k in line.keywords if k.term == "autonomie"] == ["quality"]


def test_a_gloss_in_brackets_after_a_versioned_name_is_not_missing():
    ad = (
        "QA lead\nRequirements:\n"
        "- Strong knowledge of cGMP, ICH Q9 (Quality Risk Management) and ICH Q10\n"
    )
    missing, _ = _tiers(ad)
    assert "Quality Risk Management" not in missing
    assert any("Q9" in term for term in missing)


def test_an_open_list_gives_examples_one_shown_is_enough_unless_named_again():
    ad = (
        "Réceptionniste\nProfil :\n- Maîtrise d'un PMS (Opera, Mews, Medialog…) ;\n"
        "- Une langue parmi les marchés (Pérou, Chili, Costa Rica…)\n"
        "- La connaissance de Mews serait appréciée\n"
    )
    cv = "Léa\nRéceptionniste, Hôtel du Parc\nLogiciels : Opera\nVoyages : Pérou\n"
    result = check(cv, ad, "fr", other_words=False)
    missing = {k.term for k in result.missing}
    to_check = {k.term for k in result.to_check}
    assert "Medialog" in to_check and "Medialog" not in missing
    assert "Costa Rica" not in missing
    assert "Mews" in missing


def test_a_word_in_capitals_because_its_line_is_is_not_an_acronym():
    ad = (
        "ACCOUNT EXECUTIVE (MID-MARKET)\nResponsibilities:\n"
        "- Grow a portfolio of mid-market customers with HubSpot\n"
    )
    missing, _ = _tiers(ad)
    assert "MID-MARKET" not in missing
    assert "HubSpot" in missing
