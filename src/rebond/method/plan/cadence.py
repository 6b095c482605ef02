"""The plan's rhythm: review questions, the daily routine and a forgiving streak (C5.3, C1.5).

Re-exported by `rebond.method.plan`; kept apart so each module stays short.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal, get_args

from rebond.method import playbook
from rebond.method.text.language import Lang

Cadence = Literal["weekly", "monthly", "quarterly"]
BlockKind = Literal["timebox", "checkoff"]


@dataclass(frozen=True)
class RoutineBlock:
    """One block of the daily routine: a timebox in minutes, or a simple check-off."""

    id: str
    label: str
    kind: BlockKind
    minutes_min: int = 0
    minutes_max: int = 0


def review_questions(cadence: Cadence, lang: Lang) -> list[str]:
    """The questions of a weekly, monthly or quarterly review, in order.

    >>> review_questions("monthly", "en")[-1]
    'Which single improvement objective do I set for next month?'
    """
    if cadence not in get_args(Cadence):
        raise ValueError(f"unknown review cadence: {cadence!r}")
    questions = playbook.section(lang, "plan_reviews").get(cadence)
    if not isinstance(questions, list) or not questions:
        raise playbook.PlaybookError(f"playbook {lang!r}: [plan_reviews] lacks {cadence}")
    if not all(isinstance(q, str) and q.strip() for q in questions):
        raise playbook.PlaybookError(f"playbook {lang!r}: [plan_reviews] {cadence} has a blank")
    return list(questions)


@cache
def daily_routine(lang: Lang) -> tuple[RoutineBlock, ...]:
    """The daily blocks: sourcing, connecting, improving tools, then wellbeing check-offs.

    >>> [(b.id, b.minutes_min, b.minutes_max) for b in daily_routine("fr")][:2]
    [('sourcing', 60, 90), ('connecting', 30, 30)]
    """
    blocks = []
    for block_id, raw in playbook.section(lang, "plan_routine").items():
        where = f"playbook {lang!r}: [plan_routine.{block_id}]"
        kind = raw.get("kind")
        label = raw.get("label")
        if kind not in get_args(BlockKind) or not isinstance(label, str) or not label:
            raise playbook.PlaybookError(f"{where} needs a label and kind timebox|checkoff")
        low = high = 0
        if kind == "timebox":
            minutes = raw.get("minutes")
            if not (
                isinstance(minutes, list)
                and len(minutes) == 2
                and all(isinstance(m, int) for m in minutes)
                and 0 < minutes[0] <= minutes[1] <= 240
            ):
                raise playbook.PlaybookError(f"{where} minutes must be [min, max] in 1..240")
            low, high = minutes
        blocks.append(RoutineBlock(block_id, label, kind, low, high))
    return tuple(blocks)


def streak(days_done: Iterable[date], today: date, grace: int = 1) -> int:
    """Days done in the current streak; up to `grace` missed days in a row are forgiven.

    Today not done yet does not break anything (the day is not over). A run of more than
    `grace` consecutive missed days ends the streak; forgiven days are not counted as done.
    Days after `today` are ignored.

    >>> d = date(2026, 3, 10)
    >>> streak([d, d - timedelta(1), d - timedelta(3)], d)  # the 8th is forgiven
    3
    >>> streak([d - timedelta(1), d - timedelta(4)], d)  # the 7th and 8th break it
    1
    """
    if grace < 0:
        raise ValueError("grace cannot be negative")
    done = {day for day in days_done if day <= today}
    count = 0
    missed_in_a_row = 0
    day = today if today in done else today - timedelta(days=1)
    earliest = min(done, default=today)
    while day >= earliest:
        if day in done:
            count += 1
            missed_in_a_row = 0
        else:
            missed_in_a_row += 1
            if missed_in_a_row > grace:
                break
        day -= timedelta(days=1)
    return count
