"""Where the dashboard and the reviews get what other apps know (feedback, plan, mood).

Each hook names a function another app may provide; until that module and function exist the
hook answers None and its panel or report section is simply left out, never faked. Contracts
(documented in docs/insights.md):

- recurring_feedback(user, since, until) -> list[tuple[str, int]]: point, times it was raised
- plan_progress(user, today) -> list[tuple[str, int, int]]: axis or theme, actions done, planned
- mood(user, since, until) -> list[tuple[date, float]]: day, mood from 0 (low) to 10 (high)
- lessons(user, since, until) -> list[str]: lessons learned in the period
- next_objectives(user, today) -> list[str]: the objectives for the next period
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

HOOKS = {
    "recurring_feedback": "rebond.feedback.insights:recurring_points",
    "plan_progress": "rebond.plan.insights:progress",
    "mood": "rebond.debrief.insights:mood_series",
    "lessons": "rebond.feedback.insights:lessons",
    "next_objectives": "rebond.plan.insights:next_objectives",
}


def provider(name: str) -> Callable[..., Any] | None:
    """The function behind hook `name`, or None while the providing app does not offer it.

    Only a missing module or function means "not there yet": an error raised while importing
    an existing module is a bug and propagates.
    """
    module_name, _, function = HOOKS[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None  # the providing module (or its app) is not there yet
        raise
    return getattr(module, function, None)


def call(name: str, *args: Any) -> Any:
    """The hook's answer, or None when no app provides it (or it has nothing to show)."""
    function = provider(name)
    if function is None:
        return None
    return function(*args) or None
