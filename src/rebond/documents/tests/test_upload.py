"""CV files through the upload view: real files read as expected, hostile ones refused.

Expectations were checked by hand against each fixture (tests/fixtures/cv/make_fixtures.py
says how they were made): the one-column PDF and the English text read cleanly; the
two-column PDF is flagged; the DOCX holds a table and a text box; the scan has no text layer.
"""

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from rebond.documents.models import CvVersion
from rebond.documents.services import cvs

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "cv"
MB = 1024 * 1024


def upload(client, name, data, label=""):
    return client.post(
        "/documents/upload/",
        {"file": SimpleUploadedFile(name, data), "label": label},
        HTTP_ACCEPT_LANGUAGE="en",
    )


def stored_files(media_root):
    return [p for p in Path(media_root).rglob("*") if p.is_file()]


@pytest.mark.parametrize(
    ("name", "kind", "lang", "findings", "bullets", "sections"),
    [
        (
            "cv_fr_one_column.pdf",
            "pdf",
            "fr",
            [],
            [("Piloté", True), (None, False), ("Coordonné", True), (None, False)],
            ["header", "summary", "experience", "education", "skills", "languages"],
        ),
        (
            "cv_en_two_columns.pdf",
            "pdf",
            "en",
            ["two_columns"],
            [("Led", True), ("Built", True), (None, False)],
            ["header", "experience", "contact", "skills", "education", "languages"],
        ),
        (
            "cv_fr.docx",
            "docx",
            "fr",
            ["tables", "text_boxes"],
            [("Pilotage", True), (None, False)],
            ["header", "experience", "skills", "education"],
        ),
        ("cv_scanned.pdf", "pdf", "fr", ["image_only_page"], [], []),
        (
            "cv_en.txt",
            "text",
            "en",
            [],
            [("Led", True), (None, False), ("Built", True)],
            ["header", "summary", "experience", "education", "skills"],
        ),
    ],
)
def test_it_reads_real_files_through_the_upload_view(
    owner_client, owner, name, kind, lang, findings, bullets, sections
):
    response = upload(owner_client, name, (FIXTURES / name).read_bytes(), "V1")
    cv = CvVersion.objects.get(user=owner)
    assert response.status_code == 302 and response.url == f"/documents/cv/{cv.pk}/"
    assert (cv.kind, cv.lang, cv.label, cv.original_name) == (kind, lang, "V1", name)
    report = cvs.report(cv, "en")
    assert [f.code for f in report.findings] == findings
    assert [(b.action_verb, b.has_figure) for b in report.bullets] == bullets
    assert [s.kind for s in report.sections] == sections
    page = owner_client.get(response.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for finding in report.findings:
        assert finding.what in page.replace("&#x27;", "'").replace("&quot;", '"')


def test_it_explains_findings_with_what_where_why_and_how(owner_client, owner):
    upload(owner_client, "cv.pdf", (FIXTURES / "cv_en_two_columns.pdf").read_bytes())
    page = owner_client.get(
        f"/documents/cv/{CvVersion.objects.get().pk}/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Why it matters:" in page and "How to fix it:" in page and "(p. 1)" in page


def test_it_flags_weak_bullets_with_a_pattern_and_no_invented_figure(owner_client):
    upload(owner_client, "cv.txt", (FIXTURES / "cv_en.txt").read_bytes())
    page = owner_client.get(f"/documents/cv/{CvVersion.objects.get().pk}/").content.decode()
    assert "Responsible for the weekly KPI report" in page
    assert "[" in page and "X %" in page  # a placeholder to fill, never a made-up number


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("cv.pdf", (FIXTURES / "cv_protected.pdf").read_bytes(), "protected by a password"),
        ("cv.docx", (FIXTURES / "cv_corrupt.docx").read_bytes(), "damaged"),
        ("bomb.pdf", b"%PDF-1.4\n" + b"1 0 obj\n<<>>\nendobj\n" * 100_001, "abnormal way"),
        ("cv.odt", b"PK\x03\x04 not a cv", "Unsupported format"),
        ("cv.txt", b"   ", "empty"),
    ],
)
def test_it_refuses_unreadable_files_and_keeps_nothing(
    owner_client, media_root, name, data, message
):
    started = time.monotonic()
    response = upload(owner_client, name, data)
    assert time.monotonic() - started < 15
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not CvVersion.objects.exists()
    assert stored_files(media_root) == []


def test_it_refuses_a_docx_zip_bomb_before_inflating_it(owner_client, media_root):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w/>")
        archive.writestr("word/media/bomb.bin", b"\0" * 50 * MB)
    tracemalloc.start()
    response = upload(owner_client, "cv.docx", buffer.getvalue())
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert response.status_code == 400 and "abnormal way" in response.content.decode()
    assert peak < 10 * MB  # the 50 MB entry was never inflated
    assert not CvVersion.objects.exists() and stored_files(media_root) == []


class EndlessBody:
    """A request body that is produced on demand and counts what the server reads."""

    def __init__(self, head: bytes) -> None:
        self.head, self.read_bytes = head, 0

    def read(self, size: int = -1) -> bytes:
        size = 64 * 1024 if size is None or size < 0 else size
        chunk = (self.head + b"\0" * size)[:size]
        self.head = self.head[len(chunk) :]
        self.read_bytes += len(chunk)
        return chunk

    def readline(self, size: int = -1) -> bytes:
        return self.read(size)


def _multipart_head() -> bytes:
    return (
        b'--B\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"
    )


def test_it_refuses_a_40_mb_upload_without_reading_it(owner_client, media_root):
    body = EndlessBody(_multipart_head())
    tracemalloc.start()
    started = time.monotonic()
    response = owner_client.post(
        "/documents/upload/",
        content_type="multipart/form-data; boundary=B",
        HTTP_ACCEPT_LANGUAGE="en",
        **{"wsgi.input": body, "CONTENT_LENGTH": str(40 * MB)},
    )
    elapsed = time.monotonic() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert response.status_code == 413
    assert "larger than 10 MB" in response.content.decode()
    assert body.read_bytes == 0
    assert elapsed < 2 and peak < 5 * MB
    assert not CvVersion.objects.exists() and stored_files(media_root) == []


def test_it_stops_reading_a_file_part_that_outgrows_its_header(owner_client, media_root):
    # The declared length passes the first check; the handler stops the stream at the limit.
    body = EndlessBody(_multipart_head())
    length = 10 * MB + 60 * 1024
    response = owner_client.post(
        "/documents/upload/",
        content_type="multipart/form-data; boundary=B",
        **{"wsgi.input": body, "CONTENT_LENGTH": str(length)},
    )
    assert response.status_code == 400
    assert body.read_bytes <= 10 * MB + 2 * 64 * 1024
    assert not CvVersion.objects.exists() and stored_files(media_root) == []


def test_it_keeps_versions_and_links_them_to_applications(owner_client, owner):
    from rebond.jobs.tests.factories import make_application

    application = make_application(owner)
    for label in ("Long", "Short"):
        upload(owner_client, "cv.txt", (FIXTURES / "cv_en.txt").read_bytes(), label)
    long, short = CvVersion.objects.order_by("id")
    owner_client.post(f"/documents/cv/{long.pk}/send/", {"application": application.pk})
    assert cvs.version_for(application) == long
    owner_client.post(f"/documents/cv/{short.pk}/send/", {"application": application.pk})
    assert cvs.version_for(application) == short  # a new version replaces the link
    assert list(application.cv_versions.all()) == [short]


def test_it_deletes_a_version_and_its_file_once_committed(
    owner_client, media_root, django_capture_on_commit_callbacks
):
    upload(owner_client, "cv.txt", (FIXTURES / "cv_en.txt").read_bytes())
    cv = CvVersion.objects.get()
    assert len(stored_files(media_root)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            owner_client.post(f"/documents/cv/{cv.pk}/delete/", {"confirmed": "1"}).status_code
            == 302
        )
    # In the bin, the file waits with the row; emptying the bin lets it go.
    assert not CvVersion.objects.exists() and len(stored_files(media_root)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert owner_client.post("/bin/empty/", {"confirmed": "1"}).status_code == 302
    assert stored_files(media_root) == []


def test_a_control_character_in_a_cv_is_dropped_before_it_is_stored(owner_client, media_root):
    # A NUL past the first 4 KB is no sign of a binary file, and PostgreSQL text cannot hold it.
    data = ("Expérience\n" + "Gestion de la paie de 300 salariés\n" * 120).encode()
    data += b"Julie\x00 Martin\tLyon\x07\n"
    response = upload(owner_client, "cv.txt", data)
    assert response.status_code == 302, response.content
    stored = CvVersion.objects.get()
    assert "\x00" not in stored.text and "\x07" not in stored.text
    assert "Julie Martin Lyon" in stored.text
