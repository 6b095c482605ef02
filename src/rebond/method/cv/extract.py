"""Read a CV file (PDF, DOCX, plain text) into plain values, refusing hostile files (C8.1).

Bounds, all checked before or while parsing, each refusal a `DocumentError` with a message a
person can act on:

- size: at most `MAX_BYTES` (10 MB), checked on the raw bytes before any parser runs;
- PDF: at most `MAX_PDF_OBJECTS` indirect objects (counted on the raw bytes) and `MAX_PAGES`
  pages; parsing runs in a forked child process limited to `PARSE_SECONDS` of wall time and
  `PARSE_MEMORY` bytes of extra address space, so a "PDF bomb" (deep nesting, huge object
  graphs, giant content streams) costs at most that much and is then killed;
- password-protected PDF (a user password is needed to read the text): refused;
- DOCX: the zip's central directory is read first: at most `MAX_ZIP_ENTRIES` entries and
  `MAX_UNZIPPED` bytes once inflated (declared sizes), each entry's compression ratio at most
  `MAX_RATIO`; then parsed in the same bounded child as PDFs;
- text: UTF-8 (with or without BOM), else cp1252.
"""

from __future__ import annotations

import multiprocessing
import re
from dataclasses import replace
from typing import Any

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

PARSE_SECONDS = 20.0
PARSE_MEMORY = 768 * 1024 * 1024


def extract_text(data: bytes, filename: str) -> ExtractedDocument:
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
        return _printable(_bounded(parse_pdf, data, filename))
    precheck_docx(data)
    return _printable(_bounded(parse_docx, data, filename))


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


def _child(conn: Any, parser: Any, data: bytes, filename: str) -> None:
    try:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        current = _address_space()
        if current:
            limit = current + PARSE_MEMORY
            if hard != resource.RLIM_INFINITY:
                limit = min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass  # no rlimit on this platform: the time bound still applies
    try:
        conn.send(("ok", parser(data, filename)))
    except DocumentError as exc:
        conn.send(("error", str(exc)))
    except MemoryError:
        conn.send(("error", "this file needs too much memory to read and was not opened"))
    except RecursionError:
        conn.send(("error", "this file is nested too deeply to read and was not opened"))
    except Exception as exc:
        conn.send(("error", f"this file cannot be read ({type(exc).__name__})"))
    finally:
        conn.close()


def _address_space() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for row in status:
                if row.startswith("VmSize:"):
                    return int(row.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _bounded(parser: Any, data: bytes, filename: str) -> ExtractedDocument:
    # Import the parsers before forking so the child does not pay for (or lock on) imports.
    # Only the parser this file needs: python-docx costs a PDF read 0.3 s of imports.
    if parser is parse_pdf:
        import pdfplumber  # noqa: F401
    elif parser is parse_docx:
        import docx  # noqa: F401

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context: Any = multiprocessing.get_context(method)
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, parser, data, filename), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(PARSE_SECONDS):
            raise DocumentError(
                f"reading this file took more than {PARSE_SECONDS:.0f} s and was stopped"
            )
        try:
            status, payload = receiver.recv()
        except EOFError as exc:
            raise DocumentError("this file crashed the reader and was not opened") from exc
    finally:
        if process.is_alive():
            process.kill()
        process.join(1.0)
        receiver.close()
    if status == "error":
        raise DocumentError(str(payload))
    assert isinstance(payload, ExtractedDocument)
    return payload


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
    "extract_text",
]
