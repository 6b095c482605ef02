"""A person pastes a recruiter's e-mail, sees its statements classified, corrects one label,
records a second recruiter saying the same thing in English, finds the recurring point, turns
it into a plan action, and drafts and downloads a feedback request for the application."""

import email
from datetime import timedelta
from email import policy
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.feedback.tests.factories import make_application

pytestmark = pytest.mark.django_db(transaction=True)

FIRST = """Bonjour Léa,

Merci pour le temps consacré à nos entretiens.
Vos exemples restaient trop généraux et manquaient de résultats chiffrés.
Nous avons apprécié votre aisance et votre énergie.

Cordialement,
Claire Dupont
Talent Acquisition
"""
SECOND = """<html><body><p>Hi Léa,</p>
<p>Your examples stayed too general and lacked measurable results.</p>
<p>Best regards,<br>Tom</p></body></html>"""


def english(page, live_server) -> None:
    # French is the default; these strings are checked in English until the catalogue merge.
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )


def record(page, text: str, who: str, application_label: str | None = None) -> None:
    page.goto(page.url.split("/feedback")[0] + "/feedback/items/new/")
    form = page.get_by_role("form", name="Record feedback")
    form.get_by_label("The feedback").fill(text)
    form.get_by_label("Who said it").fill(who)
    if application_label:
        form.get_by_label("Application").select_option(label=application_label)
    form.get_by_role("button", name="Record and classify").click()
    expect(page.locator(".messages, [role=status]").first).to_be_visible()


def test_it_closes_the_feedback_loop(live_server, page, screenshot):
    user = local_user()
    app = make_application(
        user,
        company="Doctolib",
        role="Data analyst",
        rejected_at=timezone.now() - timedelta(hours=30),
    )
    english(page, live_server)
    page.goto(issue_login_link(live_server.url))
    page.get_by_role("link", name="Feedback", exact=True).click()
    expect(page.get_by_text("Thank and ask for feedback")).to_be_visible()
    screenshot("feedback-home-due")

    record(page, FIRST, "Claire Dupont", application_label=str(app))
    statements = page.locator("li.statement")
    expect(statements).to_have_count(2)
    weak = statements.filter(has_text="trop généraux")
    expect(weak.locator(".badge")).to_have_text("To improve")
    # Rebond is unsure the praise is not a courtesy line: it asks, in one click.
    praise = statements.filter(has_text="apprécié")
    expect(praise.locator(".badge")).to_have_text("to confirm")
    # The thank-you line is set aside, with its reason, and can be brought back.
    aside = page.locator("details.set-aside")
    aside.locator("summary").click()
    expect(aside).to_contain_text("Merci pour le temps consacré")
    expect(aside).to_contain_text("courtesy and standard wording")
    screenshot("feedback-item-classified")
    praise.get_by_role("button", name="praise").click()
    expect(page.locator("li.statement", has_text="apprécié").locator(".badge")).to_have_text(
        "Strength"
    )

    # Correct one label: htmx saves on change and swaps the statement in place.
    weak.get_by_label("Nature").select_option("objective")
    expect(page.locator("li.statement", has_text="trop généraux")).to_contain_text("(corrected)")
    page.reload()
    corrected = page.locator("li.statement", has_text="trop généraux")
    expect(corrected.get_by_label("Nature")).to_have_value("objective")
    screenshot("feedback-label-corrected")

    record(page, SECOND, "Tom (Globex)")
    page.get_by_role("link", name="Feedback", exact=True).click()
    page.get_by_role("link", name="Recurring points", exact=True).click()
    point = page.locator("article.point").first
    expect(point).to_contain_text("raised by 2 sources")
    point.get_by_text("What was said").click()
    expect(point).to_contain_text("Claire Dupont")
    expect(point).to_contain_text("Tom (Globex)")
    screenshot("feedback-recurring-points")
    point.get_by_role("button", name="Make it an action in my plan").click()
    expect(page.get_by_text("Added to your plan")).to_be_visible()

    page.get_by_role("link", name="Strengths journal").click()
    expect(page.locator("article.point").first).to_contain_text("énergie")

    page.goto(f"{live_server.url}/applications/{app.pk}/")
    section = page.locator("section.feedback-section")
    expect(section).to_contain_text("Feedback received")
    screenshot("feedback-application-section")
    section.get_by_role("link", name="Write a message").click()
    form = page.get_by_role("form", name="Write a message")
    form.get_by_label("Message").select_option("feedback_request")
    form.get_by_label("Language").select_option("fr")
    form.get_by_label("Recipient's name").fill("Claire Dupont")
    form.get_by_label("Recipient's e-mail").fill("claire.dupont@example.com")
    form.get_by_label("One concrete moment of the interview").fill("l'étude de cas sur les prix")
    form.get_by_label("Your doubts about the interview").fill(
        "Mes exemples étaient-ils assez concrets ?"
    )
    form.get_by_role("button", name="Prepare the draft").click()

    editor = page.get_by_role("form", name="Edit the draft")
    expect(editor.get_by_label("Message")).to_contain_text("l'étude de cas sur les prix")
    editor.get_by_label("My e-mail address").fill("lea.martin@example.org")
    editor.get_by_role("button", name="Save the draft").click()
    expect(page.get_by_text("Draft saved.")).to_be_visible()
    assert (
        page.get_by_role("link", name="Open in my mail program")
        .get_attribute("href")
        .startswith("mailto:claire.dupont@example.com?subject=")
    )
    screenshot("feedback-draft")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download (.eml)").click()
    parsed = email.message_from_bytes(
        Path(download_info.value.path()).read_bytes(), policy=policy.default
    )
    assert parsed["To"].addresses[0].display_name == "Claire Dupont"
    assert "Data analyst" in parsed["Subject"]
    page.get_by_role("button", name="I sent it from my mail program").click()
    expect(page.get_by_text("Recorded as sent.")).to_be_visible()
    page.goto(f"{live_server.url}/feedback/due/")
    # The request was sent, and Claire replied: no follow-up, only the thank-you is left.
    expect(page.locator(".due-list")).to_contain_text("Say thank you")
    expect(page.locator(".due-list")).not_to_contain_text("Thank and ask for feedback")
    screenshot("feedback-due-after-sending")


TEMPLATE_FR = """Bonjour Madame Martin,

Nous vous remercions de l'intérêt que vous portez à notre groupe et du temps consacré
à votre candidature au poste de Chargée d'études.
Après une étude attentive de votre dossier, nous sommes au regret de vous informer que
nous ne donnerons pas une suite favorable à votre candidature.
Nous conservons votre CV dans notre CVthèque et ne manquerons pas de revenir vers vous
si une opportunité se présentait.
Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
Le service Recrutement
Ce message est généré automatiquement, merci de ne pas y répondre.
"""

MIXED_FR = """Bonjour Léa,

Merci encore pour votre venue jeudi.
Très bon contact avec l'équipe, mais un anglais jugé insuffisant pour le poste.
Nous avons reçu de nombreuses candidatures pour ce poste.

Belle journée,
Marc
"""


def test_a_template_rejection_keeps_nothing_and_closes_the_application(
    live_server, page, screenshot
):
    user = local_user()
    app = make_application(user, company="Groupe Azur", role="Chargée d'études")
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/feedback/items/new/?application={app.pk}")
    form = page.get_by_role("form", name="Noter un retour")
    form.get_by_label("Le retour").fill(TEMPLATE_FR)
    form.get_by_role("button", name="Enregistrer et classer").click()
    expect(page.get_by_role("heading", name="Un refus sans retour")).to_be_visible()
    expect(page.locator("li.statement")).to_have_count(0)
    aside = page.locator("details.set-aside")
    expect(aside).to_contain_text("formules de politesse et messages types")
    expect(aside).to_contain_text("CVthèque")
    screenshot("feedback-no-feedback-fr")
    page.get_by_role("link", name="Marquer la candidature comme refusée…").click()
    expect(page.get_by_label("Motif donné, s’il y en a un")).to_have_value("Refus sans retour")
    screenshot("feedback-no-feedback-reject-fr")
    page.locator("main form button[type=submit]").click()
    app.refresh_from_db()
    assert app.stage == "rejected"


def test_a_mixed_message_is_split_and_a_set_aside_sentence_comes_back(
    live_server, page, screenshot
):
    user = local_user()
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/feedback/items/new/")
    form = page.get_by_role("form", name="Noter un retour")
    form.get_by_label("Le retour").fill(MIXED_FR)
    form.get_by_role("button", name="Enregistrer et classer").click()
    statements = page.locator("li.statement")
    expect(statements.filter(has_text="Très bon contact avec l'équipe.")).to_have_count(1)
    expect(statements.filter(has_text="Un anglais jugé insuffisant pour le poste.")).to_have_count(
        1
    )
    aside = page.locator("details.set-aside")
    aside.locator("summary").click()
    line = aside.locator("li", has_text="nombreuses candidatures")
    expect(line).to_contain_text("formules de politesse")
    screenshot("feedback-mixed-fr")
    line.get_by_role("button", name="C'est un retour").click()
    expect(page.locator("li.statement", has_text="nombreuses candidatures")).to_have_count(1)
    expect(page.locator("details.set-aside")).not_to_contain_text("nombreuses candidatures")
    # And back out again: "not feedback" sets it aside, nothing is lost.
    back = page.locator("li.statement", has_text="nombreuses candidatures")
    back.get_by_role("button", name="Pas un retour : mettre de côté").click()
    expect(page.locator("li.statement", has_text="nombreuses candidatures")).to_have_count(0)
    expect(page.locator("details.set-aside")).to_contain_text("mis de côté par vous")
    screenshot("feedback-mixed-restored-fr")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("feedback-mixed-restored-fr-phone")
    from rebond.feedback.models import FeedbackItem

    assert FeedbackItem.objects.for_user(user).count() == 1
