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

import io
import multiprocessing
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any, Literal

from rebond.method.cv_layout import Word, column_split, group_lines

MAX_BYTES = 10 * 1024 * 1024
MAX_PAGES = 30
MAX_PDF_OBJECTS = 100_000
MAX_ZIP_ENTRIES = 2_000
MAX_UNZIPPED = 60 * 1024 * 1024
MAX_RATIO = 200
PARSE_SECONDS = 20.0
PARSE_MEMORY = 768 * 1024 * 1024

Kind = Literal["pdf", "docx", "text"]


class DocumentError(ValueError):
    """The file cannot be read as a CV; the message says why and what to do."""


@dataclass(frozen=True)
class Line:
    """One line of text in reading order, with what the layout says about it."""

    text: str
    page: int = 1
    size: float = 0.0  # largest font size on the line, 0 when unknown
    heading_hint: bool = False  # a heading style (DOCX) or a larger/bold font (PDF)


@dataclass(frozen=True)
class PageInfo:
    """Layout facts of one PDF page (or the whole DOCX/text, as page 1)."""

    number: int
    width: float
    word_count: int
    image_count: int
    columns: int  # 1, or 2 when a vertical gutter splits the text into two columns
    words: tuple[Word, ...] = ()


@dataclass(frozen=True)
class ExtractedDocument:
    """What a CV file contains, as plain values; `text` is in reading order."""

    kind: Kind
    filename: str
    byte_size: int
    lines: tuple[Line, ...]
    pages: tuple[PageInfo, ...]
    fonts: frozenset[str] = frozenset()
    font_sizes: tuple[float, ...] = ()
    table_count: int = 0
    text_box_count: int = 0
    header_footer_text: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


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
        return _from_text(data, filename)
    if kind == "pdf":
        _precheck_pdf(data)
        return _bounded(_parse_pdf, data, filename)
    _precheck_docx(data)
    return _bounded(_parse_docx, data, filename)


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


# --- PDF -------------------------------------------------------------------------------------

_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


def _precheck_pdf(data: bytes) -> None:
    if data[:5] != b"%PDF-":
        raise DocumentError("not a PDF file (no PDF header): export the CV to PDF again")
    if len(_PDF_OBJECT.findall(data)) > MAX_PDF_OBJECTS:
        raise DocumentError("this PDF has an abnormal number of objects and was not opened")


def _parse_pdf(data: bytes, filename: str) -> ExtractedDocument:
    import pdfplumber
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(
                "this PDF is password-protected: export it again without a password"
            )
        page_count = len(reader.pages)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        raise DocumentError(
            f"this PDF is damaged and cannot be read ({type(exc).__name__})"
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

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _precheck_docx(data: bytes) -> None:
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


def _parse_docx(data: bytes, filename: str) -> ExtractedDocument:
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
    import docx  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdf  # noqa: F401

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
    "DocumentError",
    "ExtractedDocument",
    "Line",
    "PageInfo",
    "extract_text",
]
