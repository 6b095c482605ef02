"""Weekly and monthly reviews: periods, content, and a real PDF checked page by page."""

import io
import re
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from rebond.insights import reports, services
from rebond.insights.tests.answering import answer
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
    assert dict(report.activity)["Interviews held"] == 2
    assert dict(report.activity)["Turned down so far"] == 2
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
    assert "rebond-monthly-review-2026-03-01.pdf" in response["Content-Disposition"]
    pdf = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in pdf.pages)
    assert 1 <= len(pdf.pages) <= 2
    for expected in ("Monthly review", "What was done", "Warm introductions", "Applications sent"):
        assert expected in text, expected
    ARTIFACTS.mkdir(exist_ok=True)
    import pypdfium2

    document = pypdfium2.PdfDocument(response.content)
    document[0].render(scale=1.5).to_pil().save(ARTIFACTS / "insights-report-pdf-page1.png")


def test_every_count_of_the_review_agrees_with_the_funnel_of_the_period(owner, owner_client):
    """Issue 19: "Réponses 7" and "Réponses obtenues 6" on one page. The first counted the
    replies recorded in the week (whenever the application was sent), the second the
    applications sent in the week that were answered. Both now count the period's
    applications, under the funnel's own names."""
    # Sent the week before, answered during the week: no longer counted in this week's review.
    make_sent(owner, reached="screening", count=1, on=date(2026, 3, 12), answer_after=5)
    make_sent(owner, reached="screening", count=2, on=date(2026, 3, 16), then="rejected")
    make_sent(owner, reached="interview_1", count=1, on=date(2026, 3, 17))
    make_sent(owner, reached="applied", count=3, on=date(2026, 3, 18), then="rejected")
    report = services.review(owner, "weekly", date(2026, 3, 18), date(2026, 3, 27))
    funnel = services.funnel_overview(owner, date(2026, 3, 16), date(2026, 3, 22))
    steps = {report.now.labels[s.name]: s.count for s in funnel.funnel.steps}
    activity = dict(report.activity)
    assert (
        {label: activity[label] for label in steps}
        == steps
        == {
            "Applications sent": 6,
            "Replies received": 3,
            "Interviews held": 1,
            "Offers received": 0,
        }
    )
    assert activity["Turned down so far"] == 5
    html = owner_client.get("/insights/reports/weekly/?day=2026-03-18", HTTP_ACCEPT_LANGUAGE="en")
    page = html.content.decode()
    facts = page.split('<dl class="facts">', 1)[1].split("</dl>", 1)[0]
    shown = dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", facts))
    assert {label: int(n) for label, n in shown.items() if label in steps} == steps
    assert set(shown) == {*steps, "Turned down so far"}  # one wording: the funnel's
    rows = re.findall(r'<th scope="row">([^<]+)</th>\s*<td>[^<]*</td>\s*<td>(\d+)', page)
    assert {label: int(n) for label, n in rows} == steps


def test_it_lists_each_lesson_once(owner, monkeypatch):
    module = types.ModuleType("rebond_test_lessons")
    module.lessons = lambda user, since, until: [
        "Chiffrer ses résultats.",
        "Répondre en deux minutes",
        "chiffrer  ses résultats",
    ]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    answer(monkeypatch, lessons=module.lessons)
    report = services.review(owner, "weekly", date(2026, 3, 18), date(2026, 3, 27))
    assert report.lessons == ["Chiffrer ses résultats.", "Répondre en deux minutes"]


def _busy_month(owner):
    for day, reached, count in [(2, "screening", 6), (9, "interview_1", 3), (20, "applied", 9)]:
        make_sent(owner, reached=reached, count=count, on=date(2026, 3, day), then="rejected")
    for title, start in [("Warm introductions", 2), ("CV v3", 9), ("New pitch", 16)]:
        make_experiment(owner, title=title, start=date(2026, 3, start))


@pytest.mark.parametrize(
    ("language", "kind", "name"),
    [
        ("fr", "weekly", "rebond-bilan-hebdomadaire-2026-03-16.pdf"),
        ("fr", "monthly", "rebond-bilan-mensuel-2026-03-01.pdf"),
        ("en", "weekly", "rebond-weekly-review-2026-03-16.pdf"),
        ("en", "monthly", "rebond-monthly-review-2026-03-01.pdf"),
    ],
)
def test_the_pdf_uses_its_pages_and_is_named_in_the_persons_language(
    owner_client, owner, monkeypatch, language, kind, name
):
    """Issue 19: page 1 three-quarters empty (a whole section pushed to page 2), a last page
    blank but for the footer, an English file name. Every page now carries text besides its
    footer, page 1 is filled before page 2 starts, and the name is the person's language."""
    from django.utils import translation

    _busy_month(owner)
    module = types.ModuleType("rebond_test_pdf_hooks")
    module.lessons = lambda user, since, until: [f"Leçon numéro {i} à retenir" for i in range(6)]
    module.next_objectives = lambda user, today: ["Trois candidatures par recommandation"]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    answer(monkeypatch, lessons=module.lessons)
    answer(monkeypatch, next_objectives=module.next_objectives)
    with translation.override(language):
        response = owner_client.get(
            f"/insights/reports/{kind}/pdf/?day=2026-03-20", HTTP_ACCEPT_LANGUAGE=language
        )
    assert f'filename="{name}"' in response["Content-Disposition"]
    pdf = PdfReader(io.BytesIO(response.content))
    pages = [page.extract_text() for page in pdf.pages]
    for number, text in enumerate(pages, 1):
        footer = f"{number} / {len(pages)}"
        assert footer in text
        body = [line for line in text.splitlines() if line.strip() and footer not in line]
        assert len(body) >= 3, f"page {number} holds nothing but its footer: {text!r}"
    if len(pages) > 1:
        # Page 1 is filled: the report body runs past the top half of the page.
        from pypdf import PageObject

        first: PageObject = pdf.pages[0]
        lowest = []
        first.extract_text(visitor_text=lambda t, cm, tm, *a: t.strip() and lowest.append(tm[5]))
        assert min(lowest) < float(first.mediabox.height) / 3
    ARTIFACTS.mkdir(exist_ok=True)
    import pypdfium2

    document = pypdfium2.PdfDocument(response.content)
    for number in range(len(document)):
        image = document[number].render(scale=1.2).to_pil()
        image.save(ARTIFACTS / f"reports-walk-test-{kind}-{language}-page{number + 1}.png")
