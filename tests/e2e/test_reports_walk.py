"""Issue 19's walk: the dashboard, the weekly and monthly reviews (web and PDF) and the plan, in
French and English, at 1280 px and 390 px, for a person with a few weeks of data.

Screenshots go to test-artifacts/reports-walk-*.png (PDF pages rendered to PNG beside them)."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.insights.tests.factories import make_experiment, make_sent

pytestmark = pytest.mark.django_db(transaction=True)

FEEDBACK = [
    (
        "Vos exemples restaient trop généraux et manquaient de chiffres sur vos résultats.",
        "Claire (Acme)",
        2,
    ),
    (
        "Les exemples donnés étaient trop vagues, sans résultat chiffré à l'appui.",
        "Tom (Globex)",
        9,
    ),
    (
        "Vos réponses étaient beaucoup trop longues, il fallait aller à l'essentiel plus vite.",
        "Inès (Initech)",
        4,
    ),
    ("Vos réponses étaient trop longues et se perdaient dans les détails.", "Marc (Umbrella)", 20),
    (
        "Nous cherchions quelqu'un avec davantage d'expérience en gestion d'équipe.",
        "Sophie (Hooli)",
        6,
    ),
]


FILE_NAMES = {
    "fr": {"weekly": "bilan-hebdomadaire", "monthly": "bilan-mensuel"},
    "en": {"weekly": "weekly-review", "monthly": "monthly-review"},
}


def seed(user) -> None:
    from rebond.debrief.services.journal import log_mood
    from rebond.feedback import services as feedback
    from rebond.feedback.models import Statement
    from rebond.plan.services import Lesson, complete_action, create_sprint

    today = timezone.localdate()
    for days_ago, reached, channel, count, then in [
        (63, "applied", "job_board", 6, ""),
        (56, "screening", "job_board", 2, "rejected"),
        (49, "interview_1", "referral", 2, "rejected"),
        (42, "applied", "job_board", 5, "rejected"),
        (35, "screening", "network", 3, ""),
        (28, "offer", "referral", 1, ""),
        (21, "applied", "cold_outreach", 4, ""),
        (14, "screening", "referral", 2, "rejected"),
        (7, "applied", "job_board", 3, ""),
        (2, "interview_1", "network", 2, ""),
        (1, "screening", "job_board", 3, "rejected"),
        (0, "applied", "job_board", 2, ""),
    ]:
        make_sent(
            user,
            reached=reached,
            on=today - timedelta(days=days_ago),
            channel=channel,
            count=count,
            then=then,
            answer_after=min(days_ago, 3),
        )
    make_experiment(user, title="CV v3", start=today - timedelta(days=10))
    for text, source, days_ago in FEEDBACK:
        feedback.add_feedback(
            user, text=text, source_name=source, received_on=today - timedelta(days=days_ago)
        )
    for statement in Statement.objects.for_user(user).exclude(doubt=""):
        feedback.answer(user, statement, "weakness")
    sprint = create_sprint(
        user,
        lessons=[Lesson("behavioural", "concision"), Lesson("behavioural", "examples")],
        start=today - timedelta(days=3),
    )
    complete_action(sprint.actions.order_by("id").first(), evidence="Trois réponses chronométrées")
    now = timezone.now()
    for days_ago, mood in [(40, 3), (26, 4), (12, 5), (5, 6), (1, 7)]:
        log_mood(user, mood=mood, at=now - timedelta(days=days_ago))


def english(page, live_server) -> None:
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )


def pdf_pages(content: bytes, name: str) -> list[str]:
    """Each page of the PDF as a PNG in test-artifacts/; returns each page's text."""
    import pypdfium2
    from tests.e2e.conftest import ARTIFACTS

    document = pypdfium2.PdfDocument(content)
    texts = []
    for number in range(len(document)):
        page = document[number]
        page.render(scale=1.2).to_pil().save(ARTIFACTS / f"{name}-page{number + 1}.png")
        texts.append(page.get_textpage().get_text_range())
    return texts


@pytest.mark.parametrize("language", ["fr", "en"])
def test_walk_the_dashboard_reviews_and_plan(live_server, page, screenshot, language):
    seed(local_user())
    if language == "en":
        english(page, live_server)
    page.goto(issue_login_link(live_server.url))
    for width, height in ((1280, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        for slug, url in [
            ("dashboard", "/insights/"),
            ("weekly", "/insights/reports/weekly/"),
            ("monthly", "/insights/reports/monthly/"),
            ("plan", "/plan/"),
        ]:
            page.goto(f"{live_server.url}{url}")
            expect(page.locator("h1").first).to_be_visible()
            assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, url
            screenshot(f"reports-walk-{slug}-{language}-{width}")
    page.set_viewport_size({"width": 1280, "height": 900})
    for kind in ("weekly", "monthly"):
        page.goto(f"{live_server.url}/insights/reports/{kind}/")
        with page.expect_download() as download:
            page.locator(f"a[href*='/insights/reports/{kind}/pdf/']").click()
        name = download.value.suggested_filename
        assert name.startswith(f"rebond-{FILE_NAMES[language][kind]}-"), name
        texts = pdf_pages(download.value.path().read_bytes(), f"reports-walk-{kind}-pdf-{language}")
        for number, text in enumerate(texts, 1):
            # Every page holds more than its footer ("Rebond · title · day" and "n / N").
            assert len(text.replace(f"{number} / {len(texts)}", "").split()) > 20, number
