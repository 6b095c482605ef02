"""PDF reading for `cv_extract` (runs inside its bounded child process): pdfplumber words
in reading order, pages, columns, images, fonts; pypdf for encryption."""

from __future__ import annotations

import io
import re

from rebond.method.cv.document import (
    MAX_PAGES,
    MAX_PDF_OBJECTS,
    DocumentError,
    ExtractedDocument,
    Line,
    PageInfo,
)
from rebond.method.cv.layout import Word, column_split, group_lines

_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


def precheck_pdf(data: bytes) -> None:
    if data[:5] != b"%PDF-":
        raise DocumentError("not a PDF file (no PDF header): export the CV to PDF again")
    if len(_PDF_OBJECT.findall(data)) > MAX_PDF_OBJECTS:
        raise DocumentError("this PDF has an abnormal number of objects and was not opened")


def parse_pdf(data: bytes, filename: str) -> ExtractedDocument:
    # pdfplumber (pdfminer) alone: it reports a password and counts pages itself, and
    # importing pypdf as well would cost `rebond match` a third of a second.
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            page_count = len(pdf.pages)
    except Exception as exc:  # pdfminer raises many types on damaged files
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if "Password" in type(cause).__name__ or "Encryption" in type(cause).__name__:
            raise DocumentError(
                "this PDF is password-protected: export it again without a password"
            ) from exc
        raise DocumentError(
            f"this PDF is damaged and cannot be read ({type(cause).__name__})"
        ) from exc
    if page_count > MAX_PAGES:
        raise DocumentError(f"{page_count} pages: a CV this long is not read (limit {MAX_PAGES})")
    lines: list[Line] = []
    pages: list[PageInfo] = []
    fonts: set[str] = set()
    sizes: list[float] = []
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                raw = page.extract_words(extra_attrs=["fontname", "size"], use_text_flow=False)
                words = tuple(
                    Word(
                        str(w["text"]),
                        float(w["x0"]),
                        float(w["x1"]),
                        float(w["top"]),
                        float(w["size"]),
                        _font_family(str(w["fontname"])),
                        "bold" in str(w["fontname"]).lower(),
                    )
                    for w in raw
                )
                fonts.update(w.font for w in words)
                sizes.extend(w.size for w in words)
                width = float(page.width)
                columns = column_split(words, width)
                ordered = (
                    [words]
                    if columns is None
                    else [
                        tuple(w for w in words if w.x1 <= columns),
                        tuple(w for w in words if w.x1 > columns),
                    ]
                )
                for group in ordered:
                    lines.extend(_pdf_lines(group, number))
                pages.append(
                    PageInfo(
                        number,
                        width,
                        len(words),
                        len(page.images),
                        1 if columns is None else 2,
                        words,
                    )
                )
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(
            f"this PDF is damaged and cannot be read ({type(exc).__name__})"
        ) from exc
    return ExtractedDocument(
        "pdf", filename, len(data), tuple(lines), tuple(pages), frozenset(fonts), tuple(sizes)
    )


def _font_family(fontname: str) -> str:
    # "ABCDEF+Helvetica-Bold" -> "Helvetica": subset prefix and style suffix do not make a
    # different font for the reader.
    name = fontname.split("+", 1)[-1]
    return re.split(r"[-,]", name, maxsplit=1)[0]


def _pdf_lines(words: tuple[Word, ...], page: int) -> list[Line]:
    if not words:
        return []
    body = sorted(w.size for w in words)[len(words) // 2]
    result = []
    for group in group_lines(words):
        text = " ".join(w.text for w in group)
        size = max(w.size for w in group)
        # Bold alone marks job titles too; only a larger font says "section title".
        result.append(Line(text, page, size, size >= body * 1.15))
    return result


# --- DOCX ------------------------------------------------------------------------------------
