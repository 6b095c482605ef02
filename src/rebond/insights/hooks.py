"""Where the dashboard and the reviews get what other apps know (feedback, plan, mood).

Each hook is a question another app may answer through its `AppConfig.insight_hooks()`
(rebond/web/contributions.py); while no installed app answers it, the hook answers None and its
panel or report section is simply left out, never faked. This module names no app. Contracts
(documented in docs/insights.md):

- recurring_feedback(user, since, until) -> list[tuple[str, int]]: point, times it was raised
- plan_progress(user, today) -> list[tuple[str, int, int]]: axis or theme, actions done, planned
- mood(user, since, until) -> list[tuple[date, float]]: day, mood from 0 (low) to 10 (high)
- lessons(user, since, until) -> list[str]: lessons learned in the period
- next_objectives(user, today) -> list[str]: the objectives for the next period
- assets(user) -> list[str]: the person's assets (C4.2), as short lines (debrief)
- troubled_questions(user) -> list[str]: questions marked hard in a replay (C2.7, debrief)
- strengths(user) -> list[str]: strengths recruiters praised (C3.5, feedback)
- employer_feedback(user, application) -> bool: the recruiter or hiring manager wrote feedback
  on this application (the debrief's replay, C2.7)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rebond.web.contributions import insight_hook

NAMES = (
    "recurring_feedback",
    "plan_progress",
    "mood",
    "lessons",
    "next_objectives",
    "assets",
    "troubled_questions",
    "strengths",
    "employer_feedback",
)


def provider(name: str) -> Callable[..., Any] | None:
    """The function an installed app offers for hook `name`, or None while none offers it."""
    if name not in NAMES:
        raise KeyError(name)
    return insight_hook(name)


def call(name: str, *args: Any) -> Any:
    """The hook's answer, or None when no app provides it (or it has nothing to show)."""
    function = provider(name)
    if function is None:
        return None
    return function(*args) or None
