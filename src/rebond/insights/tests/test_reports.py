"""Weekly and monthly reviews: periods, content, and a real PDF checked page by page."""

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from rebond.insights import reports, services
from rebond.insights.tests.factories import make_experiment, make_sent

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Labels are compared in English; the interface default is French."""
    from django.utils import translation

    with translation.override("en"):
        yield


ARTIFACTS = Path(__file__).resolve().parents[4] / "test-artifacts"


@pytest.mark.parametrize(
    ("kind", "day", "expected"),
    [
        ("weekly", date(2026, 3, 18), (date(2026, 3, 16), date(2026, 3, 22))),
        ("weekly", date(2026, 3, 22), (date(2026, 3, 16), date(2026, 3, 22))),
        ("monthly", date(2026, 2, 14), (date(2026, 2, 1), date(2026, 2, 28))),
        ("monthly", date(2028, 2, 29), (date(2028, 2, 1), date(2028, 2, 29))),
    ],
)
def test_it_reviews_the_week_or_month_holding_the_day(kind, day, expected):
    assert reports.period(kind, day) == expected


def test_it_reports_what_was_done_and_how_the_funnel_moved(owner):
    make_sent(owner, reached="applied", count=2, on=date(2026, 3, 9))
    make_sent(owner, reached="interview_1", count=2, on=date(2026, 3, 17), then="rejected")
    make_sent(owner, reached="applied", count=1, on=date(2026, 3, 18))
    make_experiment(owner)
    report = services.review(owner, "weekly", date(2026, 3, 18), date(2026, 3, 27))
    assert dict(report.activity)["Applications sent"] == 3
    assert dict(report.activity)["Interview rounds reached"] == 2
    assert dict(report.activity)["Rejections"] == 2
    assert report.now.counts.as_tuple() == (3, 2, 2, 0)
    assert report.before.counts.as_tuple() == (2, 0, 0, 0)
    assert [e.experiment.title for e in report.experiments] == ["Warm introductions"]
    # No app provides lessons or objectives yet: those sections are left out, not faked.
    assert (report.lessons, report.objectives) == (None, None)


def test_it_writes_a_real_pdf(owner_client, owner):
    make_sent(owner, reached="screening", count=6, on=date(2026, 3, 3))
    make_sent(owner, reached="applied", count=9, on=date(2026, 3, 20))
    make_experiment(owner)
    response = owner_client.get(
        "/insights/reports/monthly/pdf/?day=2026-03-20", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response["Content-Type"] == "application/pdf"
    assert "rebond-monthly-2026-03-01.pdf" in response["Content-Disposition"]
    pdf = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert 1 <= len(pdf.pages) <= 3
    for expected in ("Monthly review", "What was done", "Warm introductions", "Applications sent"):
        assert expected in text, expected
    ARTIFACTS.mkdir(exist_ok=True)
    import pypdfium2

    document = pypdfium2.PdfDocument(response.content)
    document[0].render(scale=1.5).to_pil().save(ARTIFACTS / "insights-report-pdf-page1.png")
