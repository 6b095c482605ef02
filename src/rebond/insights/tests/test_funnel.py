"""The funnel from the database: furthest stage reached, breakdowns, periods, constant queries."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from rebond.insights import services
from rebond.insights.choices import Dimension, Metric
from rebond.insights.tests.factories import make_sent

pytestmark = pytest.mark.django_db


def test_it_counts_each_application_at_the_furthest_stage_it_reached(owner, other):
    make_sent(owner, reached="interview_1", then="rejected")  # a "no" after an interview
    make_sent(owner, reached="screening", then="no_answer")
    make_sent(owner, reached="applied", then="rejected")
    make_sent(owner, reached="offer")
    make_sent(other, reached="offer", count=3)  # someone else's data never counts
    counts = services.funnel_overview(owner).counts
    assert counts.as_tuple() == (4, 3, 2, 1)


def test_it_aggregates_in_a_constant_number_of_queries(owner):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            services.funnel_overview(owner)
            services.breakdown(owner, Dimension.CHANNEL)
            services.by_period(owner)
        return len(captured)

    make_sent(owner, reached="screening", count=2)
    small = queries()
    make_sent(owner, reached="interview_1", count=12, channel="referral", on=date(2026, 5, 4))
    assert queries() == small == 3


def test_it_filters_by_the_date_sent(owner):
    make_sent(owner, reached="screening", on=date(2026, 1, 10))
    make_sent(owner, reached="applied", on=date(2026, 2, 10), count=2)
    view = services.funnel_overview(owner, since=date(2026, 2, 1), until=date(2026, 2, 28))
    assert view.counts.as_tuple() == (2, 0, 0, 0)


@pytest.mark.parametrize(
    ("dimension", "field", "value", "label"),
    [
        (Dimension.CHANNEL, "channel", "referral", "Referral"),
        (Dimension.SECTOR, "sector", "santé", "santé"),
        (Dimension.SIZE, "company_size", "small", "11–50"),
        (Dimension.LEVEL, "level", "senior", "Senior"),
    ],
)
def test_it_breaks_the_funnel_down_per_dimension(owner, dimension, field, value, label):
    make_sent(owner, reached="interview_1", count=3, **{field: value})
    make_sent(owner, reached="applied", count=2)
    with translation.override("en"):
        data = services.breakdown(owner, dimension, Metric.INTERVIEWED)
    by_value = {row.value: row for row in data.rows}
    assert by_value[value].label == label
    assert by_value[value].view.counts.as_tuple() == (3, 3, 3, 0)
    other_value = next(v for v in by_value if v != value)
    assert by_value[other_value].view.counts.sent == 2
    assert data.rows[0].value == value  # 3 interviews out of 3 beats 0 out of 2


def test_it_ranks_by_the_shrunk_rate_not_the_raw_one(owner):
    make_sent(owner, reached="screening", sector="retail")  # 1 reply out of 1
    make_sent(owner, reached="screening", sector="health", count=8)
    make_sent(owner, reached="applied", sector="health", count=12)  # 8 out of 20
    make_sent(owner, reached="screening", sector="banking", count=2)
    make_sent(owner, reached="applied", sector="banking", count=23)  # 2 out of 25
    rows = services.breakdown(owner, Dimension.SECTOR, Metric.ANSWERED).rows
    assert [r.value for r in rows] == ["health", "retail", "banking"]
    retail = rows[1].score
    assert retail.raw_rate == 1.0 and retail.small_sample and retail.shrunk_rate < 0.4


def test_it_gives_the_funnel_of_each_month(owner):
    make_sent(owner, reached="screening", on=date(2026, 1, 5))
    make_sent(owner, reached="applied", on=date(2026, 1, 25))
    make_sent(owner, reached="offer", on=date(2026, 3, 2))
    rows = services.by_period(owner)
    assert [(r.start, r.view.counts.as_tuple()) for r in rows] == [
        (date(2026, 1, 1), (2, 1, 0, 0)),
        (date(2026, 3, 1), (1, 1, 1, 1)),
    ]
    weekly = services.by_period(owner, "week")
    assert [r.start for r in weekly] == [date(2026, 1, 5), date(2026, 1, 19), date(2026, 3, 2)]


def test_it_names_the_bottleneck_and_warns_about_small_samples(owner):
    make_sent(owner, reached="screening", count=20)
    make_sent(owner, reached="interview_1", count=3)
    make_sent(owner, reached="applied", count=37)
    view = services.funnel_overview(owner)
    assert view.bottleneck.step == "interviewed"
    assert view.funnel.step("offered").small_sample


def test_it_shows_the_funnel_page_with_a_breakdown(owner_client, owner):
    make_sent(owner, reached="interview_1", count=3, channel="referral")
    page = owner_client.get(
        "/insights/funnel/?by=channel&metric=interviewed", HTTP_ACCEPT_LANGUAGE="en"
    )
    text = page.content.decode()
    assert "By Channel" in text and "Referral" in text
    partial = owner_client.get("/insights/funnel/?by=level", HTTP_HX_REQUEST="true")
    assert b"<html" not in partial.content and b"funnel-steps" in partial.content
