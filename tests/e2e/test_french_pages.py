"""The interface in French, its default language: each main page opened in a browser that asks
for French, screenshotted (test-artifacts/fr-*.png) and checked for French headings. The other
browser tests pin English to check behaviour; this one looks at the words a French-speaking
person reads."""

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.feedback.services import add_feedback
from rebond.insights.tests.factories import make_sent
from rebond.network.services import create_contact
from rebond.plan import services as plan

pytestmark = pytest.mark.django_db(transaction=True)

# Navigation entry → the page's first heading in French.
PAGES = [
    ("Aujourd'hui", "Aujourd'hui"),
    ("Tableau", "Mes candidatures"),
    ("Candidatures", "Candidatures"),
    ("Débrief", "Après un non : le débrief"),
    ("Retours", "Retours"),
    ("Plan", "Plan d'action"),
    ("Réseau", "Mon réseau"),
    ("Préparation", "Préparation des entretiens"),
    ("CV", "CV et marque personnelle"),
    ("Tableau de bord", "Tableau de bord"),
    ("Entreprises", "Entreprises"),
    ("Mes données", "Mes données"),
]
# Navigation labels in English: none may show on a French page.
ENGLISH_NAVIGATION = ["Today", "Board", "Applications", "Feedback", "Network", "My data"]


@pytest.fixture
def person():
    user = local_user()
    make_sent(user, reached="screening", count=3, channel="referral")
    make_sent(user, reached="interview_1", then="rejected", count=1, channel="job_board")
    plan.create_action(user, title="Réécrire le pitch", axis="search_strategy", theme="business")
    create_contact(user, first_name="Nadia", last_name="Benali", kind="peer")
    add_feedback(
        user,
        text="Vos exemples manquaient de chiffres. En revanche, très bonne énergie.",
        source_name="Cabinet Horizon",
    )
    return user


def test_main_pages_read_in_french(live_server, page, screenshot, person):
    page.goto(issue_login_link(live_server.url))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    navigation = page.get_by_role("navigation").first
    for label, heading in PAGES:
        navigation.get_by_role("link", name=label, exact=True).click()
        expect(page.get_by_role("heading", level=1).first).to_contain_text(heading)
        for english in ENGLISH_NAVIGATION:
            expect(navigation.get_by_role("link", name=english, exact=True)).to_have_count(0)
        slug = label.lower().replace(" ", "-").replace("'", "")
        screenshot(f"fr-{slug}")


def test_the_debrief_steps_read_in_french(live_server, page, screenshot, person):
    page.goto(issue_login_link(live_server.url))
    page.get_by_role("navigation").first.get_by_role("link", name="Débrief").click()
    page.get_by_role("button", name="Commencer un débrief").first.click()
    expect(page.get_by_role("button", name="Enregistrer et continuer")).to_be_visible()
    expect(page.get_by_role("button", name="Passer cette étape")).to_be_visible()
    screenshot("fr-debrief-first-step")
    page.get_by_role("button", name="Passer cette étape").click()
    expect(page.get_by_role("button", name="Passer cette étape")).to_be_visible()
    screenshot("fr-debrief-second-step")


def test_the_feedback_pages_read_in_french(live_server, page, screenshot, person):
    from rebond.feedback.models import FeedbackItem
    from rebond.jobs.models import Application

    item = FeedbackItem.objects.get(user=person)
    rejected = Application.objects.get(user=person, stage="rejected")
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/feedback/items/{item.pk}/")
    expect(page.locator("main")).to_contain_text("Énoncés et leurs étiquettes")
    expect(page.locator("main")).to_contain_text("Point fort")
    screenshot("fr-feedback-item")
    page.goto(f"{live_server.url}/feedback/points/")
    expect(page.locator("main")).to_contain_text("en hausse")
    screenshot("fr-feedback-points")
    page.goto(f"{live_server.url}/feedback/applications/{rejected.pk}/draft/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Écrire un message")
    screenshot("fr-feedback-draft")
