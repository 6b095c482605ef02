"""Recurring points across recruiters and languages (C3.4), plan actions, strengths (C3.5)."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from rebond.feedback import insights, services
from rebond.feedback.models import Statement
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
    # What Rebond was unsure of, the person confirms in one click (as on the item page).
    answers = {"énergie": "strength", "energy": "strength", "interne": "neutral"}
    for statement in Statement.objects.for_user(owner).exclude(doubt=""):
        reply = next((v for k, v in answers.items() if k in statement.text), "weakness")
        services.answer(owner, statement, reply)


def test_it_groups_the_same_point_across_recruiters_and_languages(owner, two_recruiters):
    points = services.recurring_points(owner, NOW)
    top = points[0].point
    assert top.dimension == "examples" and top.count == 2 and top.sources == 2
    assert {q.source_name for q in points[0].quotes} == {"Claire (Acme)", "Tom (Globex)"}


def test_it_ranks_without_reencoding_or_clustering(owner, two_recruiters, monkeypatch):
    from rebond.method.feedback import points as feedback_points
    from rebond.method.learning import embeddings

    def refuse(*args, **kwargs):
        raise AssertionError("the page must use stored vectors and groups")

    monkeypatch.setattr(embeddings, "encode", refuse)
    monkeypatch.setattr(feedback_points, "group_ids", refuse)
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


def _reference(owner, now, *, journal=False, since=None, until=None):
    """The points as the pure ranking computes them from every stored statement, read whole."""
    from rebond.feedback.models import Statement
    from rebond.feedback.services.items import labels_of
    from rebond.method.feedback.groups import FeedbackItem
    from rebond.method.feedback.points import rank_points, strengths
    from rebond.method.feedback.sources import source_weights

    rows = Statement.objects.for_user(owner).filter(group__isnull=False).select_related("item")
    if since is not None:
        rows = rows.filter(item__received_on__gte=since)
    if until is not None:
        rows = rows.filter(item__received_on__lte=until)
    rows = list(rows)
    weights = source_weights("fr")
    items = [
        FeedbackItem(
            s.text,
            labels_of(s),
            s.item.source_key,
            datetime.combine(s.item.received_on, time(12), tzinfo=UTC),
            weights[s.item.source_kind],
        )
        for s in rows
    ]
    ids = [s.group for s in rows]
    leads = {s.group: k for k, s in enumerate(rows) if s.central}
    for k, gid in enumerate(ids):
        leads.setdefault(gid, k)
    rank = strengths if journal else rank_points
    return [
        (p.label, p.count, p.sources, p.score, p.trend, p.first_seen, p.last_seen)
        for p in rank(items, now, ids=ids, leads=leads)
    ]


def _figures(points):
    return [
        (p.point.label, p.point.count, p.point.sources, p.point.score, p.point.trend,
         p.point.first_seen, p.point.last_seen)
        for p in points
    ]  # fmt: skip


@pytest.fixture
def busy(owner):
    """Many points, repeated by several people on several days, with ties to break."""
    lines = [
        "Vos exemples restaient trop généraux.",
        "Vos réponses étaient bien trop longues.",
        "Le poste a été pourvu en interne.",
        "Nous avons apprécié votre énergie.",
        "Vous n'avez posé aucune question sur l'équipe.",
        "Your results were never backed by figures.",
        "We loved how clearly you explained your projects.",
    ]
    for i in range(12):
        make_feedback(
            owner,
            text=" ".join(lines[i % 4 : i % 4 + 3 + i % 3]),
            source_name=["Claire", "Tom", "Inès", ""][i % 4],
            source_kind=["recruiter", "hiring_manager", "mentor", "self"][i % 4],
            received_on=date(2026, 1, 5) + timedelta(days=7 * i),
        )


def test_it_ranks_as_the_pure_ranking_over_every_statement(owner, busy):
    assert _figures(services.recurring_points(owner, NOW, limit=None)) == _reference(owner, NOW)
    assert _figures(services.strength_points(owner, NOW)) == _reference(owner, NOW, journal=True)
    for limit in (1, 2, 3):  # ties at the cut are broken as the full ranking breaks them
        top = _figures(services.recurring_points(owner, NOW, limit=limit))
        assert top == _reference(owner, NOW)[:limit]
    since, until = date(2026, 2, 1), date(2026, 3, 1)
    period = services.recurring_points(owner, NOW, limit=None, since=since, until=until)
    assert _figures(period) == _reference(owner, NOW, since=since, until=until)


def test_it_quotes_the_most_recent_statements_and_counts_them_all(owner, busy):
    for p in services.recurring_points(owner, NOW, limit=None):
        days = [q.received_on for q in p.quotes]
        assert days == sorted(days, reverse=True)
        assert len(p.quotes) == min(p.point.count, services.points.QUOTES)
        assert len(p.statement_ids) == p.point.count
        assert p.point.label in p.point.statements
        assert {q.text for q in p.quotes} <= set(p.point.statements)


def test_it_breaks_a_tie_at_the_cut_on_the_label(owner):
    make_feedback(
        owner,
        text="Votre présentation de vous manquait de fil. Vos réponses étaient bien trop longues.",
        source_name="Claire",
    )
    everything = _reference(owner, NOW)
    assert len(everything) == 2 and everything[0][1:4] == everything[1][1:4]  # a true tie
    (first,) = services.recurring_points(owner, NOW, limit=1)
    assert first.point.label == min(e[0] for e in everything)


def test_a_doubtful_statement_stays_out_of_points_and_strengths_until_answered(owner):
    item = make_feedback(owner, text="Votre énergie nous a marqués.")
    statement = item.statements.get()
    statement.doubt = "polarity"
    statement.group = None
    statement.save()
    assert services.strength_points(owner, NOW) == []
    services.answer(owner, statement, "strength")
    statement.refresh_from_db()
    assert statement.doubt == "" and statement.group is not None
    assert [p.point.label for p in services.strength_points(owner, NOW)] == [statement.text]
    assert statement.corrections.exists() or statement.polarity == "strength"
