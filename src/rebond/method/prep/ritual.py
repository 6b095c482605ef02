"""The pre-interview centring ritual (C7.5): timed steps read from the playbook.

>>> steps = centring_steps("en")
>>> sum(step.seconds for step in steps)
600
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rebond.method import playbook
from rebond.method.text.language import Lang


@dataclass(frozen=True)
class TimedStep:
    seconds: int
    label: str


@cache
def centring_steps(lang: Lang) -> tuple[TimedStep, ...]:
    """The ritual's steps in order; PlaybookError if the table is malformed."""
    raw = playbook.section(lang, "centring_ritual").get("steps")
    if not isinstance(raw, list) or not raw:
        raise playbook.PlaybookError(f"[centring_ritual] steps of {lang!r} must be a list")
    steps = []
    for entry in raw:
        seconds, label = entry.get("seconds"), entry.get("label")
        if not isinstance(seconds, int) or seconds <= 0 or not isinstance(label, str):
            raise playbook.PlaybookError(
                f"[centring_ritual] of {lang!r}: each step needs positive seconds and a label"
            )
        steps.append(TimedStep(seconds, label.strip()))
    return tuple(steps)
