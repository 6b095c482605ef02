"""The funnel's thresholds and wording, read from the playbook's `[funnel]` table and validated.

Numbers are identical in every language's file (a test checks it); sentences are translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rebond.method import playbook
from rebond.method.text.language import Lang

STEPS = ("sent", "answered", "interviewed", "offered")
CONVERSION_STEPS = STEPS[1:]
VERDICTS = ("better", "worse", "no_clear_difference", "not_enough_data")


@dataclass(frozen=True)
class ExperimentSettings:
    alpha: float
    power: float
    min_trials: int
    max_per_arm: int
    days: int
    verdicts: Mapping[str, str]


@dataclass(frozen=True)
class SweetSpotSettings:
    min_prior_strength: float
    max_prior_strength: float
    min_trials: int


@dataclass(frozen=True)
class FunnelSettings:
    min_trials: int
    max_interval_width: float
    reference_rates: Mapping[str, float]
    step_labels: Mapping[str, str]
    bottleneck: Mapping[str, str]
    experiments: ExperimentSettings
    sweet_spot: SweetSpotSettings


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise playbook.PlaybookError(f"[{where}.{key}] is missing or not a table")
    return value


def _number(data: Mapping[str, Any], key: str, where: str, low: float, high: float) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise playbook.PlaybookError(f"[{where}] {key} must be a number in [{low}, {high}]")
    return float(value)


def _texts(data: Mapping[str, Any], keys: tuple[str, ...], where: str) -> dict[str, str]:
    texts = {}
    for key in keys:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise playbook.PlaybookError(f"[{where}] {key} must be a non-empty string")
        texts[key] = value
    return texts


def funnel_settings(lang: Lang) -> FunnelSettings:
    """The validated `[funnel]` table of `lang`'s playbook; PlaybookError names any fault."""
    data = playbook.section(lang, "funnel")
    rates = _table(data, "reference_rates", "funnel")
    experiments = _table(data, "experiments", "funnel")
    sweet = _table(data, "sweet_spot", "funnel")
    where_x, where_s = "funnel.experiments", "funnel.sweet_spot"
    min_strength = _number(sweet, "min_prior_strength", where_s, 0.5, 10_000)
    max_strength = _number(sweet, "max_prior_strength", where_s, min_strength, 10_000)
    return FunnelSettings(
        min_trials=int(_number(data, "min_trials", "funnel", 1, 10_000)),
        max_interval_width=_number(data, "max_interval_width", "funnel", 0.01, 1.0),
        reference_rates={
            step: _number(rates, step, "funnel.reference_rates", 0.001, 1.0)
            for step in CONVERSION_STEPS
        },
        step_labels=_texts(_table(data, "step_labels", "funnel"), STEPS, "funnel.step_labels"),
        bottleneck=_texts(
            _table(data, "bottleneck", "funnel"),
            (*CONVERSION_STEPS, "none", "not_enough_data"),
            "funnel.bottleneck",
        ),
        experiments=ExperimentSettings(
            alpha=_number(experiments, "alpha", where_x, 0.001, 0.2),
            power=_number(experiments, "power", where_x, 0.5, 0.99),
            min_trials=int(_number(experiments, "min_trials", where_x, 1, 10_000)),
            max_per_arm=int(_number(experiments, "max_per_arm", where_x, 1, 1_000_000)),
            days=int(_number(experiments, "days", where_x, 1, 365)),
            verdicts=_texts(
                _table(experiments, "verdicts", where_x), VERDICTS, f"{where_x}.verdicts"
            ),
        ),
        sweet_spot=SweetSpotSettings(
            min_prior_strength=min_strength,
            max_prior_strength=max_strength,
            min_trials=int(_number(sweet, "min_trials", where_s, 1, 10_000)),
        ),
    )


def format_percent(rate: float, lang: Lang) -> str:
    """A rate as a whole percentage, typeset for the language.

    >>> format_percent(0.125, "en"), format_percent(0.125, "fr")
    ('12%', '12\u202f%')
    """
    value = f"{rate * 100:.0f}"
    return f"{value}\u202f%" if lang == "fr" else f"{value}%"
