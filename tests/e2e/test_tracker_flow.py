"""A person opens the login link, adds an application, takes it to an interview, records the
"no", and finds it on the board with the stage it reached."""

import pytest
from playwright.sync_api import expect

from rebond.accounts.services import issue_login_link

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_tracks_an_application_from_quick_add_to_rejection(live_server, page, screenshot):
    page.goto(issue_login_link(live_server.url))
    page.get_by_role("link", name="Tableau", exact=True).click()
    expect(page.get_by_role("heading", name="Mes candidatures")).to_be_visible()
    quick_add = page.get_by_role("form", name="Ajout rapide")
    quick_add.get_by_label("Entreprise").fill("Doctolib")
    quick_add.get_by_label("Poste").fill("Analyste données")
    quick_add.get_by_label("Canal").select_option("referral")
    quick_add.get_by_role("button", name="Ajouter").click()
    move = page.get_by_label("Déplacer vers")
    assert move.input_value() == "applied" and move.locator("option").count() == 7
    screenshot("tracker-board-open")
    page.get_by_role("link", name="Analyste données").click()
    assert page.get_by_label("Nouvelle étape").input_value() == "applied"
    screenshot("tracker-application")

    page.get_by_label("Nouvelle étape").select_option("interview_1")
    page.get_by_role("button", name="Déplacer").click()
    expect(page.get_by_text("Étape mise à jour.")).to_be_visible()
    page.get_by_role("link", name="Marquer comme refusée").click()
    page.get_by_label("Étape atteinte").select_option("interview_1")
    page.get_by_label("Motif donné, s’il y en a un").fill("Un profil plus senior")
    screenshot("tracker-reject-form")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("Un profil plus senior")).to_be_visible()
    page.get_by_role("link", name="Tableau", exact=True).click()
    rejected = page.locator("section.column", has=page.get_by_role("heading", name="Refus"))
    tile = rejected.locator(".tile", has_text="Analyste données")
    expect(tile).to_be_visible()
    assert "Atteint : Entretien, 1ᵉʳ tour" in " ".join(tile.inner_text().split())
    screenshot("tracker-board")

    page.get_by_role("link", name="Candidatures", exact=True).click()
    row = page.get_by_role("row", name="Analyste données")
    assert " ".join(row.inner_text().split()).startswith("Analyste données Doctolib Refus")
    page.get_by_label("Étape", exact=True).select_option("rejected")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.get_by_text("1 candidature", exact=True)).to_be_visible()
    screenshot("tracker-list")


PHONE_PAGES = ["/", "/board/", "/applications/", "/applications/new/", "/companies/"]


def test_it_is_usable_at_phone_width(live_server, page, screenshot):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(issue_login_link(live_server.url))
    too_wide = {}
    for path in PHONE_PAGES:
        page.goto(live_server.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 391:
            too_wide[path] = width
    page.goto(live_server.url + "/board/")
    screenshot("tracker-board-phone")
    assert too_wide == {}


def test_a_french_spreadsheet_is_previewed_corrected_and_imported(
    live_server, page, screenshot, tmp_path
):
    from rebond.jobs.models import Application
    from rebond.jobs.tests.test_import import ORDINARY_FRENCH

    sheet = tmp_path / "suivi.csv"
    sheet.write_bytes(ORDINARY_FRENCH)
    page.goto(issue_login_link(live_server.url))
    page.goto(f"{live_server.url}/applications/")
    page.get_by_role("link", name="Importer un tableau").click()
    page.get_by_label("Tableur (CSV ou XLSX) ou tableau Trello (JSON)").set_input_files(str(sheet))
    page.get_by_role("button", name="Lire le fichier").click()
    expect(page.get_by_role("heading", name="Vérifier l'import")).to_be_visible()
    expect(page.get_by_role("cell", name="Groupe Azur")).to_be_visible()
    screenshot("import-preview-fr")
    page.get_by_label("Pigeon voyageur").select_option("network")
    page.get_by_role("button", name="Mettre à jour l'aperçu").click()
    expect(page.get_by_label("Pigeon voyageur")).to_have_value("network")
    page.set_viewport_size({"width": 390, "height": 844})
    screenshot("import-preview-fr-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.get_by_role("button", name="Importer 4 candidatures").click()
    expect(page.get_by_text("4 candidatures importées depuis suivi.csv.")).to_be_visible()
    assert Application.objects.get(company__name="Atelier Vert").channel == "network"


def test_a_job_ad_link_alone_fills_the_application_form(live_server, page, screenshot):
    import threading

    from rebond.jobs.models import Application
    from rebond.jobs.tests.test_job_ads import _Pages, _Site

    site = _Site(("127.0.0.1", 0), _Pages)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    ad_url = f"http://127.0.0.1:{site.server_address[1]}/jsonld_graph.html"
    try:
        page.goto(issue_login_link(live_server.url))
        page.goto(f"{live_server.url}/board/")
        quick = page.get_by_role("form", name="Ajout rapide")
        quick.get_by_label("Lien vers l’annonce").fill(ad_url)
        quick.get_by_role("button", name="Ajouter").click()
        expect(page.get_by_text("Lu dans l'annonce")).to_be_visible()
        expect(page.locator("#id_company")).to_have_value("Groupe Azur")
        expect(page.locator("#id_role")).to_have_value("Contrôleur de gestion H/F")
        screenshot("from-ad-form-fr")
        page.locator("main form button[type=submit]").click()
        assert Application.objects.get().company.name == "Groupe Azur"
        page.goto(f"{live_server.url}/applications/from-ad/")
        screenshot("from-ad-page-fr")
    finally:
        site.shutdown()
