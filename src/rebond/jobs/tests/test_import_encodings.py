"""Encoding detection per file, with a warning (issue 22): real files saved as Windows-1252,
Latin-1, UTF-16, or with their encodings mixed; the import names the encoding it assumed and
says which lines it could not read cleanly."""

from pathlib import Path

import pytest
from tests.hosted.conftest import _static_without_manifest  # noqa: F401 - pages in hosted mode

from rebond.jobs import tabular
from rebond.jobs.importing import import_applications
from rebond.jobs.models import Application

pytestmark = pytest.mark.django_db
FILES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "encodings"


def read(name: str) -> bytes:
    return (FILES / name).read_bytes()


def companies(user) -> set[str]:
    return {a.company.name for a in Application.objects.for_user(user)}


def test_a_windows_1252_file_is_read_right_and_says_so(owner):
    report = import_applications(owner, read("suivi-excel-cp1252.csv"), "suivi.csv")
    assert report.encoding == "cp1252"
    assert companies(owner) == {"Cœur de Métier", "Société Générale"}
    (warning,) = report.encoding_warnings
    assert "Windows-1252" in warning


def test_a_utf8_file_brings_no_warning(owner):
    data = (
        "Entreprise;Intitulé du poste;Date de candidature;Statut\nÉcole;Prof;21/11/2026;Envoyée\n"
    )
    report = import_applications(owner, data.encode("utf-8"), "suivi.csv")
    assert (report.encoding, report.encoding_warnings) == ("utf-8", [])


def test_mixed_lines_are_each_read_in_their_own_encoding_with_a_warning(owner):
    report = import_applications(owner, read("suivi-mixed.csv"), "suivi.csv")
    assert report.encoding == "utf-8+cp1252"
    # Without the line-by-line reading, the UTF-8 lines would turn to "DÃ©cathlon".
    assert companies(owner) == {"Décathlon", "Crédit Agricole", "Lefèvre & Fils"}
    (warning,) = report.encoding_warnings
    assert "mélange" in warning and "ligne 3" in warning


def test_bytes_no_encoding_defines_are_replaced_and_named_by_line(owner):
    report = import_applications(owner, read("suivi-unreadable-bytes.csv"), "suivi.csv")
    assert report.encoding == "cp1252"
    assert companies(owner) == {"Acme \ufffd", "Beta\ufffd"}
    assert any("lignes 2, 3" in w and "\ufffd" in w for w in report.encoding_warnings)


def test_excel_unicode_text_is_utf16(owner):
    report = import_applications(owner, read("suivi-excel-unicode.txt"), "suivi.txt")
    assert (report.encoding, report.encoding_warnings) == ("utf-16", [])
    assert companies(owner) == {"Ōkami Studio"}


def test_the_warnings_speak_french():
    from django.utils import translation

    with translation.override("fr"):
        (warning,) = tabular.decode(read("suivi-mixed.csv")).warnings()
    assert "mélange" in warning and "ligne 3" in warning


def test_the_preview_page_shows_the_warning(owner_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("suivi.csv", read("suivi-mixed.csv"), content_type="text/csv")
    response = owner_client.post("/applications/import/", {"file": upload}, follow=True)
    assert response.status_code == 200
    assert "ligne 3" in response.content.decode()


def test_the_cli_prints_the_warning():
    from typer.testing import CliRunner

    from rebond.cli import app

    result = CliRunner().invoke(app, ["import", str(FILES / "suivi-mixed.csv")])
    assert result.exit_code == 0, result.output
    assert "suivi-mixed.csv:" in result.stderr and ("ligne 3" in result.stderr)
