"""One shown item of a section: its comment key, its name and a few facts, already written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils import formats, timezone


@dataclass(frozen=True)
class Item:
    key: str  # "<export section>:<id>", the format `Comment.item` uses
    title: str
    facts: list[str] = field(default_factory=list)
    text: str = ""
    badge: str = ""
    alert: bool = False
    children: list[Any] = field(default_factory=list)


def key(name: str, row: dict[str, Any]) -> str:
    return f"{name}:{row['id']}"


def moment(value: datetime | None) -> str:
    """A moment in the reader's time zone: "lun. 7 déc. 15:00" / "Mon 7 Dec 3 p.m."."""
    if value is None:
        return ""
    local = timezone.localtime(value)
    return f"{formats.date_format(local, 'WEEKDAY_FORMAT')} {formats.time_format(local)}"


def day(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = timezone.localdate(value)
    return formats.date_format(value, "DAY_MONTH_YEAR_FORMAT")


# Items a view lists at most; the rest stay in "every shared row" under it.
SHOWN = 30


class Shown(list[Item]):
    """The first `limit` items, knowing how many more there are (of `total`, when only the
    first ones were built)."""

    def __init__(self, items: list[Item], limit: int = SHOWN, total: int | None = None) -> None:
        super().__init__(items[:limit])
        self.more = max(0, (len(items) if total is None else total) - limit)
