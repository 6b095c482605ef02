"""Pitch and value proposition (C7.2): live estimate, versions kept and compared."""

import pytest

from rebond.prep.models import PitchVersion
from rebond.prep.services import pitches
from rebond.prep.tests.factories import make_pitch

pytestmark = pytest.mark.django_db

PITCH = (
    "I'm a data analyst with eight years in retail. I help shops cut stock-outs: "
    "30% fewer in 2023, and two days saved each month for the buyers."
)


def test_it_estimates_a_pitch_against_the_30_to_45_second_window():
    check = pitches.check("pitch", PITCH)
    assert check.window_seconds == (30.0, 45.0)
    assert check.proofs == 2 and check.says_who
    assert check.seconds > 0 and not check.within_window  # too short to fill 30 s


def test_it_checks_a_value_proposition_for_problem_solution_impact():
    text = (
        "Small shops lose sales to stock-outs. "
        "I build simple forecasts so that they reorder on time."
    )
    check = pitches.check("value_proposition", text)
    assert (check.problem, check.solution, check.impact) == (True, True, True)


def test_it_returns_the_estimate_fragment_to_htmx(owner_client):
    response = owner_client.post(
        "/prep/pitch/check/", {"kind": "pitch", "text": PITCH}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="pitch-check"')
    assert f"{round(pitches.check('pitch', PITCH).seconds)}" in body
    assert "<html" not in body


def test_it_shows_the_estimate_in_the_full_page_without_javascript(owner_client):
    response = owner_client.post("/prep/pitch/check/", {"kind": "pitch", "text": PITCH})
    assert "<html" in response.content.decode() and response.context["check"] is not None
    assert PitchVersion.objects.count() == 0  # checking never saves


def test_it_keeps_every_saved_version(owner_client, owner):
    for text in ("First try.", PITCH):
        response = owner_client.post("/prep/pitch/", {"kind": "pitch", "text": text})
        assert response.status_code == 302
    assert [v.text for v in PitchVersion.objects.for_user(owner)] == [PITCH, "First try."]


def test_it_compares_two_versions_older_first(owner_client, owner):
    old = make_pitch(owner, text="I am an analyst.")
    new = make_pitch(owner, text=PITCH)
    response = owner_client.get(f"/prep/pitch/compare/?a={new.pk}&b={old.pk}")
    assert (response.context["older"], response.context["newer"]) == (old, new)
    proofs = next(r for r in response.context["rows"] if r["measure"] == "proofs")
    assert (proofs["older"], proofs["newer"]) == (0, 2)


def test_it_refuses_to_compare_a_pitch_with_a_value_proposition(owner_client, owner):
    a = make_pitch(owner)
    b = make_pitch(owner, kind="value_proposition", text="Shops lose sales. I fix it.")
    response = owner_client.get(f"/prep/pitch/compare/?a={a.pk}&b={b.pk}")
    assert response.status_code == 302


def test_it_rejects_an_empty_or_oversized_version(owner):
    with pytest.raises(ValueError):
        pitches.save_version(owner, "pitch", "   ")
    with pytest.raises(ValueError):
        pitches.save_version(owner, "pitch", "x" * (pitches.MAX_PITCH_CHARS + 1))
