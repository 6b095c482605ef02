"""The exports of the trackers people leave import with their own column names, statuses and
list names; columns no field takes are kept in the notes (samples and their sources:
tests/fixtures/trackers/README.md)."""

from pathlib import Path

import pytest
from django.utils import timezone

from rebond.jobs.importing import import_applications
from rebond.jobs.models import Application

pytestmark = pytest.mark.django_db
TRACKERS = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "trackers"
TODAY = None  # no applied date in the file: the day of the import

# file → company → (role, stage, applied on, words its notes keep)
EXPECTED = {
    "huntr.csv": {
        "Doctolib": ("Product Manager", "applied", "2026-11-21", ["Salary: 60,000 - 70,000 EUR"]),
        "Back Market": ("Data Analyst", "interview_1", "2026-11-05", ["Case study on Friday"]),
        "Alan": ("Backend Engineer", "rejected", "2026-10-28", ["Date Added: 10/20/2026"]),
        "Qonto": ("Product Owner", "applied", TODAY, []),
        "Swile": ("UX Researcher", "offer", "2026-10-14", ["Salary: 48,000 EUR"]),
    },
    "teal.csv": {
        "BlaBlaCar": ("Senior Data Scientist", "interview_1", "2026-11-02", ["Excitement: 4"]),
        "Malt": ("Product Designer", "applied", "2026-11-12", ["Date Saved: Nov 10, 2026"]),
        "Lydia": ("Analytics Engineer", "rejected", "2026-10-03", ["Min Salary: 55000"]),
        "Algolia": ("Staff Engineer", "offer", "2026-09-22", ["Counter-offer sent"]),
        "Criteo": ("Data Engineer", "withdrawn", "2026-10-06", []),
        "ManoMano": ("Engineering Manager", "no_answer", "2026-09-02", []),
        "Sorare": ("Frontend Developer", "applied", TODAY, []),
    },
    "jobsync.csv": {
        "Mirakl": ("Senior Frontend Engineer", "interview_1", "2026-10-03", ["jobType: Full Time"]),
        "Ledger": ("Platform Engineer", "rejected", "2026-10-06", []),
        "Contentsquare": ("Data Engineer", "applied", TODAY, ["applied: No"]),
        "Pennylane": ("Engineering Manager", "offer", "2026-10-12", []),
        "Dataiku": ("ML Engineer", "applied", "2026-10-21", ["Expired"]),
        "Shift Technology": ("Tech Lead", "withdrawn", "2026-09-15", []),
    },
    "notion.csv": {
        "Aircall": ("Customer Success Manager", "interview_1", "2026-11-03", ["Julie Martin"]),
        "Ornikar": ("Growth Marketer", "applied", "2026-11-12", ["Tags: Marketing"]),
        "Vinted": ("Product Analyst", "rejected", "2026-10-20", []),
        "Leboncoin": ("Data Product Manager", "applied", TODAY, []),
    },
    "airtable.csv": {
        "Payfit": ("People Ops Manager", "screening", "2026-11-03", ["Recruiter: Marie Dupont"]),
        "Spendesk": ("Finance Analyst", "final", "2026-10-21", ["Tags: Fintech"]),
        "Deezer": ("Music Data Scientist", "no_answer", "2026-09-14", []),
        "Mistral AI": ("Applied Scientist", "rejected", "2026-10-02", []),
    },
    "google-sheets.csv": {
        "Decathlon": ("Chef de produit digital", "applied", "2026-11-03", ["Relancer le 10/11"]),
        "BNP Paribas": ("Analyste risques", "screening", "2026-10-28", ["Contact: Sophie (RH)"]),
        "Michelin": ("Ingénieur data", "rejected", "2026-10-15", []),
        "Leroy Merlin": ("Responsable e-commerce", "no_answer", "2026-11-02", []),
        "OVHcloud": ("Product manager", "applied", TODAY, ["Adapter le CV"]),
    },
    "trello.csv": {
        "Doctolib": ("Product Manager", "applied", TODAY, ["Relancer la RH", "Labels: Remote"]),
        "Back Market": ("Data Analyst", "interview_1", TODAY, ["Labels: Bordeaux (blue)"]),
        "Alan": ("Backend Engineer", "rejected", TODAY, ["test technique"]),
        "Qonto": ("Product Owner", "applied", TODAY, []),
    },
    "trello.json": {
        "Doctolib": ("Product Manager", "applied", TODAY, ["Relancer la RH", "Labels: Remote"]),
        "Back Market": ("Data Analyst", "interview_1", TODAY, []),
        "Swile": ("UX Researcher", "offer", TODAY, ["avant le 15/12"]),
        "Alan": ("Backend Engineer", "rejected", TODAY, ["Archived card: yes"]),
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_trackers_export_imports_whole(owner, name):
    report = import_applications(owner, (TRACKERS / name).read_bytes(), name)
    expected = EXPECTED[name]
    assert report.applications == len(expected)
    stored = {a.company.name: a for a in Application.objects.for_user(owner)}
    assert set(stored) == set(expected)
    for company, (role, stage, applied_on, kept) in expected.items():
        application = stored[company]
        day = applied_on or timezone.localdate().isoformat()
        assert (application.role, application.stage, application.applied_on.isoformat()) == (
            role,
            stage,
            day,
        ), company
        for words in kept:
            assert words in application.notes, (company, words)


def test_ids_and_counters_are_not_kept_in_the_notes(owner):
    report = import_applications(owner, (TRACKERS / "trello.csv").read_bytes(), "trello.csv")
    assert {"Card ID", "List ID", "Vote Count"} <= set(report.ignored_columns)
    notes = " ".join(Application.objects.for_user(owner).values_list("notes", flat=True))
    assert "6561a1b2c3d4e5f60718293a" not in notes and "Vote Count" not in notes


def test_jobsync_prefers_the_applied_date_to_its_yes_no_column(owner):
    report = import_applications(owner, (TRACKERS / "jobsync.csv").read_bytes(), "jobsync.csv")
    assert report.mapping["applied_on"] == "appliedDate"
    assert report.mapping["channel"] == "JobSource"


def test_a_card_title_gives_company_and_role_in_either_order(owner):
    data = (
        "Card Name,List Name\n"
        "Doctolib – Product Manager,Applied\n"
        "Data Analyst @ Back Market,Applied\n"
        "Product Owner chez Qonto,Applied\n"
        "Alan | Backend Engineer,Applied\n"
    ).encode()
    import_applications(owner, data, "board.csv")
    pairs = set(Application.objects.for_user(owner).values_list("company__name", "role"))
    assert pairs == {
        ("Doctolib", "Product Manager"),
        ("Back Market", "Data Analyst"),
        ("Qonto", "Product Owner"),
        ("Alan", "Backend Engineer"),
    }


def test_a_contact_list_with_a_name_column_is_still_refused_by_its_headers(owner):
    from rebond.jobs.importing import ImportFailed

    with pytest.raises(ImportFailed) as caught:
        import_applications(owner, b"Name,Email,Phone\nJane,j@x.org,0600\n", "contacts.csv")
    assert {e.field for e in caught.value.errors} == {"company", "role"}


def test_a_json_file_that_is_not_a_trello_board_is_refused_clearly(owner):
    from rebond.jobs.tabular import TableError

    with pytest.raises(TableError, match="not a Trello board"):
        import_applications(owner, b'{"jobs": []}', "export.json")


def test_a_trello_board_imports_in_the_browser_saying_where_company_and_notes_come_from(
    owner_client, owner
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    owner_client.cookies["django_language"] = "fr"
    upload = SimpleUploadedFile("board.json", (TRACKERS / "trello.json").read_bytes())
    assert owner_client.post("/applications/import/", {"file": upload}).status_code == 302
    page = owner_client.get("/applications/import/preview/").content.decode()
    assert "Card Name" in page and "Conservées dans les notes" in page and "Labels" in page
    assert not Application.objects.exists()
    done = owner_client.post("/applications/import/preview/", {"confirm": "1"})
    assert done.status_code == 302
    assert Application.objects.for_user(owner).count() == 4
