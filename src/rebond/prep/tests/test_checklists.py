"""Before each interview (C7.5): checklist, centring ritual, strategic questions, brief."""

from datetime import timedelta

import pytest
from django.utils import timezone

from rebond.method.text.typography import french_typography
from rebond.prep import sources
from rebond.prep.models import InterviewChecklist
from rebond.prep.services import checklists
from rebond.prep.tests.factories import make_interview

pytestmark = pytest.mark.django_db


def test_it_lists_upcoming_interviews_of_their_owner_only(owner, other):
    soon = make_interview(owner)
    make_interview(owner, when=timezone.now() - timedelta(days=3))
    make_interview(other)
    assert list(checklists.upcoming(owner)) == [soon]


def test_it_shows_the_job_description_the_ritual_and_the_questions(owner_client, owner):
    interview = make_interview(owner, job_description="Profil recherché :\n- Maîtrise de SQL")
    page = owner_client.get(f"/prep/interviews/{interview.pk}/")
    brief = page.context["brief"]
    body = page.content.decode()
    assert "Maîtrise de SQL" in body
    assert sum(step.seconds for step in brief.steps) == 600
    assert body.count("data-seconds=") == len(brief.steps)
    assert {"success_metrics", "first_90_days", "trade_offs", "decision_criteria"} <= set(
        brief.to_ask
    )
    assert brief.coverage.gaps  # no story yet: SQL is a gap
    assert (brief.strengths, brief.assets) == ([], [])  # nothing praised or listed yet


def test_it_saves_the_checklist_and_counts_progress(owner_client, owner):
    interview = make_interview(owner)
    data = {
        "description_reread": "on",
        "company_notes": "Series B, 120 people.",
        "hypothesis_1": "Cut reporting time",
        "hypothesis_2": "Clean the data",
        "hypothesis_3": "Coach the team",
        "materials": ["portfolio", "figures"],
        "questions_to_ask": ["success_metrics", "first_90_days"],
    }
    response = owner_client.post(f"/prep/interviews/{interview.pk}/", data)
    assert response.status_code == 302
    checklist = InterviewChecklist.objects.get(interview=interview)
    assert checklist.materials == ["portfolio", "figures"]
    assert checklists.progress(checklist) == (6, 12)  # 4 items + 2 materials


def test_it_refuses_unknown_questions_and_materials(owner):
    checklist = checklists.checklist_for(make_interview(owner))
    with pytest.raises(ValueError):
        checklists.update_checklist(checklist, questions_to_ask=["made_up"])
    with pytest.raises(ValueError):
        checklists.update_checklist(checklist, materials=["lucky charm"])


def test_it_records_the_centring_ritual(owner_client, owner):
    interview = make_interview(owner)
    owner_client.post(f"/prep/interviews/{interview.pk}/ritual-done/")
    assert InterviewChecklist.objects.get(interview=interview).ritual_done_at is not None


def test_it_prints_a_one_page_brief_with_chosen_questions(owner_client, owner):
    interview = make_interview(owner)
    checklist = checklists.checklist_for(interview)
    checklists.update_checklist(
        checklist, hypothesis_1="Cut reporting time", questions_to_ask=["trade_offs"]
    )
    body = owner_client.get(f"/prep/interviews/{interview.pk}/brief/").content.decode()
    assert "Cut reporting time" in body
    bank_text = next(
        q.text
        for q in owner_client.get(f"/prep/interviews/{interview.pk}/brief/")
        .context["brief"]
        .to_ask["trade_offs"]
        if q.id == "trade_offs"
    )
    assert french_typography(bank_text).replace("'", "&#x27;") in body  # as French pages print


def test_it_reads_other_apps_only_when_they_offer_a_service(owner, monkeypatch):
    from rebond.insights.tests.answering import answer

    answer(monkeypatch, strengths=lambda user: ["Clear structure"])
    assert sources.strengths_for(owner) == ["Clear structure"]
    answer(monkeypatch, strengths=None)  # no installed app answers
    assert sources.strengths_for(owner) == []
