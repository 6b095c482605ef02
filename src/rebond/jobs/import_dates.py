"""Dates in a spreadsheet as people type them (C1.6): 03/11/2026, 3/11/26, 2026-11-03,
"3 nov. 2026", "Nov 3, 2026", a timestamp, a range, or an Excel serial number; a column that
writes them month first is read that way."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from rebond.method.cv.config import months
from rebond.method.errors import ServiceError
from rebond.method.text.language import fold

_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d/%m/%y",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%d-%m-%Y",
    "%d-%m-%y",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
)
# Month names and abbreviations, French and English, are the playbook's `[cv_dates] months`.
_WORDY_DATE = re.compile(
    r"^(?:(\d{1,2})(?:er)? ([a-z]+)|([a-z]+) (\d{1,2})(?:st|nd|rd|th)?) (\d{4})$"
)
# Excel stores dates as days since 1899-12-30; a bare number in this range in a date column is
# one (1954 to 2119), written by a spreadsheet that lost the cell's date format.
_EXCEL_SERIALS = range(20_000, 80_000)


_NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")


def month_first(texts: list[str]) -> bool:
    """Whether a column writes its dates month first (11/21/2026, as US exports do): some value
    has a second number over 12 and none a first number over 12. Day first otherwise, as in
    France.

    >>> month_first(["11/21/2026", "3/4/2026"]), month_first(["21/11/2026", "3/4/2026"])
    (True, False)
    """
    pairs = [(int(m[1]), int(m[2])) for t in texts if (m := _NUMERIC_DATE.match(t.strip()))]
    return any(b > 12 for _, b in pairs) and not any(a > 12 for a, _ in pairs)


# The time and zone of an ISO timestamp (Trello's "2026-11-03T09:12:44.123Z"); the time that
# follows a day (Notion's "November 3, 2026 10:00 AM"); the end of a range ("… → November 5").
_ISO_TIMESTAMP = re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)
_TRAILING_TIME = re.compile(
    r"\s+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,4}\)?)?$", re.I
)


def _day_part(text: str) -> str:
    """The day of a cell that may carry a time or a range.

    >>> _day_part("2026-11-03T09:12:44.123Z"), _day_part("November 3, 2026 10:00 AM → Nov 4")
    ('2026-11-03', 'November 3, 2026')
    """
    stripped = text.split("→")[0].strip()
    if iso := _ISO_TIMESTAMP.match(stripped):
        return iso[1]
    return _TRAILING_TIME.sub("", stripped)


@lru_cache(maxsize=4096)  # a column repeats its dates on many rows
def parse_date(text: str, month_first: bool = False) -> date:
    """A date as people type it: 03/11/2026, 3/11/26, 2026-11-03, "3 nov. 2026", "Nov 3, 2026",
    or an Excel serial number. ValueError for anything else, an impossible date included.

    >>> [parse_date(t).isoformat() for t in ("3/11/26", "3 nov. 2026", "Nov 3, 2026", "46329")]
    ['2026-11-03', '2026-11-03', '2026-11-03', '2026-11-03']
    """
    stripped = _day_part(text)
    numeric = _NUMERIC_DATE.match(stripped)
    if numeric and month_first:
        stripped = f"{numeric[2]}/{numeric[1]}/{numeric[3]}"
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(stripped, pattern).date()
        except ValueError:
            continue
    wordy = _WORDY_DATE.match(" ".join(fold(stripped).replace(".", " ").replace(",", " ").split()))
    if wordy:
        day, month = (wordy[1], wordy[2]) if wordy[1] else (wordy[4], wordy[3])
        if month in months():
            try:
                return date(int(wordy[5]), months()[month], int(day))
            except ValueError:
                pass
    if stripped.isdigit() and int(stripped) in _EXCEL_SERIALS:
        return date(1899, 12, 30) + timedelta(days=int(stripped))
    raise ServiceError(f"{text!r} is not a date (expected 21/11/2026 or 2026-11-21)")
