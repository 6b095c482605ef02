"""A Trello board's JSON export imported in the browser: the preview says where the company and
the role come from and which columns go to the notes (screenshots in French and English, wide
and narrow)."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user

from .conftest import ARTIFACTS

pytestmark = pytest.mark.django_db(transaction=True)
BOARD = Path(__file__).resolve().parents[1] / "fixtures" / "trackers" / "trello.json"


@pytest.mark.parametrize(
    ("language", "kept", "button"),
    [
        ("fr", "Conservées dans les notes de chaque candidature", "Importer 4 candidatures"),
        ("en", "Kept in each application’s notes", "Import 4 applications"),
    ],
)
def test_a_trello_board_is_previewed_then_imported(live_server, browser, language, kept, button):
    from rebond.jobs.models import Application

    user = local_user()
    for width in (1280, 390):
        context = browser.new_context(locale=language, viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(issue_login_link(live_server.url))
        page.goto(f"{live_server.url}/applications/import/")
        page.locator("input[type=file]").set_input_files(str(BOARD))
        page.locator("main form button[type=submit]").first.click()
        expect(page.locator("main")).to_contain_text(kept)
        expect(page.locator("main")).to_contain_text("Card Name")
        # The first rows show the company and the role read from each card's title.
        expect(page.locator("table.import-rows")).to_contain_text("Back Market")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(
            path=str(ARTIFACTS / f"import-trello-{language}-{width}.png"), full_page=True
        )
        if width == 390:
            page.get_by_role("button", name=button).click()
            expect(page.locator("main")).to_contain_text("Doctolib")
        context.close()
    assert Application.objects.for_user(user).count() == 4
