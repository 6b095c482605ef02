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


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and its encoding. A NUL character carries nothing in a table or a
    vCard, and PostgreSQL text cannot hold it: it is dropped."""
    data = data.replace(b"\x00", b"")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


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
    text, encoding = decode(data)
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
    return Table(headers, rows, encoding, delimiter)


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
