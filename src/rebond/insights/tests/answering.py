"""Tests' stand-in answers to the insight hooks, given by the apps that answer them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.apps import apps

from rebond.web.contributions import ContributesInsightHooks


def answer(monkeypatch: Any, **functions: Callable[..., Any] | None) -> None:
    """The installed app that answers each named hook answers it with the function given
    instead (None: no app answers it), for the test's duration."""
    for name, function in functions.items():
        for config in apps.get_app_configs():
            if isinstance(config, ContributesInsightHooks) and name in config.insight_hooks():
                answers = {**config.insight_hooks(), name: function}
                kept = {k: f for k, f in answers.items() if f is not None}
                monkeypatch.setattr(config, "insight_hooks", lambda kept=kept: kept)
