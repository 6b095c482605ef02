"""Skills read from a job description, and found again in another text (C7.1, C8.3)."""

from __future__ import annotations

import pytest

from rebond.method import playbook
from rebond.method.skills import extract_skills, label, match_skills, skill_key, tokenize
from rebond.method.skills.playbook import skills_playbook

JOB_FR = """Data Analyst H/F
À propos de nous
Nous sommes une enseigne familiale qui aime Excel et les défis.
Vos missions
- Concevoir des tableaux de bord sous Power BI
- Automatiser les reportings
Profil recherché :
- Maîtrise de SQL et de Python
- Expérience en gestion de projets data
- Bonne connaissance des marchés financiers
- Esprit de synthèse et rigueur
- 3 ans d'expérience minimum
Atouts
- Connaissance de Snowflake
- Le machine learning serait un plus
"""

JOB_EN = """Senior Backend Engineer
About us: we build scheduling software for clinics.
Responsibilities
* Design REST APIs and own our CI/CD pipelines on AWS
Requirements
- 5+ years of experience with Python
- Strong knowledge of PostgreSQL and Redis
- Excellent communication skills
- Experience with Temporal workflows
Nice to have
- Kafka
- Machine learning is a plus
Benefits
- Flexible hours, remote work
"""


def _by_key(text: str, lang: str) -> dict[str, tuple[float, str]]:
    return {s.key: (s.weight, s.section) for s in extract_skills(text, lang)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "weight", "section"),
    [
        ("lang_sql", 1.0, "requirements"),
        ("lang_python", 1.0, "requirements"),
        ("project_management", 1.0, "requirements"),
        ("synthesis", 1.0, "requirements"),
        ("rigour", 1.0, "requirements"),
        ("phrase:march financi", 1.0, "requirements"),
        ("power_bi", 0.8, "missions"),
        ("data_visualisation", 0.8, "missions"),
        ("snowflake", 0.5, "nice_to_have"),
        ("machine_learning", 0.5, "nice_to_have"),
        ("excel", 0.2, "company"),
    ],
)
def test_it_weights_french_skills_by_section(key: str, weight: float, section: str) -> None:
    assert _by_key(JOB_FR, "fr")[key] == (weight, section)


@pytest.mark.parametrize(
    ("key", "weight", "section"),
    [
        ("lang_python", 1.0, "requirements"),
        ("postgresql", 1.0, "requirements"),
        ("communication", 1.0, "requirements"),
        # "Temporal" is read as the tool's name (capitalised mid-sentence), its workflows as
        # the context: the one reader of postings keeps names whole since the merge.
        ("phrase:tempor", 1.0, "requirements"),
        ("rest_api", 0.8, "missions"),
        ("ci_cd", 0.8, "missions"),
        ("aws", 0.8, "missions"),
        ("kafka", 0.5, "nice_to_have"),
        ("machine_learning", 0.5, "nice_to_have"),
        ("remote_work", 0.2, "company"),
    ],
)
def test_it_weights_english_skills_by_section(key: str, weight: float, section: str) -> None:
    assert _by_key(JOB_EN, "en")[key] == (weight, section)


def test_it_skips_boilerplate_phrases_and_ranks_requirements_first() -> None:
    skills = extract_skills(JOB_FR, "fr")
    assert not any("experience" in s.key or "ans" in s.term for s in skills)
    weights = [s.weight for s in skills]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        (
            "Maîtrise de CI/CD, C++, C# et .NET",
            "fr",
            ["ci_cd", "lang_cpp", "lang_csharp", "dotnet"],
        ),
        ("Gestion des projets, gestion de projet", "fr", ["project_management"] * 2),
        (
            "Managing projects with SQL/NoSQL",
            "en",
            ["project_management", "lang_sql", "lang_nosql"],
        ),
        ("Le tableau est prêt, la vue aussi.", "fr", []),  # not the Tableau and Vue tools
        ("Tableau and Vue.js", "en", ["tableau", "vue"]),
        ("we use sql daily", "en", []),  # short acronyms keep their capitals
    ],
)
def test_it_folds_inflections_and_keeps_acronyms(text: str, lang: str, keys: list[str]) -> None:
    found = extract_skills(text, lang)  # type: ignore[arg-type]
    assert sorted(k for s in found for k in [s.key] * s.count if s.source == "vocabulary") == (
        sorted(keys)
    )


@pytest.mark.parametrize(
    ("name", "lang", "key"),
    [
        ("Gestion de projet", "fr", "project_management"),
        ("project management", "fr", "project_management"),
        ("négociation", "en", "negotiation"),
        ("Power BI", "en", "power_bi"),
        ("marchés financiers", "fr", "phrase:march financi"),
    ],
)
def test_it_gives_one_key_across_languages(name: str, lang: str, key: str) -> None:
    assert skill_key(name, lang) == key  # type: ignore[arg-type]


def test_it_matches_wanted_skills_in_another_text() -> None:
    wanted = extract_skills(JOB_FR, "fr")
    cv = "Pilotage de projet, requêtes SQL, tableaux de bord ; marchés financiers."
    found = match_skills(cv, wanted, "fr")
    assert found["project_management"] == 1
    assert found["lang_sql"] == 1
    assert found["phrase:march financi"] == 1
    assert found["lang_python"] == 0


def test_it_labels_keys_in_each_language() -> None:
    assert label("project_management", "fr") == "gestion de projet"
    assert label("project_management", "en") == "project management"


def test_it_tokenizes_symbols_and_elisions() -> None:
    assert tokenize("L'analyse d'A/B tests en Node.js") == [
        "L'",
        "analyse",
        "d'",
        "A",
        "/",
        "B",
        "tests",
        "en",
        "Node.js",
    ]


def test_it_has_hundreds_of_shared_vocabulary_keys() -> None:
    fr = set(playbook.section("fr", "skills")["vocabulary"])
    en = set(playbook.section("en", "skills")["vocabulary"])
    assert fr == en
    assert len(fr) >= 300
    assert skills_playbook("fr").similarity_threshold > 0
