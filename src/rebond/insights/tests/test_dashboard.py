"""Dashboard panels: real data or nothing; hooks filled by other apps; constant queries."""

import re
import sys
import types
from datetime import UTC, date, datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from rebond.insights import dashboard, hooks
from rebond.insights.tests.answering import answer
from rebond.insights.tests.factories import make_experiment, make_sent

pytestmark = pytest.mark.django_db
TODAY = date(2026, 3, 27)


def keys(user):
    return [panel.key for panel in dashboard.dashboard(user, TODAY)]


def test_it_leaves_out_every_panel_without_data(owner, owner_client):
    assert keys(owner) == []
    page = owner_client.get("/insights/", HTTP_ACCEPT_LANGUAGE="en")
    assert b"Nothing to chart yet" in page.content


def test_it_charts_the_funnel_pace_and_response_times(owner, owner_client):
    make_sent(owner, reached="screening", count=3, on=date(2026, 3, 2))
    make_sent(owner, reached="applied", count=2, on=date(2026, 3, 16))
    make_experiment(owner)
    assert keys(owner) == ["funnel", "weekly", "responses", "experiments"]
    weekly = dashboard.weekly_panel(owner, TODAY).chart
    assert len(weekly.rows) == 26
    assert [count for _week, count in weekly.rows[-4:]] == ["3", "0", "2", "0"]
    responses = dashboard.response_panel(owner, TODAY)
    assert [count for _range, count in responses.chart.rows] == ["3", "0", "0", "0", "0"]
    with time_machine.travel(datetime(2026, 3, 27, 12, tzinfo=UTC), tick=False):
        main = owner_client.get("/insights/").content.decode().split("<main", 1)[1]
    # Pace and response times are SVG; the funnel's ranked bars are HTML rows.
    assert main.count('role="img"') == 2 and main.count("<desc id=") == 2
    assert main.count('class="hbar-fill') == 4
    assert "<script" not in main  # charts are plain SVG and HTML: no JavaScript needed


def test_it_fills_a_hook_once_another_app_provides_it(owner, monkeypatch):
    module = types.ModuleType("rebond_test_feedback_hook")
    module.recurring_points = lambda user, since, until: [("Concrete examples", 4), ("Pitch", 2)]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    answer(monkeypatch, recurring_feedback=module.recurring_points)
    panel = dashboard.feedback_panel(owner, TODAY)
    assert panel.chart.rows == [("Concrete examples", "4"), ("Pitch", "2")]


def test_it_draws_plan_progress_and_mood_from_their_hooks(owner, monkeypatch):
    module = types.ModuleType("rebond_test_plan_mood_hooks")
    module.progress = lambda user, today: [("Skills", 1, 4), ("Search strategy", 3, 3)]
    module.mood = lambda user, since, until: [(date(2026, 3, 1), 3.0), (date(2026, 3, 8), 6.5)]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    answer(monkeypatch, plan_progress=module.progress)
    answer(monkeypatch, mood=module.mood)
    with translation.override("en"):
        plan = dashboard.plan_panel(owner, TODAY)
        mood = dashboard.mood_panel(owner, TODAY)
    assert plan.chart.rows == [("Skills", "25% (1 of 4)"), ("Search strategy", "100% (3 of 3)")]
    assert [bar.percent for bar in plan.chart.bars] == [25, 100]  # a percent scale
    assert mood.chart.rows == [("03/01/2026", "3"), ("03/08/2026", "6.5")]
    assert 'role="img"' in mood.chart.svg and "<script" not in mood.chart.svg


LONG = (
    "Vos exemples restaient trop généraux et manquaient de chiffres sur les résultats obtenus.",
    "Vos réponses étaient beaucoup trop longues, il fallait aller à l'essentiel plus vite.",
)


def test_recurring_feedback_reads_as_short_labels_with_visible_bars(owner, monkeypatch):
    """Issue 19: whole sentences as labels squeezed the bars away. Each point is named by its
    first words (cut at a word boundary), its bar and value shown, the sentence kept whole."""
    module = types.ModuleType("rebond_test_long_feedback")
    module.recurring_points = lambda user, since, until: [(LONG[0], 3), (LONG[1], 1)]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    answer(monkeypatch, recurring_feedback=module.recurring_points)
    chart = dashboard.feedback_panel(owner, TODAY).chart
    labels = [bar.label for bar in chart.bars]
    assert labels == [
        "Vos exemples restaient trop généraux et…",
        "Vos réponses étaient beaucoup trop…",
    ]
    assert all(len(label) <= dashboard.POINT_LABEL_CHARS for label in labels)
    assert [bar.full for bar in chart.bars] == list(LONG)  # the tooltip
    assert [(bar.value, bar.percent) for bar in chart.bars] == [("3", 100), ("1", 33.3)]
    assert chart.rows == [(LONG[0], "3"), (LONG[1], "1")]  # the table keeps the sentence


def test_the_dashboard_page_shows_every_bar_and_value(owner, owner_client, monkeypatch):
    module = types.ModuleType("rebond_test_page_hooks")
    module.recurring_points = lambda user, since, until: [(LONG[0], 2)]
    module.progress = lambda user, today: [("Skills", 0, 2)]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    answer(monkeypatch, recurring_feedback=module.recurring_points)
    answer(monkeypatch, plan_progress=module.progress)
    make_sent(owner, reached="screening", count=3, on=date(2026, 3, 2))
    with time_machine.travel(datetime(2026, 3, 27, 12, tzinfo=UTC), tick=False):
        html = owner_client.get("/insights/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'title="{LONG[0]}"' in html.replace("&#x27;", "'")
    assert '<span class="hbar-value">2</span>' in html
    # A 0 % bar keeps its track and says 0 %: nothing is left blank.
    assert 'class="hbar-fill empty" style="width: 0%"' in html
    assert '<span class="hbar-value">0% (0 of 2)</span>' in html


def test_the_svg_charts_write_each_value_on_its_bar(owner):
    make_sent(owner, reached="screening", count=3, on=date(2026, 3, 2))
    make_sent(owner, reached="applied", count=2, on=date(2026, 3, 16))
    with translation.override("en"):
        svg = str(dashboard.weekly_panel(owner, TODAY).chart.svg)
    values = re.findall(r'class="value">([^<]*)<', svg.split('text-overlay"', 1)[1])
    assert [v for v in values if v] == ["3", "2"]  # zeros left blank, not drawn as "0"
    assert ">16 Mar<" in svg  # a week on the axis, without its year (DAY_MONTH_FORMAT)


def test_it_answers_none_while_no_app_provides_a_hook(owner, monkeypatch):
    answer(monkeypatch, plan_progress=None)
    assert hooks.call("plan_progress", owner, TODAY) is None
    assert dashboard.plan_panel(owner, TODAY) is None


def test_it_keeps_the_dashboards_queries_constant(owner, owner_client):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert owner_client.get("/insights/").status_code == 200
        return len(captured)

    make_sent(owner, reached="screening", count=2)
    make_experiment(owner)
    small = queries()
    make_sent(owner, reached="interview_1", count=15, on=date(2026, 1, 5), channel="referral")
    make_experiment(owner, title="Second", start=date(2026, 4, 20))
    assert queries() == small


@pytest.mark.parametrize("url", ["/insights/funnel/?by=channel", "/insights/experiments/"])
def test_it_keeps_list_pages_queries_constant(owner, owner_client, url):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert owner_client.get(url).status_code == 200
        return len(captured)

    make_sent(owner, reached="screening", count=2)
    make_experiment(owner)
    small = queries()
    make_sent(owner, reached="interview_1", count=15, on=date(2026, 1, 5), channel="referral")
    for start in (date(2026, 4, 20), date(2026, 5, 20)):
        make_experiment(owner, title=str(start), start=start)
    assert queries() == small
