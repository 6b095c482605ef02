"""Page geometry of a PDF CV: words into lines, and the gutter of a two-column layout.

An applicant tracking system reads a page left to right, top to bottom. When a CV sets two
columns side by side, that order interleaves them ("Python  2019–2021  SQL  Formation …") and
the parsed profile is garbled; finding the gutter lets us warn, and read each column in turn.
"""

from __future__ import annotations

from dataclasses import dataclass

LINE_TOLERANCE = 3.0  # points: words whose tops differ by less share a line
GUTTER_RANGE = (0.2, 0.8)  # a gutter is looked for between 20 % and 80 % of the page width
MIN_SIDE_LINES = 6  # each column needs at least this many lines
MIN_CLEAR_SHARE = 0.9  # share of the page's lines that must leave the gutter empty


@dataclass(frozen=True)
class Word:
    """A word on a PDF page, with its box (points from the top-left) and font."""

    text: str
    x0: float
    x1: float
    top: float
    size: float = 0.0
    font: str = ""
    bold: bool = False


def group_lines(words: tuple[Word, ...] | list[Word]) -> list[list[Word]]:
    """Words grouped into lines (close tops), lines top to bottom, words left to right.

    >>> [[w.text for w in line] for line in group_lines([Word("b", 50, 60, 10.5),
    ...     Word("a", 10, 20, 10), Word("c", 10, 20, 30)])]
    [['a', 'b'], ['c']]
    """
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - word.top) < LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def column_split(words: tuple[Word, ...] | list[Word], width: float) -> float | None:
    """The x of a vertical gutter splitting the page into two text columns, or None.

    A gutter is an x, away from the margins, that almost no line crosses while both sides
    carry several lines of text. A one-column CV with right-aligned dates does not qualify:
    its long bullet lines cross every candidate x.

    >>> left = [Word("gauche", 40, 200, 100 + 15 * i) for i in range(8)]
    >>> right = [Word("droite", 320, 520, 100 + 15 * i) for i in range(8)]
    >>> round(column_split(left + right, 595.0) or 0) in range(200, 321)
    True
    >>> column_split([Word("ligne entière", 40, 520, 100 + 15 * i) for i in range(16)], 595.0)
    """
    if width <= 0 or len(words) < 2 * MIN_SIDE_LINES:
        return None
    lines = group_lines(words)
    low, high = width * GUTTER_RANGE[0], width * GUTTER_RANGE[1]
    best: tuple[float, float] | None = None  # (score, x)
    steps = 60
    for step in range(steps + 1):
        x = low + (high - low) * step / steps
        crossing = sum(any(w.x0 < x < w.x1 for w in line) for line in lines)
        left = sum(any(w.x1 <= x for w in line) for line in lines)
        right = sum(any(w.x0 >= x for w in line) for line in lines)
        if min(left, right) < MIN_SIDE_LINES:
            continue
        if crossing > (1 - MIN_CLEAR_SHARE) * len(lines):
            continue
        # One-column pages with a right-aligned date column pass the crossing test only when
        # the dates are the sole thing to the right; demand real text on both sides.
        right_words = sum(1 for line in lines for w in line if w.x0 >= x)
        left_words = sum(1 for line in lines for w in line if w.x1 <= x)
        if min(left_words, right_words) < 0.2 * len(words):
            continue
        score = min(left, right) - crossing
        if best is None or score > best[0]:
            best = (score, x)
    return None if best is None else best[1]
