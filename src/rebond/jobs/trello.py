"""A Trello board's JSON export (Menu → Print, export and share → Export as JSON, free on every
plan) read as the table its CSV export gives (a paid feature): one row per card, with the
CSV's column names, so that the import reads both the same way.

Only what a job search board carries is kept: the card's title (often "Company – Role"), its
list (the stage), description, labels, due date and link. Archived cards are kept and say so.
"""

from __future__ import annotations

import json
from typing import Any

from rebond.jobs.tabular import Table, TableError

HEADERS = [
    "Card Name",
    "List Name",
    "Card Description",
    "Labels",
    "Due Date",
    "Card URL",
    "Archived card",
]


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _labels(card: dict[str, Any]) -> str:
    labels = card.get("labels")
    if not isinstance(labels, list):
        return ""
    names = (_text(label.get("name")) for label in labels if isinstance(label, dict))
    return ", ".join(name for name in names if name)


def read_board(data: bytes) -> Table:
    """The cards of a Trello board export; TableError when the file is not one."""
    try:
        board = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise TableError("This is not a JSON file.") from None
    if not (
        isinstance(board, dict)
        and isinstance(board.get("cards"), list)
        and isinstance(board.get("lists"), list)
    ):
        raise TableError("This JSON file is not a Trello board export (no cards and lists).")
    lists = {
        item.get("id"): _text(item.get("name"))
        for item in board["lists"]
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }
    rows: list[tuple[int, list[str]]] = []
    for card in board["cards"]:
        if not isinstance(card, dict) or not _text(card.get("name")):
            continue
        desc = card.get("desc")
        description = desc if isinstance(desc, str) else ""
        cells = [
            _text(card.get("name")),
            lists.get(card.get("idList"), ""),
            description.strip(),
            _labels(card),
            _text(card.get("due")),
            _text(card.get("shortUrl") or card.get("url")),
            "yes" if card.get("closed") is True else "",
        ]
        # Line numbers count cards from 2, as the CSV export of the same board would.
        rows.append((len(rows) + 2, cells))
    return Table(list(HEADERS), rows, "utf-8 (Trello JSON)", "")
