"""CV file extraction: real files made by tests/fixtures/cv/make_fixtures.py, and hostile ones."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from rebond.method.cv.extract import DocumentError, extract_text

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "cv"


def _read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "kind", "first_line", "columns", "tables", "boxes"),
    [
        ("cv_fr_one_column.pdf", "pdf", "Camille Durand", 1, 0, 0),
        ("cv_en_two_columns.pdf", "pdf", "Alex Morgan", 2, 0, 0),
        ("cv_fr.docx", "docx", "Camille Durand", 1, 1, 1),
        ("cv_en.txt", "text", "Alex Morgan", 1, 0, 0),
        ("cv_fr_cp1252.txt", "text", "Compétences", 1, 0, 0),
    ],
)
def test_it_reads_each_format(name, kind, first_line, columns, tables, boxes):
    doc = extract_text(_read(name), name)
    assert doc.kind == kind
    assert doc.lines[0].text == first_line
    assert doc.pages[0].columns == columns
    assert (doc.table_count, doc.text_box_count) == (tables, boxes)


def test_it_reads_two_columns_one_after_the_other():
    lines = [line.text for line in extract_text(_read("cv_en_two_columns.pdf"), "x.pdf").lines]
    # Left column whole, then the right one: no "Led a churn model ... Contact" interleaving.
    assert lines.index("Helped the team with reports") < lines.index("Contact")
    assert lines.index("Contact") < lines.index("alex.morgan@example.com")


def test_it_keeps_docx_tables_and_text_boxes_in_place():
    doc = extract_text(_read("cv_fr.docx"), "cv_fr.docx")
    lines = [line.text for line in doc.lines]
    assert lines.index("Compétences") < lines.index("Scrum") < lines.index("Formation")
    assert "Disponible immédiatement, permis B" in lines
    assert doc.header_footer_text == "CV - Camille Durand"
    assert [line.text for line in doc.lines if line.heading_hint][:2] == [
        "Camille Durand",
        "Expérience",
    ]


def test_it_sees_a_scan_as_a_page_without_words():
    doc = extract_text(_read("cv_scanned.pdf"), "scan.pdf")
    assert (doc.pages[0].word_count, doc.pages[0].image_count) == (0, 1)


def test_it_records_pdf_fonts_and_sizes():
    doc = extract_text(_read("cv_fr_one_column.pdf"), "cv.pdf")
    assert doc.fonts == frozenset({"Helvetica"})
    assert min(doc.font_sizes) == 10.0 and max(doc.font_sizes) == 18.0


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (_read("cv_protected.pdf"), "cv.pdf", "password"),
        (_read("cv_corrupt.docx"), "cv.docx", "damaged"),
        (b"%PDF-1.4\n" + b"1 0 obj\n<<>>\nendobj\n" * 100_001, "bomb.pdf", "objects"),
        (b"%PDF-1.4\ngarbage", "broken.pdf", "damaged"),
        (b"   ", "empty.txt", "empty"),
        (b"\x00\x01binary", "cv.txt", "binary"),
        (b"PK\x03\x04", "cv.doc", "damaged"),
        (b"{\\rtf1}", "cv.rtf", "unsupported"),
    ],
)
def test_it_refuses_unreadable_files_with_a_reason(data, name, message):
    with pytest.raises(DocumentError, match=message):
        extract_text(data, name)


def test_it_refuses_a_huge_file_before_parsing():
    data = b"%PDF-1.4\n" + b"0" * (40 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(DocumentError, match="too large"):
        extract_text(data, "big.pdf")
    assert time.perf_counter() - start < 0.5


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"word/document.xml": b"<w/>", "word/media/bomb.bin": b"\0" * 2_000_000}, "compressed"),
        ({f"part{i}.xml": b"" for i in range(2_001)}, "number of parts"),
        ({"content.xml": b"<odt/>"}, "not a Word document"),
    ],
)
def test_it_checks_a_docx_archive_before_opening_it(entries, message):
    with pytest.raises(DocumentError, match=message):
        extract_text(_zip(entries), "cv.docx")


def test_it_decodes_utf8_with_bom_and_cp1252():
    assert extract_text("\ufeffÉté".encode(), "a.txt").lines[0].text == "Été"
    assert extract_text("Été".encode("cp1252"), "a.txt").lines[0].text == "Été"


def test_it_drops_control_characters_from_every_line():
    data = ("Expérience\n" + "x" * 5000 + "\nJulie\x00Martin\tLyon\n\x01\n").encode()
    lines = [line.text for line in extract_text(data, "cv.txt").lines]
    assert lines[-1] == "JulieMartin Lyon"  # the tab a space, the NUL gone, the empty line too
    assert not any(c in text for text in lines for c in "\x00\x01\t")
