"""A CV's words only, fast: for keyword matching, where layout does not matter (C8.3).

`cv_extract.extract_text` reads PDFs word by word with their boxes and fonts (pdfplumber) to
judge the layout; `rebond match` only needs the text, which PDFium gives in milliseconds and
in column order, for a fraction of pdfplumber's import time. The same bounds apply: size and
object count checked first, parsing in the time- and memory-limited child process.
"""

from __future__ import annotations

import io

from rebond.method.cv import extract as cv_extract
from rebond.method.cv.document import MAX_PAGES, DocumentError, ExtractedDocument, Line, PageInfo
from rebond.method.cv.extract_pdf import precheck_pdf


def pdf_text(data: bytes, filename: str) -> ExtractedDocument:
    """The text of a PDF, page by page, through PDFium (runs in the bounded child)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(io.BytesIO(data))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise DocumentError(
                "this PDF is password-protected: export it again without a password"
            ) from exc
        raise DocumentError("this PDF is damaged and cannot be read") from exc
    if len(document) > MAX_PAGES:
        raise DocumentError(
            f"{len(document)} pages: a CV this long is not read (limit {MAX_PAGES})"
        )
    lines: list[Line] = []
    pages: list[PageInfo] = []
    for number in range(1, len(document) + 1):
        text = document[number - 1].get_textpage().get_text_range()
        found = [Line(t.strip(), number) for t in text.splitlines() if t.strip()]
        lines.extend(found)
        pages.append(PageInfo(number, 0.0, sum(len(x.text.split()) for x in found), 0, 1))
    return ExtractedDocument("pdf", filename, len(data), tuple(lines), tuple(pages))


def cv_words(data: bytes, filename: str, run: cv_extract.Runner = cv_extract.in_process) -> str:
    """The text of a CV file (PDF, DOCX, text) in reading order, for keyword matching.

    >>> cv_words("Jeanne Martin\\nSQL".encode(), "cv.txt")
    'Jeanne Martin\\nSQL'
    """
    is_pdf = data[:5] == b"%PDF-" or filename.lower().endswith(".pdf")
    if not is_pdf or len(data) > cv_extract.MAX_BYTES or not data.strip():
        return cv_extract.extract_text(data, filename, run).text
    precheck_pdf(data)
    return run(pdf_text, data, filename).text
