"""A CV file's content as plain values, and the reading limits (C8.1).

Shared by the bounded reader (`cv_extract`) and its PDF and DOCX parsers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rebond.method.cv.layout import Word
from rebond.method.errors import ServiceError

MAX_BYTES = 10 * 1024 * 1024
MAX_PAGES = 30
MAX_PDF_OBJECTS = 100_000
MAX_ZIP_ENTRIES = 2_000
MAX_UNZIPPED = 60 * 1024 * 1024
MAX_RATIO = 200

Kind = Literal["pdf", "docx", "text"]


class DocumentError(ServiceError):
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
