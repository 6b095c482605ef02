"""Recurring points across recruiters and languages (C3.4), plan actions, strengths (C3.5)."""

from datetime import UTC, date, datetime

import pytest

from rebond.feedback import insights, services
from rebond.feedback.tests.factories import make_feedback
from rebond.plan.models import Action

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 3, 20, tzinfo=UTC)


@pytest.fixture
def two_recruiters(owner):
    make_feedback(
        owner,
        text="Vos exemples restaient trop généraux. Nous avons apprécié votre énergie.",
        source_name="Claire (Acme)",
    )
    make_feedback(
        owner,
        text="Your examples were too vague. We loved your energy.",
        source_name="Tom (Globex)",
        received_on=date(2026, 3, 15),
    )
    make_feedback(owner, text="Le poste a été pourvu en interne.", source_name="Inès")


def test_it_groups_the_same_point_across_recruiters_and_languages(owner, two_recruiters):
    points = services.recurring_points(owner, NOW)
    top = points[0].point
    assert top.dimension == "examples" and top.count == 2 and top.sources == 2
    assert {q.source_name for q in points[0].quotes} == {"Claire (Acme)", "Tom (Globex)"}


def test_it_ranks_without_reencoding_or_clustering(owner, two_recruiters, monkeypatch):
    from rebond.method import embeddings, feedback_groups

    def refuse(*args, **kwargs):
        raise AssertionError("the page must use stored vectors and groups")

    monkeypatch.setattr(embeddings, "encode", refuse)
    monkeypatch.setattr(feedback_groups, "_group_ids", refuse)
    assert services.recurring_points(owner, NOW)


def test_it_journals_strengths_grouped_the_same_way(owner, two_recruiters):
    journal = services.strength_points(owner, NOW)
    assert journal[0].point.sources == 2 and journal[0].point.polarity == "strength"
    assert services.strengths_for(owner, NOW) == [journal[0].point.label]


def test_it_turns_a_point_into_a_plan_action(owner, two_recruiters):
    point = services.recurring_points(owner, NOW)[0]
    action = services.action_from_point(owner, point.group, NOW)
    assert Action.objects.for_user(owner).get() == action
    assert point.point.label in action.title and action.source_kind == "feedback"
    assert action.theme == point.point.theme


def test_it_refuses_a_group_that_is_not_there(owner, other, two_recruiters):
    group = services.recurring_points(owner, NOW)[0].group
    with pytest.raises(LookupError):
        services.action_from_point(other, group, NOW)


def test_it_feeds_the_insights_panel_and_lessons(owner, two_recruiters):
    panel = insights.recurring_points(owner, None, date(2026, 3, 20))
    assert panel[0][1] == 2
    assert insights.lessons(owner, date(2026, 3, 1), date(2026, 3, 20)) == [panel[0][0]]
    assert insights.recurring_points(owner, date(2026, 3, 12), date(2026, 3, 20))[0][1] == 1


def test_it_fills_the_dashboards_recurring_feedback_panel(owner, two_recruiters):
    from rebond.insights.dashboard import feedback_panel

    panel = feedback_panel(owner, date(2026, 3, 20))
    assert panel is not None and "Vos exemples" in str(panel.chart) + str(panel)
