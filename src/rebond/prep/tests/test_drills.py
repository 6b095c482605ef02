"""The concision drill (C7.3): questions from the bank and the past, lengths estimated."""

import pytest

from rebond.prep.models import Drill
from rebond.prep.services import drills
from rebond.prep.tests.factories import make_interview

pytestmark = pytest.mark.django_db


def test_it_offers_common_past_and_rejection_questions(owner, other):
    make_interview(owner, questions="Why us?\n- Tell me about a failure.\nwhy us?")
    make_interview(other, questions="A question of someone else")
    groups = drills.question_groups(owner, "en")
    assert groups.common[0].text == "Tell me about yourself."
    assert [q.text for q in groups.past] == ["Why us?", "Tell me about a failure."]
    assert groups.trouble == []  # no replay answer marked too long or vague
    assert groups.rejection.guidance


def test_it_measures_the_first_answer_against_20_to_30_seconds():
    short = " ".join(["word"] * 60)  # about 25 s at the playbook's pace
    figures = drills.figures(short, " ".join(["word"] * 400))
    assert figures.first_window == (20.0, 30.0) and figures.short_ok
    assert figures.long_ok is False and figures.ceiling == 90.0
    assert drills.figures("", "").short_ok is None


def test_it_saves_a_drill_and_shows_its_lengths(owner_client, owner):
    data = {
        "source": "common",
        "question": "Why us?",
        "short_answer": "Because 3 things.",
        "long_answer": "",
    }
    response = owner_client.post("/prep/drill/", data, follow=True)
    drill = Drill.objects.get(user=owner)
    assert response.redirect_chain[-1][0] == f"/prep/drill/{drill.pk}/"
    assert response.context["figures"].short_has_figure


def test_it_preselects_the_question_from_the_link(owner_client):
    page = owner_client.get("/prep/drill/?q=Why%20us%3F&source=past")
    assert page.context["form"].initial == {"question": "Why us?", "source": "past"}
    assert [s.seconds for s in page.context["timer_steps"]] == [30, 60]


def test_it_refuses_a_drill_without_question(owner):
    with pytest.raises(ValueError):
        drills.save_drill(owner, question=" ")
