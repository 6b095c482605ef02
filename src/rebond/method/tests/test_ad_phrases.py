"""Noun phrases of requirement and duty lines, for the `to_check` tier (issue 21, item 2)."""

from rebond.method.cv.requirements import check
from rebond.method.skills.ad_phrases import noun_phrases


def test_french_phrases_keep_their_de_and_elided_links():
    found = noun_phrases(
        "Contribuer aux projets : refonte de l'outil, baromètre d'engagement", "fr"
    )
    assert "baromètre d'engagement" in found
    assert noun_phrases("Troubles de l'attachement et psychotraumatisme", "fr") == [
        "Troubles de l'attachement"
    ]


def test_plural_nouns_are_not_read_as_verbs():
    assert "plans de succession" in noun_phrases("Construire les plans de succession", "fr")


def test_english_phrases_drop_the_duty_verb_and_keep_of_the():
    assert noun_phrases("Supporting hybrid meeting rooms", "en") == ["hybrid meeting rooms"]
    found = noun_phrases("Embed self-serve BI and a single version of the truth", "en")
    assert "single version of the truth" in found


def test_lone_words_verbs_and_qualifiers_are_not_phrases():
    assert noun_phrases("Excellent communication", "en") == []
    assert noun_phrases("Rigoureux, autonome", "fr") == []


AD = """Chargé RH
Missions :
- Construire avec les managers les plans de succession
- Suivre la paie sur Silae
Profil :
- Expérience des entretiens annuels
"""


def test_a_phrase_the_cv_lacks_is_to_check_never_missing():
    result = check("RH\nPaie sous Silae, entretiens annuels", AD, "fr", other_words=False)
    to_check = {k.term for k in result.to_check}
    assert "plans de succession" in to_check
    assert "plans de succession" not in {k.term for k in result.missing}
    assert not any("entretiens annuels" in t for t in to_check)  # the CV says it


def test_a_phrase_loses_its_leading_link_and_its_trailing_wish():
    assert noun_phrases("Connaissance du logiciel de paie indispensable", "fr") == [
        "logiciel de paie"
    ]
    assert noun_phrases("Hands-on data platform experience is desirable", "en") == ["data platform"]


def test_a_phrase_around_a_name_already_read_is_not_repeated():
    ad = "Gestionnaire\nProfil :\n- Maîtrise du logiciel Silae indispensable\n"
    result = check("Gestionnaire de paie\nCompétences : Excel", ad, "fr", other_words=False)
    assert {k.term for k in result.missing} == {"Silae"}
    assert not any("Silae" in k.term for k in result.to_check)
