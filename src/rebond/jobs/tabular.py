"""Read a spreadsheet export (CSV or XLSX, or a Trello board's JSON) into rows of text, whatever
its encoding.

Spreadsheets saved in France are often `;`-separated and cp1252-encoded; other trackers export
UTF-8 with or without a BOM. Line numbers are kept so an error can name the line a person sees.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from django.utils.translation import gettext, ngettext

from rebond.method.errors import ServiceError

# How many non-empty lines may stand above the header row (a title, an export date…).
HEADER_WITHIN = 10
HeaderScore = Callable[[list[str]], int]


class TableError(ServiceError):
    """The file cannot be read as a table (with a message a person can act on)."""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)
    encoding: str
    delimiter: str
    # How the file was read, when a person should know (see Decoded.warnings).
    warnings: tuple[str, ...] = ()


# How many line numbers a warning names before "…".
LINES_NAMED = 5
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding assumed, and what could not be read cleanly.

    `encoding` is "utf-8", "utf-8-sig", "utf-16", "cp1252" (Windows-1252, which reads Latin-1
    text the same), or "utf-8+cp1252" for a file whose lines mix both (a sheet pasted
    together from two exports). `replaced_lines`: lines holding bytes no encoding could read
    (shown as U+FFFD); `cp1252_lines`: in a mixed file, the lines read as Windows-1252."""

    text: str
    encoding: str
    replaced_lines: tuple[int, ...] = ()
    cp1252_lines: tuple[int, ...] = ()

    def warnings(self) -> list[str]:
        """What a person should know about how the file was read (translated)."""
        found = []
        if self.encoding == "cp1252":
            found.append(
                gettext(
                    "This file is not in UTF-8: it was read as Windows-1252 (Western European, "
                    "as Excel saves it in France)."
                )
            )
        if self.cp1252_lines:
            found.append(
                ngettext(
                    "This file mixes encodings: %(count)s line was not UTF-8 and was read as "
                    "Windows-1252 (line %(lines)s). Check its accents.",
                    "This file mixes encodings: %(count)s lines were not UTF-8 and were read as "
                    "Windows-1252 (lines %(lines)s). Check their accents.",
                    len(self.cp1252_lines),
                )
                % {"count": len(self.cp1252_lines), "lines": _named(self.cp1252_lines)}
            )
        if self.replaced_lines:
            found.append(
                ngettext(
                    "Some characters could not be read in any encoding and show as � "
                    "(line %(lines)s).",
                    "Some characters could not be read in any encoding and show as � "
                    "(lines %(lines)s).",
                    len(self.replaced_lines),
                )
                % {"lines": _named(self.replaced_lines)}
            )
        return found


def _named(lines: tuple[int, ...]) -> str:
    shown = ", ".join(str(n) for n in lines[:LINES_NAMED])
    return shown + (", …" if len(lines) > LINES_NAMED else "")


def decode(data: bytes) -> Decoded:
    """The file's text and how it was read, line by line when its lines disagree. A NUL
    character carries nothing in a table or a vCard, and PostgreSQL text cannot hold it: it
    is dropped (after a UTF-16 file, made of them, is read)."""
    if data.startswith(UTF16_BOMS):
        text = data.decode("utf-16", errors="replace").replace("\x00", "")
        bad = tuple(n for n, line in enumerate(text.splitlines(), 1) if "\ufffd" in line)
        return Decoded(text, "utf-16", replaced_lines=bad)
    data = data.replace(b"\x00", b"")
    if data.startswith(b"\xef\xbb\xbf"):
        data, encoding = data[3:], "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return Decoded(data.decode("utf-8"), encoding)
    except UnicodeDecodeError:
        pass
    parts, utf8_lines, cp1252_lines, replaced = [], 0, [], []
    for number, line in enumerate(data.splitlines(keepends=True), start=1):
        try:
            parts.append(line.decode("utf-8"))
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            parts.append(text)
            cp1252_lines.append(number)
            if "\ufffd" in text:
                replaced.append(number)
    if utf8_lines:  # real UTF-8 accents elsewhere: the file mixes both
        return Decoded("".join(parts), "utf-8+cp1252", tuple(replaced), tuple(cp1252_lines))
    return Decoded("".join(parts), "cp1252", tuple(replaced))


def _delimiter(header_line: str) -> str:
    counts = {sep: header_line.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _split(
    lines: list[tuple[int, list[str]]], header_score: HeaderScore | None
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Headers and rows: the header row is the first non-empty one, or, with `header_score`,
    the best scoring of the first `HEADER_WITHIN` (a title or blank cells above it)."""
    if not lines:
        return [], []
    at = 0
    if header_score is not None:
        scores = [header_score(cells) for _, cells in lines[:HEADER_WITHIN]]
        at = max(range(len(scores)), key=lambda k: (scores[k], -k)) if max(scores) > 0 else 0
    return lines[at][1], lines[at + 1 :]


def read_csv(data: bytes, header_score: HeaderScore | None = None) -> Table:
    decoded = decode(data)
    text = decoded.text
    first_lines = [line for line in text.splitlines() if line.strip()][:HEADER_WITHIN]
    if not first_lines:
        raise TableError("The file is empty.")
    # The delimiter of the line that has the most of one (a title line above has none).
    delimiter = max(
        (_delimiter(line) for line in first_lines),
        key=lambda sep: max(line.count(sep) for line in first_lines),
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                lines.append((reader.line_num, [cell.strip() for cell in cells]))
    except csv.Error as exc:
        raise TableError(f"Line {reader.line_num}: {exc}") from None
    headers, rows = _split(lines, header_score)
    return Table(headers, rows, decoded.encoding, delimiter, tuple(decoded.warnings()))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_xlsx(data: bytes, header_score: HeaderScore | None = None) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise TableError(f"This is not a readable XLSX file ({type(exc).__name__}).") from None
    sheet = workbook.worksheets[0]
    lines: list[tuple[int, list[str]]] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell(v) for v in values]
        if any(cells):
            lines.append((number, cells))
    workbook.close()
    headers, rows = _split(lines, header_score)
    return Table(headers, rows, "xlsx", "")


def read_table(data: bytes, filename: str, header_score: HeaderScore | None = None) -> Table:
    if filename.lower().endswith(".json"):  # a Trello board exported as JSON
        from rebond.jobs.trello import read_board

        return read_board(data)
    if filename.lower().endswith((".xlsx", ".xlsm")) or data[:2] == b"PK":
        return read_xlsx(data, header_score)
    return read_csv(data, header_score)
