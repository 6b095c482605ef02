"""DOCX reading for `cv_extract`: a zip pre-check on the raw bytes (entries, inflated size,
compression ratio), then python-docx paragraphs, tables, text boxes, headers and fonts."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from rebond.method.cv.document import (
    MAX_RATIO,
    MAX_UNZIPPED,
    MAX_ZIP_ENTRIES,
    DocumentError,
    ExtractedDocument,
    Line,
    PageInfo,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def precheck_docx(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise DocumentError("this DOCX file is damaged (not a valid zip archive)") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise DocumentError("this DOCX holds an abnormal number of parts and was not opened")
        if sum(e.file_size for e in entries) > MAX_UNZIPPED:
            raise DocumentError("this DOCX would inflate to an abnormal size and was not opened")
        for entry in entries:
            if entry.file_size > 1_000_000 and entry.file_size > MAX_RATIO * max(
                entry.compress_size, 1
            ):
                raise DocumentError("this DOCX is abnormally compressed and was not opened")
        if "word/document.xml" not in archive.namelist():
            raise DocumentError("this file is not a Word document (no word/document.xml)")


def parse_docx(data: bytes, filename: str) -> ExtractedDocument:
    import docx
    from docx.text.paragraph import Paragraph as DocxParagraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise DocumentError(f"this DOCX file is damaged ({type(exc).__name__})") from exc
    body = document.element.body
    lines: list[Line] = []
    fonts: set[str] = set()
    sizes: list[float] = []
    # Walk the body in document order so tables and text boxes stay where the reader sees them.
    for block in body.iterchildren():
        if block.tag == f"{_W}p":
            paragraph = DocxParagraph(block, document)
            lines.extend(_docx_paragraph(paragraph, fonts, sizes))
            for box in block.iter(f"{_W}txbxContent"):
                lines.extend(Line(text) for text in _xml_paragraphs(box))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = [" ".join(_xml_paragraphs(cell)) for cell in row.iter(f"{_W}tc")]
                lines.extend(Line(cell) for cell in dict.fromkeys(c for c in cells if c))
    boxes = body.findall(f".//{_W}txbxContent")
    margins: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            margins.extend(p.text.strip() for p in part.paragraphs if p.text.strip())
    styles_font = _default_font(document)
    if styles_font:
        fonts.add(styles_font)
    words = sum(len(x.text.split()) for x in lines)
    return ExtractedDocument(
        "docx",
        filename,
        len(data),
        tuple(lines),
        (PageInfo(1, 0.0, words, len(document.inline_shapes), 1),),
        frozenset(fonts),
        tuple(sizes),
        len(document.tables),
        len(boxes),
        "\n".join(margins),
    )


def _docx_paragraph(paragraph: Any, fonts: set[str], sizes: list[float]) -> list[Line]:
    for run in paragraph.runs:
        if run.font.name:
            fonts.add(run.font.name)
        if run.font.size:
            sizes.append(float(run.font.size.pt))
    text = paragraph.text.strip()  # run text only: a text box's words are read separately
    if not text:
        return []
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    heading = style.lower().startswith(("heading", "titre", "title"))
    return [Line(text, 1, 0.0, heading)]


def _xml_paragraphs(element: Any) -> list[str]:
    found = []
    for para in element.iter(f"{_W}p"):
        text = "".join(t.text or "" for t in para.iter(f"{_W}t")).strip()
        if text:
            found.append(text)
    return found


def _default_font(document: Any) -> str | None:
    try:
        name = document.styles["Normal"].font.name
    except KeyError:
        return None
    return str(name) if name else None


# --- bounded child process --------------------------------------------------------------------
