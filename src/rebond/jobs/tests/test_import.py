"""Importing real-world spreadsheet files: French Excel CSV, XLSX, and broken files."""

import io

import pytest
from openpyxl import Workbook

from rebond.jobs.import_dates import parse_date
from rebond.jobs.importing import ImportFailed, guess_mapping, import_applications
from rebond.jobs.models import Application, Company, StageEvent
from rebond.jobs.tabular import TableError

pytestmark = pytest.mark.django_db

FRENCH_EXCEL = (
    "Entreprise;Intitulé du poste;Date de candidature;Statut;Canal;Ville;Commentaires\r\n"
    "Société Générale;Analyste données;21/11/2026;Envoyée;LinkedIn;Paris;relancer lundi\r\n"
    "Crédit Agricole;Chef de projet;03/10/2026;Refusée;Cooptation;Montpellier;\r\n"
    "Décathlon;Product owner;15/09/2026;Entretien;Réseau;Lille;très bon feeling\r\n"
).encode("cp1252")


def test_it_imports_a_french_excel_csv(owner):
    report = import_applications(owner, FRENCH_EXCEL, "suivi.csv")
    assert (report.applications, report.encoding) == (3, "cp1252")
    rows = {a.company.name: a for a in Application.objects.for_user(owner)}
    assert set(rows) == {"Société Générale", "Crédit Agricole", "Décathlon"}
    assert rows["Société Générale"].applied_on.isoformat() == "2026-11-21"
    assert rows["Crédit Agricole"].stage == "rejected"
    # Rejected with its outcome, as everywhere else: the debrief and the agenda both see it.
    assert rows["Crédit Agricole"].outcome.stage_reached == "applied"
    assert not hasattr(rows["Décathlon"], "outcome")
    assert rows["Décathlon"].channel == "network"
    assert rows["Décathlon"].furthest_stage == "interview_1"
    assert StageEvent.objects.for_user(owner).count() == 5


def test_it_reads_utf8_with_a_bom_and_commas(owner):
    data = "\ufeffCompany,Job Title,Date Applied,Status\nAcme,Engineer,2026-11-02,Rejected\n"
    report = import_applications(owner, data.encode("utf-8"), "huntr.csv")
    assert report.encoding == "utf-8-sig"
    assert Application.objects.for_user(owner).get().stage == "rejected"


def test_a_nul_character_in_a_csv_is_dropped_before_it_is_stored(owner):
    # PostgreSQL text cannot hold U+0000; a damaged export sometimes carries one.
    data = b"Company,Job Title,Date Applied,Status\nAc\x00me,Engineer,2026-11-02,Sent\n"
    import_applications(owner, data, "export.csv")
    assert Application.objects.for_user(owner).get().company.name == "Acme"


def test_it_imports_an_xlsx(owner):
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.append(["Société", "Poste", "Date", "Étape"])
    sheet.append(["Alan", "Data scientist", datetime(2026, 11, 3), "Entretien 2"])
    sheet.append(["Qonto", "Analyste", "04/11/2026", None])
    buffer = io.BytesIO()
    book.save(buffer)
    report = import_applications(owner, buffer.getvalue(), "suivi.xlsx")
    assert report.applications == 2
    alan = Application.objects.for_user(owner).get(company__name="Alan")
    assert (alan.stage, alan.applied_on.isoformat()) == ("interview_2", "2026-11-03")


def broken_file() -> bytes:
    lines = ["Entreprise;Poste;Date"]
    lines += [f"Entreprise {i};Poste {i};0{i}/11/2026" for i in range(1, 6)]
    lines.insert(6, "Entreprise 6;Poste 6;31/02/2026")  # line 7 of the file
    return "\n".join(lines).encode("utf-8")


def test_it_names_the_line_and_field_and_imports_nothing(owner):
    with pytest.raises(ImportFailed) as caught:
        import_applications(owner, broken_file(), "suivi.csv")
    [error] = caught.value.errors
    assert (error.line, error.field) == (7, "applied_on")
    assert "line 7" in str(caught.value)
    assert Application.objects.count() == 0 and Company.objects.count() == 0


def test_it_refuses_a_file_without_the_columns_it_needs(owner):
    with pytest.raises(ImportFailed) as caught:
        import_applications(owner, b"Nom;Prenom;Telephone\nA;B;C\n", "contacts.csv")
    assert {e.field for e in caught.value.errors} == {"company", "role"}


def test_it_accepts_a_mapping_override(owner):
    data = b"Boite;Mission\nAcme;Dev\n"
    with pytest.raises(ImportFailed):
        import_applications(owner, data, "x.csv")
    report = import_applications(owner, data, "x.csv", overrides={"role": "Mission"})
    assert report.applications == 1


def test_it_writes_nothing_in_a_dry_run(owner):
    report = import_applications(owner, FRENCH_EXCEL, "suivi.csv", dry_run=True)
    assert report.applications == 3 and len(report.new_companies) == 3
    assert Application.objects.count() == 0 and Company.objects.count() == 0


def test_it_refuses_a_damaged_xlsx(owner):
    with pytest.raises(TableError):
        import_applications(owner, b"PK\x03\x04 not really a zip", "x.xlsx")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Entreprise", "Intitulé du poste"], {"company": 0, "role": 1}),
        (
            ["Company", "Position", "Applied on", "Status"],
            {"company": 0, "role": 1, "applied_on": 2, "stage": 3},
        ),
        (["SOCIÉTÉ ", "Poste :", "Lieu"], {"company": 0, "role": 1, "location": 2}),
    ],
)
def test_it_guesses_columns_in_french_and_english(headers, expected):
    assert guess_mapping(headers) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("21/11/2026", "2026-11-21"),
        ("2026-11-21", "2026-11-21"),
        ("21.11.2026", "2026-11-21"),
        ("21/11/26", "2026-11-21"),
    ],
)
def test_it_reads_french_and_iso_dates(text, iso):
    assert parse_date(text).isoformat() == iso


ORDINARY_FRENCH = (
    "Suivi de mes candidatures;;;;;\r\n"
    "Export du 06/12/2026;;;;;\r\n"
    "Entreprise;Poste;Date de candidature;Statut;Canal;Notes\r\n"
    "Groupe Azur;Chargée d'études;3 nov. 2026;Entretien RH;Site carrière;\r\n"
    "Nexia Conseil;Analyste;3/11/26;Relance;Cabinet de recrutement;appel mardi\r\n"
    "Boulangeries Roux;Contrôleuse de gestion;46329;Sans réponse;Linkdin;\r\n"
    "Atelier Vert;Chargée de mission;2026-11-04;Entretein 2;Pigeon voyageur;\r\n"
).encode("cp1252")


def test_an_ordinary_french_spreadsheet_imports_whatever_its_labels(owner):
    report = import_applications(owner, ORDINARY_FRENCH, "suivi.csv")
    assert report.applications == 4
    rows = {a.company.name: a for a in Application.objects.for_user(owner)}
    azur, nexia = rows["Groupe Azur"], rows["Nexia Conseil"]
    assert (azur.stage, azur.channel, azur.applied_on.isoformat()) == (
        "screening",
        "company_site",
        "2026-11-03",
    )
    assert (nexia.stage, nexia.channel, nexia.applied_on.isoformat()) == (
        "applied",
        "recruiter",
        "2026-11-03",
    )
    roux = rows["Boulangeries Roux"]
    assert (roux.stage, roux.channel, roux.applied_on.isoformat()) == (
        "no_answer",
        "job_board",
        "2026-11-03",
    )
    # A close spelling is read and reported; an unknown channel becomes "other", kept in notes.
    vert = rows["Atelier Vert"]
    assert (vert.stage, vert.channel) == ("interview_2", "other")
    assert "Pigeon voyageur" in vert.notes
    by_text = {note.text: note for note in report.values}
    assert by_text["Site carrière"].value == "company_site"
    assert by_text["Entretein 2"].how == "close" and by_text["Linkdin"].how == "close"
    assert by_text["Pigeon voyageur"].value is None and by_text["Pigeon voyageur"].lines == (7,)


def test_a_real_error_still_refuses_the_whole_file(owner):
    data = ORDINARY_FRENCH + "Atelier Bleu;;2026-11-04;;;\r\n".encode("cp1252")
    with pytest.raises(ImportFailed) as caught:
        import_applications(owner, data, "suivi.csv")
    assert [(e.line, e.field) for e in caught.value.errors] == [(8, "role")]
    assert not Application.objects.exists()


def test_it_imports_a_libreoffice_xlsx_with_a_title_above_the_headers(owner):
    """Written by LibreOffice Calc (headless, French locale) from a person's tracking sheet:
    a title row and a blank row above the headers, French stage and channel words."""
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[4] / "tests/fixtures/spreadsheets"
    data = (fixture / "suivi-libreoffice.xlsx").read_bytes()
    report = import_applications(owner, data, "suivi-libreoffice.xlsx")
    assert report.applications == 4 and report.mapping["company"] == "Entreprise"
    rows = {a.company.name: a for a in Application.objects.for_user(owner)}
    assert rows["Groupe Azur"].applied_on.isoformat() == "2026-11-03"
    assert (rows["Groupe Azur"].stage, rows["Groupe Azur"].channel) == ("screening", "company_site")
    assert rows["Nexia Conseil"].channel == "recruiter"
    assert rows["Atelier Vert"].stage == "rejected"


@pytest.mark.parametrize(
    "data",
    [
        # Headers as web trackers write them in their CSV exports (title case, camelCase).
        "Company Name,Job Title,Status,Date Applied,Job URL,Location\n"
        "Acme,Data analyst,Interview Scheduled,2026-11-02,https://acme.example/jobs/1,Leeds\n",
        "companyName,jobTitle,status,appliedDate,url,notes\n"
        "Acme,Data analyst,Interview Scheduled,11/02/2026,https://acme.example/jobs/1,\n",
    ],
)
def test_it_reads_the_headers_and_statuses_of_web_trackers(owner, data):
    report = import_applications(owner, data.encode("utf-8"), "export.csv")
    assert report.applications == 1 and report.mapping["job_url"] in ("Job URL", "url")
    found = Application.objects.for_user(owner).get()
    assert (found.company.name, found.role, found.stage) == ("Acme", "Data analyst", "interview_1")


def test_a_file_that_writes_dates_month_first_is_read_that_way(owner):
    data = b"Company,Job Title,Date Applied\nAcme,Analyst,11/21/2026\nBeta,Analyst,3/4/2026\n"
    report = import_applications(owner, data, "us.csv")
    assert report.month_first_dates
    days = dict(Application.objects.for_user(owner).values_list("company__name", "applied_on"))
    assert [days["Acme"].isoformat(), days["Beta"].isoformat()] == ["2026-11-21", "2026-03-04"]
    # A French file stays day first, even where every date could be read both ways.
    french = b"Entreprise;Poste;Date\nGamma;Analyste;03/04/2026\n"
    assert not import_applications(owner, french, "fr.csv").month_first_dates
    assert Application.objects.get(company__name="Gamma").applied_on.isoformat() == "2026-04-03"
