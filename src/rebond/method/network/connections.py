"""Rules for the professional network's "Connections.csv" export (C6.5).

The export starts with a few lines of notes before its header row ("First Name,Last Name,URL,
Email Address,Company,Position,Connected On"); the address is often empty because people hide
it; dates read "12 Jan 2024" (older exports: "1/12/24" or ISO). Reading the bytes and the CSV
dialect is the tracker's `tabular` reader's job; this module finds the header line, maps the
columns (English or French headings) and turns each row into a `ContactCard`, or an issue
naming the file's line.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from rebond.method.network.card import ContactCard, ImportIssue, fold

# Column -> headings seen in exports (folded: lower case, no accents).
COLUMNS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "prenom"),
    "last_name": ("last name", "nom", "nom de famille"),
    "profile_url": ("url", "profile url", "url du profil"),
    "email": ("email address", "e-mail address", "email", "adresse e-mail", "adresse email"),
    "company": ("company", "entreprise", "societe"),
    "role": ("position", "poste", "titre"),
    "connected_on": ("connected on", "date de connexion", "connecte le"),
}
_REQUIRED = ("first_name", "last_name")
_DATE_FORMATS = ("%d %b %Y", "%Y-%m-%d", "%m/%d/%y", "%m/%d/%Y", "%d/%m/%Y", "%d-%b-%y")
_FRENCH_MONTHS = {
    "janv": "Jan", "févr": "Feb", "fevr": "Feb", "mars": "Mar", "avr": "Apr", "mai": "May",
    "juin": "Jun", "juil": "Jul", "août": "Aug", "aout": "Aug", "sept": "Sep", "oct": "Oct",
    "nov": "Nov", "déc": "Dec", "dec": "Dec",
}  # fmt: skip
_FOLDED_MONTHS = {fold(name): english for name, english in _FRENCH_MONTHS.items()}


def header_line_index(text: str) -> int:
    """0-based index of the header line (the first that names first and last name); -1 if none.

    >>> header_line_index('Notes:\\n"Some text, with a comma"\\n\\nFirst Name,Last Name,URL\\n')
    3
    """
    for index, line in enumerate(text.splitlines()):
        cells = {fold(c.strip().strip('"')) for c in line.replace(";", ",").split(",")}
        if all(any(h in cells for h in COLUMNS[name]) for name in _REQUIRED):
            return index
    return -1


def column_map(headers: list[str]) -> dict[str, int]:
    """Our field name -> column index, for the headings this export uses."""
    folded = [fold(h) for h in headers]
    found: dict[str, int] = {}
    for name, aliases in COLUMNS.items():
        for index, heading in enumerate(folded):
            if heading in aliases:
                found[name] = index
                break
    return found


def parse_connected_on(text: str) -> date | None:
    """The "Connected On" date in the formats the export has used; None when empty.

    >>> parse_connected_on("05 Mar 2024"), parse_connected_on("12 janv. 2023")
    (datetime.date(2024, 3, 5), datetime.date(2023, 1, 12))
    """
    clean = " ".join(text.replace(".", " ").split())
    if not clean:
        return None
    parts = clean.split(" ")
    if len(parts) == 3 and fold(parts[1]) in _FOLDED_MONTHS:
        clean = f"{parts[0]} {_FOLDED_MONTHS[fold(parts[1])]} {parts[2]}"
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(clean, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {text!r}")


def connection_cards(
    headers: list[str], rows: Iterable[tuple[int, list[str]]]
) -> tuple[list[ContactCard], list[ImportIssue]]:
    """Cards from the rows after the header; `rows` carry the file's own line numbers."""
    columns = column_map(headers)
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        return [], [ImportIssue(0, f"missing column(s): {', '.join(missing)}")]
    cards: list[ContactCard] = []
    issues: list[ImportIssue] = []
    for line, cells in rows:

        def cell(name: str, cells: list[str] = cells) -> str:
            index = columns.get(name)
            return cells[index].strip() if index is not None and index < len(cells) else ""

        if not (cell("first_name") or cell("last_name")):
            issues.append(ImportIssue(line, "no first or last name"))
            continue
        try:
            connected = parse_connected_on(cell("connected_on"))
        except ValueError as exc:
            issues.append(ImportIssue(line, str(exc)))
            continue
        email = cell("email")
        cards.append(
            ContactCard(
                first_name=cell("first_name"),
                last_name=cell("last_name"),
                emails=(email,) if email else (),
                company=cell("company"),
                role=cell("role"),
                profile_url=cell("profile_url"),
                connected_on=connected,
                line=line,
            )
        )
    return cards, issues
