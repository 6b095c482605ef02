"""Nothing lost by one click: a delete asks in a dialog, the page offers to undo, the bin lists
what was deleted and brings it back. In French, at desktop and phone width."""

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link, local_user
from rebond.debrief.models import ThoughtRecord
from rebond.debrief.tests.factories import make_thought
from rebond.trash.models import BinEntry

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_delete_asks_then_can_be_undone(live_server, page, screenshot):
    user = local_user()
    record = make_thought(user, thought="Je ne décrocherai jamais rien.")
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/debrief/thoughts/{record.pk}/")

    # Cancelling the dialog keeps everything.
    page.get_by_role("button", name="Supprimer cette fiche").click()
    dialog = page.locator("dialog.confirm")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Mettre à la corbeille ?")
    screenshot("bin-dialog")
    dialog.get_by_role("button", name="Annuler").click()
    expect(dialog).to_have_count(0)
    assert ThoughtRecord.objects.filter(pk=record.pk).exists()

    # Confirming moves it to the bin, and the page offers to undo.
    page.get_by_role("button", name="Supprimer cette fiche").click()
    page.locator("dialog.confirm").get_by_role("button", name="Mettre à la corbeille").click()
    expect(page.locator(".messages")).to_contain_text("Mis à la corbeille")
    screenshot("bin-undo-message")
    assert not ThoughtRecord.objects.exists() and BinEntry.objects.count() == 1
    page.get_by_role("button", name="Annuler la suppression").click()
    expect(page.locator(".messages")).to_contain_text("Restauré")
    assert ThoughtRecord.objects.get().thought == "Je ne décrocherai jamais rien."

    # The bin page, at phone width too.
    page.goto(f"{live_server.url}/debrief/thoughts/{record.pk}/")
    page.get_by_role("button", name="Supprimer cette fiche").click()
    page.locator("dialog.confirm").get_by_role("button", name="Mettre à la corbeille").click()
    expect(page.locator(".messages")).to_contain_text("Mis à la corbeille")
    page.goto(f"{live_server.url}/bin/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Corbeille")
    expect(page.locator(".bin-entry")).to_contain_text("Je ne décrocherai jamais rien.")
    screenshot("bin-page")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("bin-page-phone")
    page.get_by_role("button", name="Restaurer").click()
    expect(page.locator(".messages")).to_contain_text("Restauré")
    assert ThoughtRecord.objects.count() == 1


def test_back_then_save_again_saves_once(live_server, page, screenshot):
    user = local_user()
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/debrief/thoughts/")
    page.get_by_label("Pensée automatique").fill("Je rate toujours la dernière étape.")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Enregistrer la fiche").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fiche de pensée")
    page.go_back()
    # The browser brings the typed text back; saving again must not make a second record.
    expect(page.get_by_label("Pensée automatique")).to_have_value(
        "Je rate toujours la dernière étape."
    )
    page.get_by_role("button", name="Enregistrer la fiche").click()
    expect(page.locator(".messages")).to_contain_text("Déjà enregistré")
    screenshot("saved-once")
    assert ThoughtRecord.objects.for_user(user).count() == 1
