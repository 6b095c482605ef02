"""Turn lessons into a focused two-week plan (C5.1–C5.4).

Three axes (skills, personal branding, search strategy) plus wellbeing. Action templates with
measurable targets, the skill-gap ladder and the alternative paths are playbook data
(`plan.toml`); this module picks, dates and weighs them. Review questions, the daily routine
and the streak live in `plan_cadence` and are re-exported here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal, get_args

from rebond.method import playbook
from rebond.method.plan.cadence import (
    Cadence,
    RoutineBlock,
    daily_routine,
    review_questions,
    streak,
)
from rebond.method.text.language import Lang

Axis = Literal["skills", "personal_branding", "search_strategy", "wellbeing"]
Theme = Literal["technical", "business", "behavioural", "context", "wellbeing"]
AXES: tuple[Axis, ...] = get_args(Axis)
THEMES: tuple[Theme, ...] = get_args(Theme)
SKILL_GAP_STEPS = ("micro_training", "practical_project", "public_proof")
_WARNING_CODES = ("too_many_actions", "too_many_hours", "too_many_in_theme")

__all__ = [
    "AXES",
    "THEMES",
    "ActionDraft",
    "AlternativePath",
    "Cadence",
    "RoutineBlock",
    "SprintLoad",
    "SprintWarning",
    "action_templates",
    "alternative_action",
    "alternative_paths",
    "daily_routine",
    "objective_current_days",
    "progress_days",
    "review_questions",
    "skill_gap_steps",
    "sprint_days",
    "sprint_load",
    "sprint_suggestions",
    "streak",
    "streak_grace_days",
]


@dataclass(frozen=True)
class ActionDraft:
    """A plan item ready to save: what, on which axis and theme, how much, by when."""

    template_id: str
    axis: Axis
    theme: Theme
    title: str
    target: int
    unit: str
    hours: float
    days: int
    start: date | None = None
    due: date | None = None

    @property
    def target_text(self) -> str:
        """The measurable target as one phrase: "3 informational interviews"."""
        return f"{self.target} {self.unit}"


@dataclass(frozen=True)
class AlternativePath:
    """An alternative route (freelance, certification…) and the action that starts it."""

    id: str
    title: str
    description: str
    first_action: ActionDraft


@dataclass(frozen=True)
class SprintWarning:
    code: Literal["too_many_actions", "too_many_hours", "too_many_in_theme"]
    message: str


@dataclass(frozen=True)
class SprintLoad:
    """How heavy a sprint is; `level` is "light", "balanced" or "overloaded"."""

    action_count: int
    hours: float
    per_theme: dict[str, int]
    level: Literal["light", "balanced", "overloaded"]
    warnings: tuple[SprintWarning, ...]


def _positive(raw: Mapping[str, Any], key: str, where: str, kind: type = int) -> Any:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise playbook.PlaybookError(f"{where}: {key} must be a positive number")
    return kind(value)


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise playbook.PlaybookError(f"{where}: {key} must be a non-empty text")
    return value.strip()


def _action(template_id: str, raw: Mapping[str, Any], where: str, **fixed: str) -> ActionDraft:
    axis, theme = fixed.get("axis", raw.get("axis")), fixed.get("theme", raw.get("theme"))
    if axis not in AXES:
        raise playbook.PlaybookError(f"{where}: axis must be one of {', '.join(AXES)}")
    if theme not in THEMES:
        raise playbook.PlaybookError(f"{where}: theme must be one of {', '.join(THEMES)}")
    return ActionDraft(
        template_id=template_id,
        axis=axis,
        theme=theme,
        title=fixed.get("title") or _text(raw, "title", where),
        target=_positive(raw, "target", where),
        unit=_text(raw, "unit", where),
        hours=_positive(raw, "hours", where, float),
        days=_positive(raw, "days", where),
    )


@cache
def _rules(lang: Lang) -> dict[str, Any]:
    raw = playbook.section(lang, "plan")
    where = f"playbook {lang!r}: [plan]"
    rules: dict[str, Any] = {
        key: _positive(raw, key, where)
        for key in (
            "sprint_days",
            "max_actions_per_theme",
            "max_actions_per_sprint",
            "max_hours_per_sprint",
            "light_hours_per_sprint",
            "progress_days",
        )
    }
    grace = raw.get("streak_grace_days")
    if isinstance(grace, bool) or not isinstance(grace, int) or not 0 <= grace <= 7:
        raise playbook.PlaybookError(f"{where}: streak_grace_days must be a whole number 0-7")
    rules["streak_grace_days"] = grace
    current = raw.get("objective_current_days", {})
    rules["objective_current_days"] = {
        cadence: _positive(current, cadence, f"{where} objective_current_days")
        for cadence in get_args(Cadence)
    }
    warnings = raw.get("warnings", {})
    rules["warnings"] = {k: _text(warnings, k, f"{where} warnings") for k in _WARNING_CODES}
    return rules


def sprint_days(lang: Lang) -> int:
    """How many days a sprint lasts (the playbook's `[plan] sprint_days`, two weeks)."""
    return int(_rules(lang)["sprint_days"])


def streak_grace_days(lang: Lang) -> int:
    """Missed days in a row the routine's streak forgives (`[plan] streak_grace_days`)."""
    return int(_rules(lang)["streak_grace_days"])


def progress_days(lang: Lang) -> int:
    """How far back the plan's progress per axis looks (`[plan] progress_days`)."""
    return int(_rules(lang)["progress_days"])


def objective_current_days(lang: Lang) -> dict[Cadence, int]:
    """How long a review's objective stays "next", by cadence
    (`[plan.objective_current_days]`)."""
    return dict(_rules(lang)["objective_current_days"])


@cache
def action_templates(lang: Lang) -> dict[str, tuple[ActionDraft, tuple[str, ...]]]:
    """Action templates by id, each with the feedback dimensions it answers."""
    templates: dict[str, tuple[ActionDraft, tuple[str, ...]]] = {}
    for template_id, raw in playbook.section(lang, "plan_actions").items():
        where = f"playbook {lang!r}: [plan_actions.{template_id}]"
        dimensions = raw.get("dimensions", [])
        if not isinstance(dimensions, list) or not all(isinstance(d, str) for d in dimensions):
            raise playbook.PlaybookError(f"{where}: dimensions must be a list of names")
        templates[template_id] = (_action(template_id, raw, where), tuple(dimensions))
    defaults = playbook.section(lang, "plan_theme_defaults")
    for theme in THEMES:
        if defaults.get(theme) not in templates:
            raise playbook.PlaybookError(
                f"playbook {lang!r}: [plan_theme_defaults] {theme} must name a plan_actions id"
            )
    return templates


def _dated(action: ActionDraft, start: date | None, cap_days: int | None = None) -> ActionDraft:
    if start is None:
        return action
    days = min(action.days, cap_days) if cap_days else action.days
    return replace(action, start=start, due=start + timedelta(days=days))


def _ranked(dimensions: Sequence[str]) -> list[str]:
    # A dimension named by more lessons comes first; ties keep the caller's order.
    counts = Counter(dimensions)
    first_seen = {d: i for i, d in reversed(list(enumerate(dimensions)))}
    return sorted(counts, key=lambda d: (-counts[d], first_seen[d]))


def sprint_suggestions(
    lessons_by_theme: Mapping[str, Sequence[str]],
    max_per_theme: int | None = None,
    *,
    lang: Lang = "fr",
    start: date | None = None,
    include_wellbeing: bool = True,
) -> list[ActionDraft]:
    """At most `max_per_theme` actions per theme for one sprint (by default the playbook's
    `[plan] max_actions_per_theme`, two).

    `lessons_by_theme` maps a feedback theme (technical, business, behavioural, context) to
    the checklist dimension of each lesson ("examples", "concision", "key_skills"…), most
    important first; a dimension named by several lessons ranks higher. Unknown dimensions
    fall back to the theme's default action. Themes are taken in the order given: each gets
    its first action, then one wellbeing action, then second actions while the sprint stays
    within the playbook's action and hour thresholds.

    >>> [a.template_id for a in sprint_suggestions({"behavioural": ["concision", "examples",
    ...     "concision"]}, lang="en", include_wellbeing=False)]
    ['concision_drill', 'star_stories']
    """
    rules = _rules(lang)
    if max_per_theme is None:
        max_per_theme = int(rules["max_actions_per_theme"])
    if not 1 <= max_per_theme <= rules["max_actions_per_theme"]:
        raise ValueError(f"max_per_theme must be between 1 and {rules['max_actions_per_theme']}")
    templates = action_templates(lang)
    defaults = playbook.section(lang, "plan_theme_defaults")
    by_dimension: dict[str, str] = {}
    for template_id, (_, answered) in templates.items():
        for dimension in answered:
            by_dimension.setdefault(dimension, template_id)
    # One list of candidate templates per theme, best first, without repeats.
    queues: list[list[str]] = []
    for theme, dimensions in lessons_by_theme.items():
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
        candidates = [by_dimension.get(d, defaults[theme]) for d in _ranked(dimensions)]
        queues.append(list(dict.fromkeys(candidates or [defaults[theme]]))[:max_per_theme])
    chosen: list[str] = []
    # Every theme gets its first action; second actions only while the sprint stays within
    # the playbook's load thresholds, so the suggestion itself is never an overload.
    for queue in queues:
        first = next((t for t in queue if t not in chosen), None)
        if first is not None:
            chosen.append(first)
    if include_wellbeing and defaults["wellbeing"] not in chosen:
        chosen.append(defaults["wellbeing"])
    for queue in queues:
        for template_id in queue[1:]:
            hours = sum(templates[t][0].hours for t in chosen) + templates[template_id][0].hours
            fits = (
                len(chosen) < rules["max_actions_per_sprint"]
                and hours <= rules["max_hours_per_sprint"]
            )
            if fits and template_id not in chosen:
                chosen.append(template_id)
    # A sprint of N days runs from `start` to start + N - 1: an action due "in two weeks" is
    # due on its last day, never the day after it ends.
    last_day = rules["sprint_days"] - 1
    return [_dated(templates[t][0], start, last_day) for t in chosen]


def sprint_load(actions: Iterable[ActionDraft], lang: Lang = "fr") -> SprintLoad:
    """Weigh a sprint against the playbook's thresholds and explain any overload.

    >>> heavy = sprint_suggestions({"technical": ["key_skills", "technical_precision"],
    ...     "context": ["seniority", "context"], "business": ["motivation"]}, lang="en")
    >>> load = sprint_load(heavy, "en")
    >>> load.level, [w.code for w in load.warnings]
    ('overloaded', ['too_many_hours'])
    """
    rules = _rules(lang)
    items = list(actions)
    hours = round(sum(a.hours for a in items), 1)
    per_theme: dict[str, int] = dict(Counter(str(a.theme) for a in items))
    texts = rules["warnings"]
    warnings: list[SprintWarning] = []
    if len(items) > rules["max_actions_per_sprint"]:
        text = texts["too_many_actions"].format(
            count=len(items), max=rules["max_actions_per_sprint"]
        )
        warnings.append(SprintWarning("too_many_actions", text))
    if hours > rules["max_hours_per_sprint"]:
        text = texts["too_many_hours"].format(hours=f"{hours:g}", max=rules["max_hours_per_sprint"])
        warnings.append(SprintWarning("too_many_hours", text))
    for theme, count in per_theme.items():
        if theme != "wellbeing" and count > rules["max_actions_per_theme"]:
            text = texts["too_many_in_theme"].format(
                count=count, theme=theme, max=rules["max_actions_per_theme"]
            )
            warnings.append(SprintWarning("too_many_in_theme", text))
    level: Literal["light", "balanced", "overloaded"] = "balanced"
    if warnings:
        level = "overloaded"
    elif hours < rules["light_hours_per_sprint"]:
        level = "light"
    return SprintLoad(len(items), hours, per_theme, level, tuple(warnings))


def skill_gap_steps(skill: str, lang: Lang, start: date) -> list[ActionDraft]:
    """Micro-training, then a visible practical project, then a public proof, back to back.

    >>> steps = skill_gap_steps("Kubernetes", "en", date(2026, 3, 2))
    >>> [(s.title.split()[0], s.due.isoformat()) for s in steps]
    [('Focused', '2026-03-16'), ('Visible', '2026-04-06'), ('Public', '2026-04-13')]
    """
    name = " ".join(skill.split())
    if not name:
        raise ValueError("the skill to acquire cannot be empty")
    raw = playbook.section(lang, "plan_skill_gap")
    steps: list[ActionDraft] = []
    step_start = start
    for step in SKILL_GAP_STEPS:
        where = f"playbook {lang!r}: [plan_skill_gap.{step}]"
        if step not in raw:
            raise playbook.PlaybookError(f"{where} is missing")
        title = _text(raw[step], "title", where).replace("{skill}", name)
        action = _dated(
            _action(step, raw[step], where, axis="skills", theme="technical", title=title),
            step_start,
        )
        steps.append(action)
        step_start = action.due or step_start
    return steps


def alternative_paths(lang: Lang, start: date | None = None) -> list[AlternativePath]:
    """Freelance, certification, volunteering, flexible formats, personal project, plan B."""
    paths = []
    for path_id, raw in playbook.section(lang, "plan_alternatives").items():
        where = f"playbook {lang!r}: [plan_alternatives.{path_id}]"
        first = _action(
            path_id,
            raw,
            where,
            axis="search_strategy",
            theme="context",
            title=_text(raw, "first_step", where),
        )
        title, description = _text(raw, "title", where), _text(raw, "description", where)
        paths.append(AlternativePath(path_id, title, description, _dated(first, start)))
    return paths


def alternative_action(path_id: str, lang: Lang, start: date | None = None) -> ActionDraft:
    """The first action of one alternative path, dated from `start` when given."""
    for path in alternative_paths(lang, start):
        if path.id == path_id:
            return path.first_action
    raise ValueError(f"unknown alternative path: {path_id!r}")
