"""Reviews (C5.3): pre-filled from the data, saved as dated records; hooks for insights."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from rebond.insights.tests.factories import make_sent
from rebond.plan import insights as plan_insights
from rebond.plan import reviews
from rebond.plan.models import Review
from rebond.plan.tests.factories import make_action, make_log, make_review

pytestmark = pytest.mark.django_db
WEDNESDAY = date(2026, 3, 11)


def seed(user):
    make_action(
        user,
        title="Pitch rewritten",
        status="done",
        done_at=timezone.make_aware(datetime(2026, 3, 10, 10)),
    )
    make_action(user, title="Missed drill", due_on=date(2026, 3, 9))
    make_action(user, title="Next week", due_on=date(2026, 3, 20))
    make_sent(user, reached="screening", on=date(2026, 3, 9), count=2)
    make_sent(user, on=date(2026, 3, 2), count=4)  # the week before
    make_log(user, date(2026, 3, 9), "sourcing", 75)


def test_it_prefills_the_weekly_review_from_the_data(owner):
    seed(owner)
    draft = reviews.draft(owner, "weekly", WEDNESDAY, WEDNESDAY)
    assert (draft.start, draft.end) == (date(2026, 3, 9), date(2026, 3, 15))
    f = draft.figures
    assert (f["actions_done"], f["actions_missed"]) == (1, 1)
    assert (f["applications_sent"], f["applications_answered"], f["routine_days"]) == (2, 2, 1)
    assert "Pitch rewritten" in draft.suggestions[0]
    assert "Missed drill" in draft.suggestions[1]
    assert draft.suggestions[-1] == ""
    assert len(draft.questions) == len(draft.suggestions) == 4


def test_it_saves_a_review_from_the_page_as_a_dated_record(owner_client, owner):
    with time_machine.travel(datetime(2026, 3, 13, 16, 0, tzinfo=UTC), tick=False):
        seed(owner)
        page = owner_client.get("/plan/reviews/new/weekly/")
        assert page.status_code == 200 and "Pitch rewritten" in page.content.decode()
        answers = {f"answer_{i}": f"answer {i}" for i in range(4)}
        response = owner_client.post("/plan/reviews/new/weekly/", answers)
    review = Review.objects.for_user(owner).get()
    assert response.url == f"/plan/reviews/{review.pk}/"
    assert (review.cadence, review.period_start, review.objective) == (
        "weekly",
        date(2026, 3, 9),
        "answer 3",
    )
    assert review.figures["actions_done"] == 1
    assert owner_client.get(response.url).status_code == 200


def test_it_needs_the_objective_to_save(owner_client, owner):
    response = owner_client.post("/plan/reviews/new/monthly/", {"answer_0": "x"})
    assert response.status_code == 200
    assert not Review.objects.exists()


def test_it_rejects_an_unknown_cadence(owner_client):
    assert owner_client.get("/plan/reviews/new/daily/").status_code == 404


def test_it_prints_a_quarterly_review_as_markdown(owner):
    seed(owner)
    text = reviews.as_markdown(reviews.draft(owner, "quarterly", WEDNESDAY, WEDNESDAY))
    assert text.startswith("# ") and "1 jan. → 31 mars 2026" in text
    assert text.count("\n## ") == 4
    draft = reviews.draft(owner, "quarterly", WEDNESDAY, WEDNESDAY)
    channels = draft.suggestions[1]  # 6 sent in the quarter, all from job boards, 2 answered
    assert channels.count("\n") == 0 and "6 " in channels and "2 " in channels
    assert draft.suggestions[-1] == ""


def test_it_gives_insights_the_plan_progress_and_next_objectives(owner):
    today = date(2026, 3, 11)
    make_action(owner, axis="skills", theme="technical", status="done")
    make_action(owner, axis="skills", theme="technical")
    make_action(owner, axis="search_strategy", theme="context", status="dropped")
    assert plan_insights.progress(owner, today) == [("Skills", 1, 2)] or plan_insights.progress(
        owner, today
    ) == [("Compétences", 1, 2)]
    at = timezone.make_aware(datetime(2026, 3, 6, 17))
    make_review(owner, cadence="weekly", done_at=at, objective="Two referrals")
    make_review(owner, cadence="weekly", done_at=at - timedelta(days=7), objective="Older")
    make_review(owner, cadence="monthly", done_at=at - timedelta(days=100), objective="Stale")
    assert plan_insights.next_objectives(owner, today) == ["Two referrals"]


def test_it_lets_the_dashboard_call_the_plan_hook(owner):
    from rebond.insights import hooks

    make_action(owner, axis="skills", theme="technical")
    assert hooks.provider("plan_progress") is plan_insights.progress
    assert hooks.provider("next_objectives") is plan_insights.next_objectives


def test_it_prints_the_mood_the_french_way_in_the_terminal(owner):
    from rebond.debrief.services import journal

    for mood, hour in ((3, 9), (4, 18)):
        journal.log_mood(owner, mood=mood, at=datetime(2026, 3, 10, hour, tzinfo=UTC))
    text = reviews.as_markdown(reviews.draft(owner, "weekly", WEDNESDAY, WEDNESDAY))
    assert "3,5/10" in text and "3.5" not in text
    assert "(stable)" in text or "(en hausse)" in text or "(en baisse)" in text
    assert "\u202f:" in text and " :" not in text


def test_it_reads_the_progress_window_and_objectives_life_from_the_rules(owner, edited_rules):
    from rebond.method import plan as method_plan

    today = date(2026, 3, 11)
    twenty_days_ago = timezone.make_aware(datetime(2026, 2, 19, 10))
    make_action(
        owner, axis="skills", status="done", due_on=date(2026, 2, 19), done_at=twenty_days_ago
    )
    at = timezone.make_aware(datetime(2026, 3, 6, 17))
    make_review(owner, cadence="weekly", done_at=at, objective="Two referrals")
    assert [done for _, done, _ in plan_insights.progress(owner, today)] == [1]
    assert plan_insights.next_objectives(owner, today) == ["Two referrals"]
    edited_rules("plan", "progress_days = 90", "progress_days = 10", method_plan._rules)
    edited_rules("plan", "weekly = 14", "weekly = 3")
    assert plan_insights.progress(owner, today) == []
    assert plan_insights.next_objectives(owner, today) == []
