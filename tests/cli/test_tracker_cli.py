import json

import pytest
from typer.testing import CliRunner

from rebond.accounts.services import local_user
from rebond.cli import app
from rebond.jobs.models import Application

pytestmark = pytest.mark.django_db
runner = CliRunner()


@pytest.fixture(autouse=True)
def english(db):
    """Messages are compared in English: the person chose it, and the CLI speaks the person's
    language (tests/cli/test_cli_languages.py checks French)."""
    person = local_user()
    person.content_language = "en"
    person.save()


def rebond(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def test_it_adds_moves_rejects_and_lists():
    assert rebond("add", "Qonto", "Data analyst", "--channel", "referral").exit_code == 0
    pk = Application.objects.get().pk
    assert rebond("move", str(pk), "interview_1").exit_code == 0
    result = rebond("reject", str(pk), "--reason", "profil plus senior")
    assert result.exit_code == 0 and "Rejected (stage reached: Interview, round 1)" in result.stdout
    rows = json.loads(rebond("list", "--json").stdout)
    assert rows == [
        {
            "id": pk,
            "company": "Qonto",
            "role": "Data analyst",
            "stage": "rejected",
            "furthest_stage": "interview_1",
            "channel": "referral",
            "applied_on": rows[0]["applied_on"],
        }
    ]
    assert "Qonto" in rebond("list", "--stage", "rejected").stdout


@pytest.mark.parametrize(
    "args",
    [
        ("add", "Acme", "Dev", "--channel", "carrier-pigeon"),
        ("move", "1", "hired"),
        ("list", "--since", "yesterday"),
        ("move", "424242", "screening"),
    ],
)
def test_it_explains_bad_input_and_exits_non_zero(args):
    result = rebond(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("rebond: ")


@pytest.mark.parametrize(
    ("ending", "command"), [("rejected", "rebond reject {pk}"), ("Retirée", "--result withdrawn")]
)
def test_it_moves_to_an_ending_only_through_reject(ending, command):
    assert rebond("add", "Qonto", "Data analyst").exit_code == 0
    application = Application.objects.get()
    assert rebond("move", str(application.pk), "screening").exit_code == 0
    refused = rebond("move", str(application.pk), ending)
    # Ids are not 1 on PostgreSQL (its sequences are not reset between tests).
    assert refused.exit_code == 2 and command.format(pk=application.pk) in refused.stderr
    application.refresh_from_db()
    assert application.stage == "screening" and not hasattr(application, "outcome")
    ended = rebond("reject", str(application.pk), "--result", "withdrawn")
    assert ended.exit_code == 0 and "(stage reached: Screening)" in ended.stdout
    application.refresh_from_db()
    assert (application.stage, application.outcome.result) == ("withdrawn", "withdrawn")


def test_it_refuses_a_rejection_at_the_offer():
    assert rebond("add", "Qonto", "Data analyst").exit_code == 0
    pk = str(Application.objects.get().pk)
    assert rebond("move", pk, "offer").exit_code == 0
    refused = rebond("reject", pk)
    assert refused.exit_code == 2 and "not at offer" in refused.stderr
    assert Application.objects.get().stage == "offer"


def test_it_imports_with_a_dry_run_then_for_real(tmp_path):
    sheet = tmp_path / "suivi.csv"
    sheet.write_bytes("Entreprise;Poste;Date\nAlan;PM;03/11/2026\n".encode("cp1252"))
    dry = rebond("import", str(sheet), "--dry-run")
    assert dry.exit_code == 0 and "Would import 1" in dry.stdout
    assert Application.objects.count() == 0
    assert "Imported 1" in rebond("import", str(sheet)).stdout
    assert Application.objects.get().company.name == "Alan"


def test_it_reports_the_bad_line_of_an_import(tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("Entreprise;Poste;Date\nAlan;PM;hier\n", encoding="utf-8")
    result = rebond("import", str(sheet))
    assert result.exit_code == 1
    assert "line 2, applied_on" in result.stderr
    assert Application.objects.count() == 0


def test_it_exports_json_and_csv(tmp_path):
    rebond("add", "Alan", "PM")
    document = json.loads(rebond("export").stdout)
    assert document["sections"]["applications"][0]["role"] == "PM"
    target = tmp_path / "all.zip"
    assert rebond("export", "--format", "csv", "--output", str(target)).exit_code == 0
    assert target.read_bytes().startswith(b"PK")


def test_it_reads_a_transcript_where_only_the_interviewer_is_named(tmp_path):
    from rebond.method.tests.test_speakers import ONLY_INTERVIEWER_NAMED

    path = tmp_path / "entretien.vtt"
    path.write_text(ONLY_INTERVIEWER_NAMED, encoding="utf-8")
    result = rebond("analyze", "transcript", str(path))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["words"] == 30 and report["attribution"]["how"] == "interviewer_label"


def test_it_says_why_it_cannot_tell_the_speakers_apart_and_how_to_fix_it(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(
        "Claire Martin : Pourquoi nous ?\nLéa Dupont : Parce que j'aime la data.\n"
        "Claire Martin : Et ensuite ?\nLéa Dupont : Je veux progresser.\n",
        encoding="utf-8",
    )
    unclear = rebond("analyze", "transcript", str(path))
    assert unclear.exit_code == 2
    assert "'Léa Dupont'" in unclear.output and "--me NAME" in unclear.output
    chosen = rebond("analyze", "transcript", str(path), "--me", "Léa Dupont")
    assert chosen.exit_code == 0 and json.loads(chosen.stdout)["words"] == 8


def test_it_imports_a_trello_board_and_says_which_columns_went_to_the_notes():
    from pathlib import Path

    board = Path(__file__).resolve().parents[1] / "fixtures" / "trackers" / "trello.json"
    result = rebond("import", str(board))
    assert result.exit_code == 0 and "Imported 4" in result.stdout
    assert "Kept in the notes: Labels, Due Date, Card URL, Archived card" in result.stdout
    assert Application.objects.get(company__name="Back Market").role == "Data Analyst"
