"""Two-week experiments (C1.4): did one change move a conversion rate, in plain words?

An experiment compares a baseline period with a trial period, each given as
(successes, trials) — for example (replies, applications sent). Two views are reported:
Fisher's exact test (two-sided), which decides the verdict, and the Bayesian probability that
the trial's rate is above the baseline's, which tells the person where things lean meanwhile.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from statistics import NormalDist
from typing import Literal

from rebond.method.funnel.settings import ExperimentSettings, format_percent, funnel_settings
from rebond.method.funnel.stats import (
    Conversion,
    fisher_exact,
    probability_trial_beats,
    wilson_interval,
)
from rebond.method.text.language import Lang

Outcome = Literal["better", "worse", "no_clear_difference", "not_enough_data"]


@dataclass(frozen=True)
class Verdict:
    """The comparison of a trial period with its baseline.

    `needed_per_arm` is the power calculation's answer (None when the rates are equal);
    `more_needed` is how many applications the smaller period still lacks, set only when the
    outcome is "not_enough_data".
    """

    outcome: Outcome
    baseline: Conversion
    trial: Conversion
    difference: float | None
    p_value: float
    probability_trial_better: float
    needed_per_arm: int | None
    more_needed: int | None
    sentence: str


def needed_per_arm(
    baseline_rate: float, trial_rate: float, alpha: float, power: float
) -> int | None:
    """Applications per period for a two-sided test at `alpha` to detect this gap with `power`.

    Classic normal-approximation sample size for two proportions (Fleiss), taking the
    observed rates as the gap worth detecting. None when the rates are equal (no gap).

    >>> needed_per_arm(0.10, 0.30, alpha=0.05, power=0.8)
    62
    """
    gap = abs(trial_rate - baseline_rate)
    if gap == 0:
        return None
    normal = NormalDist()
    z_alpha, z_power = normal.inv_cdf(1 - alpha / 2), normal.inv_cdf(power)
    mean = (baseline_rate + trial_rate) / 2
    spread = baseline_rate * (1 - baseline_rate) + trial_rate * (1 - trial_rate)
    root = z_alpha * math.sqrt(2 * mean * (1 - mean)) + z_power * math.sqrt(spread)
    return math.ceil(root * root / (gap * gap))


def _decide(
    baseline: tuple[int, int], trial: tuple[int, int], p_value: float, settings: ExperimentSettings
) -> tuple[Outcome, int | None, int | None]:
    smaller = min(baseline[1], trial[1])
    if smaller == 0:
        return "not_enough_data", None, settings.min_trials
    base_rate, trial_rate = baseline[0] / baseline[1], trial[0] / trial[1]
    needed = needed_per_arm(base_rate, trial_rate, settings.alpha, settings.power)
    reachable = needed is not None and needed <= settings.max_per_arm
    if smaller < settings.min_trials:
        target = max(settings.min_trials, needed if needed is not None and reachable else 0)
        return "not_enough_data", needed, target - smaller
    if p_value < settings.alpha:
        return ("better" if trial_rate > base_rate else "worse"), needed, None
    if needed is None or not reachable or needed <= smaller:
        # Either the gap is too small to matter at a job search's scale, or both periods
        # were already large enough to see it and the test still found nothing.
        return "no_clear_difference", needed, None
    return "not_enough_data", needed, needed - smaller


def compare(baseline: tuple[int, int], trial: tuple[int, int], lang: Lang = "en") -> Verdict:
    """Compare (successes, trials) of a trial period with those of the baseline period.

    Decision rule (thresholds in the playbook's `[funnel.experiments]`):
    1. either period has fewer than `min_trials` applications -> "not_enough_data";
    2. Fisher's two-sided p-value below `alpha` -> "better" or "worse";
    3. otherwise a power calculation (`needed_per_arm`, at the observed rates and `power`)
       says how many applications per period would reveal such a gap. If both periods
       already hold that many, or it exceeds `max_per_arm`, or the rates are equal ->
       "no_clear_difference"; else "not_enough_data" with `more_needed` = what the smaller
       period lacks (usually the trial: keep going for that many more applications).
    The outcome mirrors (better <-> worse) when the two periods are swapped.

    >>> v = compare((4, 40), (12, 40))
    >>> v.outcome, round(v.p_value, 4), round(v.probability_trial_better, 3)
    ('better', 0.0482, 0.986)
    >>> v = compare((2, 20), (8, 20))
    >>> v.outcome, v.needed_per_arm, v.more_needed
    ('not_enough_data', 32, 12)
    """
    settings = funnel_settings(lang)
    p_value = fisher_exact(baseline, trial)
    probability = probability_trial_beats(baseline, trial)
    outcome, needed, more = _decide(baseline, trial, p_value, settings.experiments)
    base, tried = wilson_interval(*baseline), wilson_interval(*trial)
    difference = None
    if base.rate is not None and tried.rate is not None:
        difference = tried.rate - base.rate

    def shown(conversion: Conversion) -> str:
        if conversion.rate is None:
            return "–"
        rate = format_percent(conversion.rate, lang)
        return f"{rate} ({conversion.successes}/{conversion.trials})"

    sentence = settings.experiments.verdicts[outcome].format(
        trial=shown(tried),
        baseline=shown(base),
        probability=format_percent(probability, lang),
        more=more if more is not None else "",
    )
    return Verdict(outcome, base, tried, difference, p_value, probability, needed, more, sentence)


@dataclass(frozen=True)
class ExperimentPeriod:
    """An experiment's running dates, inclusive; `end` None means still running."""

    reference: str
    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"experiment {self.reference!r} ends before it starts")


@dataclass(frozen=True)
class Overlap:
    """Two experiments that ran at the same time, and the dates they shared."""

    first: str
    second: str
    start: date
    end: date | None


def overlapping(experiments: Iterable[ExperimentPeriod]) -> list[Overlap]:
    """Pairs of experiments whose dates overlap (one change at a time, or results mix).

    Dates are inclusive: an experiment ending on the day another starts overlaps it.

    >>> a = ExperimentPeriod("cv", date(2026, 3, 2), date(2026, 3, 15))
    >>> b = ExperimentPeriod("pitch", date(2026, 3, 15), date(2026, 3, 28))
    >>> [(o.first, o.second, o.start, o.end) for o in overlapping([b, a])]
    [('cv', 'pitch', datetime.date(2026, 3, 15), datetime.date(2026, 3, 15))]
    """
    ordered = sorted(experiments, key=lambda e: (e.start, e.reference))
    found = []
    for index, first in enumerate(ordered):
        for second in ordered[index + 1 :]:
            if first.end is not None and second.start > first.end:
                break  # sorted by start: no later experiment can overlap `first`
            ends = [e for e in (first.end, second.end) if e is not None]
            found.append(
                Overlap(first.reference, second.reference, second.start, min(ends, default=None))
            )
    return found
