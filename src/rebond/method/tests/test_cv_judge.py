"""The requirement judge: a line is covered when what the reader found carries it."""

from rebond.method.cv import judge
from rebond.method.cv.output import requirement_lines
from rebond.method.cv.requirements import check

CV = "Employé libre-service\nFormation de 3 nouveaux équipiers\nMise en rayon et encaissement"
AD = (
    "Adjoint de magasin\nProfil :\n"
    "- Expérience de la mise en rayon et de l'encaissement\n"
    "- Une formation HACCP serait un plus\n"
)


def test_the_weights_ship_for_todays_features():
    model = judge.model()
    assert model is not None
    assert len(model.weights) == len(judge.FEATURES) + 1 == len(model.mean) + 1


def test_a_name_the_line_asks_for_and_the_cv_lacks_is_never_said_in_other_words():
    reading = judge.Reading(
        found=[], absent=[], phrases=2, content_words=6, same_words_share=0.2,
        same_words_count=1, cosines=[0.9, 0.8], kind="required", keywords_cover=False,
        french=True, named_gap=True,
    )  # fmt: skip
    assert reading.decided and not judge.shows(reading)


def test_one_common_word_found_shows_a_line_only_in_part():
    result = check(CV, AD)
    lines = {r.text.split()[0]: r for r in result.requirements}
    shelves, haccp = lines["Expérience"], lines["Une"]
    assert shelves.covered and shelves.how == "exact"
    assert not haccp.covered and haccp.partly and "Formation de 3" in haccp.evidence
    assert result.score < 1
    text = "\n".join(requirement_lines(result, "fr"))
    assert "[~~] Une formation HACCP" in text and "montré en partie seulement" in text


def test_without_the_encoder_the_readers_own_verdict_stands():
    result = check(CV, AD, other_words=False)
    assert all(r is None for r in result.readings)
    haccp = next(r for r in result.requirements if "HACCP" in r.text)
    assert haccp.covered  # "formation" found: the keyword reader alone says covered
