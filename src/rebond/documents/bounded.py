"""Reading an uploaded file in a bounded child process (C8.1): the input/output half of
`rebond.method.cv.extract`, which parses and checks but never forks.

A "PDF bomb" (deep nesting, huge object graphs, giant content streams) costs at most
`PARSE_SECONDS` of wall time and `PARSE_MEMORY` bytes of extra address space, then is killed.
Imports no Django: the CLI reads files through it too.
"""

from __future__ import annotations

import multiprocessing
from typing import Any

from rebond.method.cv.document import DocumentError, ExtractedDocument
from rebond.method.cv.extract import Parser, extract_text
from rebond.method.cv.extract_docx import parse_docx
from rebond.method.cv.extract_pdf import parse_pdf
from rebond.method.cv.quicktext import cv_words, pdf_text

PARSE_SECONDS = 20.0
PARSE_MEMORY = 768 * 1024 * 1024


def read_cv(data: bytes, filename: str) -> ExtractedDocument:
    """`extract_text` with the parser bounded: for every file a person gives."""
    return extract_text(data, filename, run=run_bounded)


def read_cv_words(data: bytes, filename: str) -> str:
    """`cv_words` with the parser bounded: the fast path of keyword matching."""
    return cv_words(data, filename, run=run_bounded)


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


def run_bounded(parser: Parser, data: bytes, filename: str) -> ExtractedDocument:
    """Run `parser` in a child process: at most `PARSE_SECONDS` of wall time and `PARSE_MEMORY`
    bytes of extra address space; every failure a `DocumentError` a person can act on."""
    # Import the parsers before forking so the child does not pay for (or lock on) imports.
    # Only the parser this file needs: python-docx costs a PDF read 0.3 s of imports.
    if parser is parse_pdf:
        import pdfplumber  # noqa: F401
    elif parser is parse_docx:
        import docx  # noqa: F401
    elif parser is pdf_text:
        import pypdfium2  # noqa: F401

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
