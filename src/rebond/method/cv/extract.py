"""Read a CV file (PDF, DOCX, plain text) into plain values, refusing hostile files (C8.1).

Bounds, all checked before or while parsing, each refusal a `DocumentError` with a message a
person can act on:

- size: at most `MAX_BYTES` (10 MB), checked on the raw bytes before any parser runs;
- PDF: at most `MAX_PDF_OBJECTS` indirect objects (counted on the raw bytes) and `MAX_PAGES`
  pages; the apps run the parser through `rebond.documents.bounded`, in a child process bounded
  in wall time and memory, so a "PDF bomb" (deep nesting, huge object graphs, giant content
  streams) costs at most that much and is then killed (this module does no such input/output);
- password-protected PDF (a user password is needed to read the text): refused;
- DOCX: the zip's central directory is read first: at most `MAX_ZIP_ENTRIES` entries and
  `MAX_UNZIPPED` bytes once inflated (declared sizes), each entry's compression ratio at most
  `MAX_RATIO`; then parsed like PDFs;
- text: UTF-8 (with or without BOM), else cp1252.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from rebond.method.cv.document import (
    MAX_BYTES,
    MAX_PAGES,
    MAX_PDF_OBJECTS,
    MAX_RATIO,
    MAX_UNZIPPED,
    MAX_ZIP_ENTRIES,
    DocumentError,
    ExtractedDocument,
    Kind,
    Line,
    PageInfo,
)
from rebond.method.cv.extract_docx import parse_docx, precheck_docx
from rebond.method.cv.extract_pdf import parse_pdf, precheck_pdf

Parser = Callable[[bytes, str], ExtractedDocument]
# Runs a parser on a file's bytes. The method runs it in this process; the apps pass
# `rebond.documents.bounded.run_bounded`, which runs it in a child process bounded in time and
# memory, so a "PDF bomb" costs at most that much and is then killed.
Runner = Callable[[Parser, bytes, str], ExtractedDocument]


def in_process(parser: Parser, data: bytes, filename: str) -> ExtractedDocument:
    return parser(data, filename)


def extract_text(data: bytes, filename: str, run: Runner = in_process) -> ExtractedDocument:
    """Read a CV from raw bytes; the file name's extension (or magic bytes) picks the parser.

    >>> doc = extract_text("Jeanne Martin\\nExpérience".encode(), "cv.txt")
    >>> doc.kind, [line.text for line in doc.lines]
    ('text', ['Jeanne Martin', 'Expérience'])
    """
    if len(data) > MAX_BYTES:
        raise DocumentError(
            f"file too large ({len(data) // 1024 // 1024} MB; the limit is "
            f"{MAX_BYTES // 1024 // 1024} MB): export the CV again without embedded images"
        )
    if not data.strip():
        raise DocumentError("the file is empty")
    kind = _kind_of(data, filename)
    if kind == "text":
        return _printable(_from_text(data, filename))
    if kind == "pdf":
        precheck_pdf(data)
        return _printable(run(parse_pdf, data, filename))
    precheck_docx(data)
    return _printable(run(parse_docx, data, filename))


# Control characters (NUL above all, which PostgreSQL text cannot hold) carry no meaning in a
# CV: a stray one from a font's encoding or a pasted file is dropped, tabs become spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _printable(doc: ExtractedDocument) -> ExtractedDocument:
    if not any(_CONTROL.search(line.text) for line in doc.lines):
        return doc
    lines = tuple(
        replace(line, text=cleaned)
        for line in doc.lines
        if (cleaned := _CONTROL.sub("", line.text.replace("\t", " ")).strip())
    )
    return replace(doc, lines=lines)


def _kind_of(data: bytes, filename: str) -> Kind:
    name = filename.lower()
    if data[:5] == b"%PDF-" or name.endswith(".pdf"):
        return "pdf"
    if data[:2] == b"PK" or name.endswith(".docx"):
        return "docx"
    if name.endswith((".doc", ".odt", ".rtf", ".pages")):
        raise DocumentError("unsupported format: save the CV as PDF, DOCX or plain text")
    return "text"


def _from_text(data: bytes, filename: str) -> ExtractedDocument:
    if b"\x00" in data[:4096]:
        raise DocumentError("this looks like a binary file, not text: use PDF, DOCX or .txt")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    lines = tuple(Line(t.strip()) for t in text.splitlines() if t.strip())
    page = PageInfo(1, 0.0, sum(len(x.text.split()) for x in lines), 0, 1)
    return ExtractedDocument("text", filename, len(data), lines, (page,))


__all__ = [
    "MAX_BYTES",
    "MAX_PAGES",
    "MAX_PDF_OBJECTS",
    "MAX_RATIO",
    "MAX_UNZIPPED",
    "MAX_ZIP_ENTRIES",
    "DocumentError",
    "ExtractedDocument",
    "Line",
    "PageInfo",
    "Parser",
    "Runner",
    "extract_text",
    "in_process",
]
