"""How much a piece of feedback weighs by who gave it (C3.4 "how much they weigh").

Weights are playbook data (`[feedback.source_weights]`): the people who decided (hiring
manager, recruiter) count more than a mentor, a mock interview or a self-assessment.
"""

from __future__ import annotations

from functools import cache

from rebond.method import playbook
from rebond.method.text.language import Lang

SOURCE_KINDS = ("recruiter", "hiring_manager", "mentor", "mock_interview", "self")


@cache
def source_weights(lang: Lang = "fr") -> dict[str, float]:
    """One weight in [0, 5] per source kind.

    >>> source_weights("en")["hiring_manager"] > source_weights("en")["self"]
    True
    """
    table = playbook.section(lang, "feedback").get("source_weights")
    if not isinstance(table, dict) or set(table) != set(SOURCE_KINDS):
        raise playbook.PlaybookError(
            f"[feedback.source_weights] needs one weight per {SOURCE_KINDS}"
        )
    weights: dict[str, float] = {}
    for kind in SOURCE_KINDS:
        value = table[kind]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 5:
            raise playbook.PlaybookError(f"[feedback.source_weights] {kind} must be in [0, 5]")
        weights[kind] = float(value)
    return weights
