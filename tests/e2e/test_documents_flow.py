"""A person uploads a CV, reads its report, compares it with a job ad, and checks the message."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link

pytestmark = pytest.mark.django_db(transaction=True)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "cv"
JOB = """Data Analyst
Requirements: SQL, Python, Tableau and experience with A/B testing.
Knowledge of dbt and Snowflake is a plus.
Benefits: remote work, gym."""


@pytest.fixture
def english_page(browser):
    context = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def shot(page, name):
    path = Path(__file__).resolve().parents[2] / "test-artifacts" / f"{name}.png"
    path.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(path), full_page=True)


def test_it_uploads_a_cv_and_compares_it_with_a_job_ad(live_server, english_page):
    page = english_page
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/documents/")
    expect(page.get_by_role("heading", name="CV and personal brand")).to_be_visible()
    page.get_by_label("CV file").set_input_files(str(FIXTURES / "cv_en_two_columns.pdf"))
    page.get_by_label("Label").fill("Two columns, 2026")
    shot(page, "documents-home")
    page.get_by_role("button", name="Upload and check").click()

    expect(page.get_by_role("heading", name="Two columns, 2026")).to_be_visible()
    report = page.locator(
        "section", has=page.get_by_role("heading", name="How a tracking system reads it")
    )
    assert "two columns" in report.inner_text().lower()
    assert "How to fix it:" in report.inner_text()
    bullets = page.locator("ol.bullets > li")
    assert bullets.count() == 3
    assert "no action verb" in bullets.nth(2).inner_text()
    shot(page, "documents-cv-report")

    page.get_by_role("textbox", name="Job description").fill(JOB)
    page.get_by_role("button", name="Check keywords").click()
    result = page.locator("#check-result .check-result")
    result.wait_for()
    text = result.inner_text()
    assert "of the ad's requirements shown by your CV" in text
    assert "How this score is computed" in text
    missing = result.locator("ol.keywords.missing").inner_text()
    assert "Snowflake" in missing
    assert page.url.endswith("/documents/cv/1/") or "/documents/cv/" in page.url  # swapped in place
    shot(page, "documents-keyword-check")

    page.get_by_role("link", name="Central message").first.click()
    page.get_by_label("Your value proposition").fill(
        "Data analyst who turns messy data into decisions: churn cut by 12% with a model."
    )
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Value proposition saved.")).to_be_visible()
    assert page.locator("table").inner_text().count("CV ·") == 1
    shot(page, "documents-message")

    page.get_by_role("link", name="Proof portfolio").first.click()
    page.get_by_label("Kind").select_option("demo")
    page.get_by_label("Title").fill("Churn dashboard demo")
    page.get_by_label("Link").fill("https://example.org/demo")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_role("link", name="Churn dashboard demo")).to_be_visible()
    shot(page, "documents-proofs")


def test_it_refuses_a_protected_pdf_with_a_clear_message(live_server, english_page):
    page = english_page
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/documents/")
    page.get_by_label("CV file").set_input_files(str(FIXTURES / "cv_protected.pdf"))
    page.get_by_role("button", name="Upload and check").click()
    expect(page.get_by_text("protected by a password")).to_be_visible()
    expect(page.get_by_text("No CV yet")).to_be_visible()
    shot(page, "documents-refused")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    shot(page, "documents-refused-phone")


JOB_FR = """Chargé(e) d'études data H/F
Missions :
- Construire les tableaux de bord sous Tableau
Profil :
- Maîtrise de SQL et de Python
- Connaissance de Snowflake
- Une expérience de Looker serait un plus
"""


def _upload(page, live_server):
    page.goto(f"{live_server.url}/documents/")
    page.locator("input[type=file]").set_input_files(str(FIXTURES / "cv_en.txt"))
    page.locator("form[enctype] button[type=submit]").first.click()
    page.locator("#check-form").wait_for()


def test_the_requirement_view_in_french_and_a_not_relevant_remembered(live_server, page):
    page.goto(issue_login_link(live_server.url))
    _upload(page, live_server)
    cv_url = page.url
    page.locator("#check-form textarea").fill(JOB_FR)
    page.locator("#check-form button[type=submit]").click()
    result = page.locator("#check-result .check-result")
    result.wait_for()
    text = result.inner_text()
    assert "Les exigences de l'offre, une par une" in text
    assert "Comment ce score est calculé" in text or "Score :" in text
    snowflake = result.locator("li.requirement", has_text="Connaissance de Snowflake")
    assert "absent de votre CV" in snowflake.inner_text()
    sql = result.locator("li.requirement", has_text="Maîtrise de SQL et de Python")
    assert "mêmes mots" in sql.inner_text() and "SQL" in sql.locator("q").inner_text()
    # Quoted evidence reads the French way: « with narrow no-break spaces ».
    quotes = sql.locator("q").first.evaluate("q => getComputedStyle(q).quotes")
    assert "«\u202f" in quotes and "\u202f»" in quotes
    shot(page, "documents-requirements-fr")

    snowflake.get_by_role("button", name="« Snowflake » ne me concerne pas").click()
    expect(result.locator("ul.keywords.dismissed")).to_contain_text("Snowflake")
    shot(page, "documents-requirements-fr-not-relevant")

    # A later check of another ad remembers it.
    page.goto(cv_url)
    page.locator("#check-form textarea").fill(JOB_FR.replace("Looker", "Snowflake ou Looker"))
    page.locator("#check-form button[type=submit]").click()
    later = page.locator("#check-result .check-result")
    later.wait_for()
    terms = later.locator("ol.keywords.missing strong").all_inner_texts()
    assert "Looker" in terms and not any("Snowflake" in t for t in terms)
    assert "Snowflake" in later.locator("ul.keywords.dismissed").inner_text()
    shot(page, "documents-requirements-fr-remembered")


def test_the_requirement_view_in_english(live_server, english_page):
    page = english_page
    page.goto(issue_login_link(live_server.url))
    _upload(page, live_server)
    page.locator("#check-form textarea").fill(JOB)
    page.locator("#check-form button[type=submit]").click()
    result = page.locator("#check-result .check-result")
    result.wait_for()
    text = result.inner_text()
    assert "The ad's requirements, one by one" in text
    assert "requirement points covered" in text  # the score's arithmetic
    line = result.locator("li.requirement", has_text="Knowledge of dbt and Snowflake")
    assert "not found in your CV" in line.inner_text()
    assert "If you really have it" in line.inner_text()
    shot(page, "documents-requirements-en")
