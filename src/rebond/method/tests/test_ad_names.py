"""Names an ad gives that are not skills (issue 21, item 2): one test per rule."""

from rebond.method.cv.requirements import check
from rebond.method.skills.ad_names import read_names

AD = """Responsable Achats H/F

SOFRALEC INDUSTRIES
Chassieu - 69
CDI

Sofralec Industries conçoit des armoires électriques et exploite 3 sites.
Rattaché(e) au Directeur des Opérations, vous rejoignez Margaux, notre Head of People.

Vos missions :
- Développer le sourcing en Europe de l'Est et en Asie, avec un hub à Barcelone
- Déployer la norme ISO 20400 avec l'outil Ivalua
Profil :
- 10 ans d'expérience en tant que Acheteur Senior dans l'industrie
- Maîtrise de SAP et de Coupa
Référence : RA-2025-03 – candidature à Marion Chabert, consultante.
Address: Calderbrook General Hospital, Halifax Road
"""


def test_the_employer_is_read_from_the_header_and_its_describing_sentence():
    names = read_names(AD)
    assert {"sofralec", "industries"} <= names.employer
    assert names.excluded("Industries", "Sofralec Industries recrute") == "employer"
    assert names.excluded("Coupa", "Maîtrise de SAP et de Coupa") is None


def test_a_sentence_describing_the_employer_gives_no_keyword():
    names = read_names(AD)
    line = "Sofralec Industries conçoit des armoires électriques et exploite 3 sites."
    assert names.excluded("armoires électriques", line) == "employer"


def test_places_after_a_place_preposition_and_in_lists():
    names = read_names(AD)
    line = "Développer le sourcing en Europe de l'Est et en Asie, avec un hub à Barcelone"
    assert names.excluded("Barcelone", line) == "place"
    assert names.excluded("Asie", line) == "place"
    assert names.excluded("Barcelone", "Suivre les équipes de Barcelone") == "place"


def test_experience_in_a_tool_is_not_a_place():
    names = read_names("Analyst\nProfile:\n- Experience in Salesforce and Gainsight")
    assert names.excluded("Salesforce", "Experience in Salesforce and Gainsight") is None


def test_a_known_skill_is_never_read_as_a_place():
    names = read_names("Agent\nProfile:\n- Bilingual, at ease in English and Spanish")
    assert names.excluded("Spanish", "at ease in English and Spanish", listed=True) is None


def test_address_lines_and_admin_lines_name_no_keyword():
    names = read_names(AD)
    assert names.excluded("Halifax Road", "Address: Calderbrook General Hospital, Halifax Road")
    line = "Référence : RA-2025-03 – candidature à Marion Chabert, consultante."
    assert names.excluded("RA-2025-03", line) == "admin"


def test_people_in_apposition_to_a_role():
    names = read_names(AD)
    assert {"marion", "chabert", "margaux"} <= names.people
    assert names.excluded("Margaux", "vous rejoignez Margaux, notre Head of People") == "person"


def test_roles_and_teams_are_not_skills():
    names = read_names(AD)
    line = "Rattaché(e) au Directeur des Opérations, vous rejoignez Margaux"
    assert names.excluded("Opérations", line) == "role"
    assert names.excluded("Senior Analyst", "a Senior Analyst to join us") == "role"
    assert names.excluded("product managers", "Collaborate with product managers") == "role"
    assert names.excluded("Disputes Operations", "join our Disputes Operations team") == "role"
    assert names.excluded("RRH", "5 ans en tant que RRH ou HRBP") == "role"


def test_clause_pieces_months_and_numbers_are_not_terms():
    names = read_names(AD)
    assert names.excluded("tech est un vrai", "un environnement tech est un vrai plus")
    assert names.excluded("August / July", "Start: July or August") == "non-term"
    assert names.excluded("5+", "5+ years of Python") == "non-term"


def test_check_leaves_the_ads_names_out_of_both_tiers():
    result = check("Acheteur\nCompétences : SAP", AD, "fr", other_words=False)
    listed = {k.term for k in result.missing + result.to_check}
    assert "Coupa" in listed
    assert not listed & {"Barcelone", "Industries", "Marion Chabert", "RA-2025-03", "Halifax Road"}


def test_the_hiring_processs_own_sentences_and_headings_name_no_keyword():
    names = read_names("Analyst\nPerson Specification\n- SQL")
    line = "This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975"
    assert names.excluded("Offenders Act", line) == "admin"
    heading = "Disclosure and Barring Service Check"
    assert names.excluded("Barring Service", heading) == "admin"
    assert names.excluded("SQL", "Python, SQL and Power BI") is None


def test_a_schooling_lines_fields_and_diplomas_are_to_check():
    names = read_names("Analyst\nProfile:\n- Degree in Computer Science")
    line = "Bachelor's degree in Computer Science, Computer Engineering, or a related field"
    assert names.excluded("Computer Engineering", line) == "schooling"
    line = "Formation Bac+2/3 en paie ou comptabilité (BTS, DCG, licence professionnelle)"
    assert names.excluded("DCG", line, listed=True) == "schooling"


def test_a_driving_licence_is_to_check():
    names = read_names("Technicien\nPermis :\nB - Véhicule léger - Exigé")
    assert names.excluded("B - Véhicule léger", "B - Véhicule léger - Exigé") == "licence"
    line = "Valid driver's license and reliable transportation"
    assert names.excluded("driver's license", line) == "licence"


def test_a_job_boards_skill_summary_is_not_the_ads_list():
    names = read_names("SOC Analyst\nSkills: Incident Response, +8 more")
    line = "Skills: Security Information and Event Management (SIEM), Incident Response, +8 more"
    assert names.excluded("Incident Response", line) == "admin"


def test_the_employers_own_system_is_not_a_keyword():
    names = read_names("Analyst\nEmployer name: Calder NHS Trust\nThe Trust is a hospital.")
    line = "Write SQL queries against the Trust's SQL Server data warehouse"
    assert names.excluded("Trust's SQL Server", line) == "employer"


def test_a_name_before_office_or_site_is_a_place():
    names = read_names("Analyst\nRequirements:\n- SQL\n")
    line = "You'll sit in our Columbus office three days a week"
    assert names.excluded("Columbus", line) == "place"
    assert names.excluded("Tableau", "Build dashboards with Tableau office-wide") is None


def test_the_unit_the_post_sits_in_is_to_check_at_most():
    names = read_names("Analyste\nProfil :\n- SQL\n")
    line = "Au sein de la Direction de la Conformité, vous contribuez au dispositif LCB-FT"
    assert names.excluded("Direction", line) == "team"
    assert names.excluded("LCB-FT", line) is None


def test_a_list_item_in_title_case_is_a_requirement_not_a_heading():
    names = read_names(
        "Process engineer\nWe make syringes for hospitals.\nRequirements:\n• Six Sigma Green Belt\n"
    )
    assert names.excluded("Six Sigma Green Belt", "• Six Sigma Green Belt") is None
    assert names.excluded("Barring Service", "Disclosure and Barring Service Check") == "admin"


def test_a_name_after_a_civility_and_the_words_of_a_role_title_are_not_keywords():
    ad = (
        "Contrôleur de gestion\nVotre futur manager : Mr Tom Baker.\nProfil :\n"
        "- Poste de Directeur Administratif et Financier adjoint, avec SAP\n"
    )
    result = check("Alex\nCompétences : Excel\n", ad, "fr", other_words=False)
    terms = {k.term for k in result.missing + result.to_check}
    assert "SAP" in terms
    assert not {"Mr Tom Baker", "Financier", "Administratif"} & terms


def test_a_department_in_capitals_is_a_field_not_a_team():
    names = read_names("Account executive\nWe sell payroll software.\nRequirements:\n- SQL\n")
    assert names.excluded("Product", "partner with Product and Risk") == "team"
    assert names.excluded("HR", "Experience in HR tech, payroll or workforce software") is None


def test_the_words_come_from_the_playbook(tmp_path, monkeypatch):
    import shutil

    from rebond.method import places, playbook
    from rebond.method.skills import ad_names

    root = tmp_path / "pb"
    shutil.copytree(playbook.BUILTIN_DIR, root, ignore=shutil.ignore_patterns("*.py"))
    cv = root / "en" / "cv.toml"
    text = cv.read_text(encoding="utf-8")
    cv.write_text(text.replace('place_heads = ["office",', 'place_heads = ["plant", "office",'))
    line = "Shifts at our Springfield plant"

    def caches():
        for f in (playbook.load, ad_names._listed, ad_names._w, ad_names.read_names):
            f.cache_clear()

    assert read_names("Operator\nRequirements:\n- SAP\n").excluded("Springfield", line) is None
    monkeypatch.setattr(places.current, "playbook_dir", root)
    caches()
    try:
        names = read_names("Operator\nRequirements:\n- SAP\n")
        assert names.excluded("Springfield", line) == "place"
    finally:
        monkeypatch.undo()
        caches()


def test_a_training_is_not_a_schooling_line():
    names = read_names("Responsable qualité\nNous fabriquons des biscuits.\nProfil :\n- SAP\n")
    training = "Une formation d'auditeur interne et un logiciel documentaire (type Ennov)"
    assert names.excluded("Ennov", training) is None
    assert names.excluded("HACCP", "Une formation HACCP serait un plus") is None
    schooling = "Formation Bac+2/3 en paie ou comptabilité (BTS, DCG)"
    assert names.excluded("DCG", schooling) == "schooling"
