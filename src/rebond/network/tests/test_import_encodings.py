"""The contacts import names the encoding it assumed and warns when lines mix encodings or
hold unreadable bytes (issue 22), from real Latin-1 and mixed files."""

from pathlib import Path

import pytest
from tests.hosted.conftest import _static_without_manifest  # noqa: F401 - pages in hosted mode

from rebond.network.importing import import_contacts
from rebond.network.models import Contact

pytestmark = pytest.mark.django_db
FILES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "encodings"


def read(name: str) -> bytes:
    return (FILES / name).read_bytes()


def test_a_latin1_file_is_read_right_and_says_so(owner):
    report = import_contacts(owner, read("Connections-latin1.csv"), "Connections.csv")
    assert report.ok and report.encoding == "cp1252"
    names = {(c.first_name, c.last_name, c.company_name) for c in Contact.objects.for_user(owner)}
    assert names == {
        ("Hélène", "Durand", "Société Ça Va"),
        ("François", "Müller", "Crème Brûlée SA"),
    }
    assert len(report.warnings) == 1 and "Windows-1252" in report.warnings[0]


def test_a_mixed_file_is_read_line_by_line_with_a_warning(owner):
    report = import_contacts(owner, read("Connections-mixed.csv"), "Connections.csv")
    assert report.ok and report.encoding == "utf-8+cp1252"
    names = {c.first_name for c in Contact.objects.for_user(owner)}
    assert names == {"Hélène", "Noémie"}
    assert "ligne 3" in report.warnings[0]


def test_the_page_shows_the_warning_after_importing(owner_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("Connections.csv", read("Connections-mixed.csv"))
    response = owner_client.post("/network/import/", {"file": upload}, follow=True)
    assert response.status_code == 200
    assert "ligne 3" in response.content.decode()
