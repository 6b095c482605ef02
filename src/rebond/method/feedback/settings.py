"""The feedback playbook section (`[feedback]`), validated into typed settings.

Cue lists, thresholds and e-mail patterns are data a coach may adapt (X4); this module turns the
TOML into compiled patterns once per language and fails with `PlaybookError` naming what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.text.language import SUPPORTED, Lang

THEMES = ("technical", "business", "behavioural", "context")
DIMENSIONS = (
    "skills",
    "examples",
    "results",
    "culture",
    "nonverbal",
    "concision",
    "pitch",
    "technical",
    "questions",
    "motivation",
    "seniority",
    "context",
)
POLARITIES = ("strength", "weakness", "neutral")
NATURES = ("objective", "subjective")
CAUSES = ("structural", "improvable")
CUE_KINDS = ("weakness", "regret", "strength", "context", "subjective", "structural", "negation")
EMAIL_KINDS = ("greetings", "closings", "reply_header", "footer", "courtesy")


@dataclass(frozen=True)
class FeedbackSettings:
    group_threshold: float
    group_dimension_gap: float | None
    paraphrase_threshold: float
    gate_keep: float
    gate_ask: float
    confirm_below: float
    correction_exact: float
    correction_floor: float
    half_life_days: float
    trend_window_days: float
    themes: dict[str, tuple[str, ...]]
    impact: dict[str, float]
    cues: dict[str, tuple[re.Pattern[str], ...]]
    email: dict[str, tuple[re.Pattern[str], ...]]


def _number(table: dict[str, Any], key: str, low: float, high: float) -> float:
    value = table.get(key)
    if not isinstance(value, int | float) or not low <= value <= high:
        raise playbook.PlaybookError(f"[feedback] {key} must be a number in [{low}, {high}]")
    return float(value)


def _patterns(
    table: Any, where: str, kinds: tuple[str, ...]
) -> dict[str, tuple[re.Pattern[str], ...]]:
    if not isinstance(table, dict):
        raise playbook.PlaybookError(f"[{where}] is missing")
    compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
    for kind in kinds:
        raw = table.get(kind)
        if not isinstance(raw, list) or not all(isinstance(p, str) for p in raw):
            raise playbook.PlaybookError(f"[{where}] {kind} must be a list of patterns")
        try:
            compiled[kind] = tuple(re.compile(p) for p in raw)
        except re.error as exc:
            raise playbook.PlaybookError(f"[{where}] {kind}: bad pattern: {exc}") from exc
    return compiled


@cache
def settings(lang: Lang) -> FeedbackSettings:
    """The validated `[feedback]` table of one language's playbook."""
    table = playbook.section(lang, "feedback")
    themes_raw = table.get("themes")
    if not isinstance(themes_raw, dict) or set(themes_raw) != set(THEMES):
        raise playbook.PlaybookError(f"[feedback.themes] must list exactly {THEMES}")
    themes: dict[str, tuple[str, ...]] = {}
    for theme, dims in themes_raw.items():
        if not isinstance(dims, list) or not dims or not set(dims) <= set(DIMENSIONS):
            raise playbook.PlaybookError(f"[feedback.themes] {theme}: unknown dimension in {dims}")
        themes[theme] = tuple(dims)
    if {d for dims in themes.values() for d in dims} != set(DIMENSIONS):
        raise playbook.PlaybookError("[feedback.themes] must place every dimension under a theme")
    impact_raw = table.get("impact")
    if not isinstance(impact_raw, dict) or set(impact_raw) != set(DIMENSIONS):
        raise playbook.PlaybookError(
            f"[feedback.impact] needs one weight per dimension {DIMENSIONS}"
        )
    impact = {d: _number(impact_raw, d, 0.0, 10.0) for d in DIMENSIONS}
    floor = _number(table, "correction_floor", 0.0, 1.0)
    exact = _number(table, "correction_exact", 0.0, 1.0)
    if floor >= exact:
        raise playbook.PlaybookError("[feedback] correction_floor must be below correction_exact")
    return FeedbackSettings(
        group_threshold=_number(table, "group_threshold", 0.0, 1.0),
        # Absent (the default): statements of different dimensions are never grouped.
        group_dimension_gap=_number(table, "group_dimension_gap", 0.0, 2.0)
        if "group_dimension_gap" in table
        else None,
        paraphrase_threshold=_number(table, "paraphrase_threshold", 0.0, 1.0),
        gate_keep=_number(table, "gate_keep", 0.0, 1.0),
        gate_ask=_number(table, "gate_ask", 0.0, 1.0),
        confirm_below=_number(table, "confirm_below", 0.0, 1.0),
        correction_exact=exact,
        correction_floor=floor,
        half_life_days=_number(table, "half_life_days", 1.0, 3650.0),
        trend_window_days=_number(table, "trend_window_days", 1.0, 3650.0),
        themes=themes,
        impact=impact,
        cues=_patterns(table.get("cues"), "feedback.cues", CUE_KINDS),
        email=_patterns(table.get("email"), "feedback.email", EMAIL_KINDS),
    )


@cache
def all_email_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    """E-mail patterns of every language together: one e-mail may mix French and English."""
    merged: dict[str, tuple[re.Pattern[str], ...]] = {}
    for kind in EMAIL_KINDS:
        merged[kind] = tuple(p for lang in SUPPORTED for p in settings(lang).email[kind])
    return merged
