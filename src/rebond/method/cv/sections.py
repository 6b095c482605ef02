"""Split a CV's lines into its sections, and read the dates of its experience (C8.1).

Headings come from the playbook in both languages ("Expériences professionnelles", "Parcours",
"Work experience", …): a line is a heading when, once folded and stripped of numbering and a
trailing colon, it is one of them, or starts with one and stays short.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rebond.method.cv.config import months, present_words, section_headings
from rebond.method.cv.extract import Line
from rebond.method.text.language import fold

MAX_HEADING_WORDS = 5


@dataclass(frozen=True)
class Section:
    """A block of the CV: `kind` is a standard kind, "header" before the first title, or
    "unknown" for a heading-like line no playbook title matches."""

    kind: str
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Period:
    """A date or date range; months are 0 when only the year is given, end None = present."""

    start: tuple[int, int]
    end: tuple[int, int] | None
    text: str


_CLEAN = re.compile(r"^[\s\d.)•\-–—#*]+|[\s:.\-–—]+$")


def heading_kind(line: Line) -> str | None:
    """The section kind a line announces, "unknown" for an unrecognised title, else None.

    >>> heading_kind(Line("EXPÉRIENCES PROFESSIONNELLES :")), heading_kind(Line("Skills"))
    ('experience', 'skills')
    >>> heading_kind(Line("Mes aventures", heading_hint=True)), heading_kind(Line("Piloté X"))
    ('unknown', None)
    """
    key = _CLEAN.sub("", fold(line.text)).strip()
    key = re.sub(r"^(?:mon|ma|mes|my|nos|our)\s+", "", key)  # "Mon parcours", "My skills"
    words = key.split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return None
    headings = section_headings()
    if key in headings:
        return headings[key]
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if head in headings and len(words) <= 3:
            return headings[head]
    looks_like_title = line.heading_hint or (line.text.isupper() and len(line.text) > 3)
    if looks_like_title and not re.search(r"\d|@", key) and len(words) <= 4:
        return "unknown"
    return None


# "Compétences : Silae, Excel", "Skills: SQL": a standard title, a colon, then the content.
_INLINE_TITLE = re.compile(r"^\s*([^\W\d_][^:]{1,40}?)\s*:\s*(\S.*)$")


def inline_heading(line: Line) -> tuple[str, str, Line] | None:
    """(kind, title, content line) when a line opens with a standard title and a colon.

    >>> inline_heading(Line("Compétences : Silae, Excel"))[:2], inline_heading(Line("Note: x"))
    (('skills', 'Compétences'), None)
    """
    found = _INLINE_TITLE.match(line.text)
    if found is None:
        return None
    title, content = found.groups()
    key = re.sub(r"^(?:mon|ma|mes|my|nos|our)\s+", "", fold(title).strip())
    kind = section_headings().get(key)
    if kind is None:
        return None
    return kind, title, Line(content, line.page, line.size, line.heading_hint)


def split_sections(lines: Sequence[Line]) -> list[Section]:
    """Group lines under their headings, in document order.

    A line such as "Formation : BTS (2018)" is a title and its first line at once.

    >>> [(s.kind, len(s.lines)) for s in split_sections([Line("Camille"), Line("Formation"),
    ...     Line("Master, 2017"), Line("Langues : anglais")])]
    [('header', 1), ('education', 1), ('languages', 1)]
    """
    sections: list[Section] = []
    kind, title, body = "header", "", []
    for index, line in enumerate(lines):
        inline = inline_heading(line)
        found = heading_kind(line) if inline is None else None
        # The very first line is the person's name, even when printed large and bold.
        if found == "unknown" and index == 0:
            found = None
        if found is None and inline is None:
            body.append(line)
            continue
        if body or kind != "header":
            sections.append(Section(kind, title, tuple(body)))
        if inline is not None:
            kind, title, content = inline
            body = [content]
            continue
        assert found is not None  # neither inline nor a heading was handled above
        kind, title, body = found, line.text, []
    sections.append(Section(kind, title, tuple(body)))
    return [s for s in sections if s.lines or s.kind != "header"]


_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"


@cache
def _date_pattern() -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    present = "|".join(re.escape(p) for p in present_words())
    single = rf"(?:(?:{names})\.?\s+{_YEAR}|(?:0?[1-9]|1[0-2])[/.]{_YEAR}|{_YEAR})"
    return re.compile(
        rf"(?<![\d/])(?P<start>{single})(?:\s*(?:-|–|—|a|au|to|until|>)\s*"
        rf"(?P<end>{single}|{present}))?(?![\d/])"
    )


def _parse_single(text: str) -> tuple[int, int]:
    year = int(re.findall(_YEAR, text)[-1])
    numeric = re.match(r"(\d{1,2})[/.]", text)
    if numeric:
        return (year, int(numeric.group(1)))
    name = re.match(r"([a-z]+)", text)
    return (year, months().get(name.group(1), 0) if name else 0)


def find_periods(text: str) -> list[Period]:
    """Dates and date ranges in a line, in the order written.

    >>> [(p.start, p.end) for p in find_periods("Chef de projet — janv. 2021 – présent")]
    [((2021, 1), None)]
    >>> [(p.start, p.end) for p in find_periods("2019-2021, puis 03/2020 et Sept 2018 - Present")]
    [((2019, 0), (2021, 0)), ((2020, 3), (2020, 3)), ((2018, 9), None)]
    """
    folded = fold(text)
    periods = []
    for match in _date_pattern().finditer(folded):
        start = _parse_single(match.group("start"))
        end_text = match.group("end")
        if end_text is None:
            end: tuple[int, int] | None = start
        elif re.search(r"\d", end_text):
            end = _parse_single(end_text)
        else:
            end = None
        periods.append(Period(start, end, text[match.start() : match.end()]))
    return periods


def experience_starts(section: Section) -> list[Period]:
    """The first period of each dated line of a section: one per role, in CV order."""
    found = []
    for line in section.lines:
        periods = find_periods(line.text)
        if periods:
            found.append(periods[0])
    return found


def order_breaks(periods: Sequence[Period]) -> list[tuple[Period, Period]]:
    """Consecutive roles where an older one comes before a newer one (reverse order expected).

    >>> a, b = find_periods("2016 - 2018")[0], find_periods("2019 - 2021")[0]
    >>> [(x.text, y.text) for x, y in order_breaks([a, b])]
    [('2016 - 2018', '2019 - 2021')]
    """

    def key(period: Period) -> tuple[int, int, int, int]:
        end = period.end or (9999, 12)
        return (end[0], end[1], period.start[0], period.start[1])

    return [(a, b) for a, b in itertools.pairwise(periods) if key(a) < key(b)]
