"""Experiment verdicts (C1.4): decision table, symmetry, power calculation, overlaps."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import stats

from rebond.method.funnel.experiments import (
    ExperimentPeriod,
    compare,
    needed_per_arm,
    overlapping,
)

MIRROR = {
    "better": "worse",
    "worse": "better",
    "no_clear_difference": "no_clear_difference",
    "not_enough_data": "not_enough_data",
}


@pytest.mark.parametrize(
    ("baseline", "trial", "outcome"),
    [
        ((4, 40), (12, 40), "better"),
        ((12, 40), (4, 40), "worse"),
        ((1, 30), (12, 30), "better"),
        # a clear gap on tiny periods is still "too early"
        ((0, 5), (5, 5), "not_enough_data"),
        ((0, 0), (3, 4), "not_enough_data"),
        ((0, 0), (0, 0), "not_enough_data"),
        ((2, 20), (8, 20), "not_enough_data"),
        # equal rates: nothing to wait for
        ((6, 30), (6, 30), "no_clear_difference"),
        ((0, 20), (0, 20), "no_clear_difference"),
        # a small gap that no job search could confirm (> 150 per period)
        ((3, 20), (5, 20), "no_clear_difference"),
        # 17% vs 33%: about 105 per period would settle it -> 45 more
        ((10, 60), (20, 60), "not_enough_data"),
        # 20% vs 25%: it would take about 970 applications per period
        ((30, 150), (38, 150), "no_clear_difference"),
    ],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_gives_the_expected_verdict(
    baseline: tuple[int, int], trial: tuple[int, int], outcome: str, lang: str
) -> None:
    verdict = compare(baseline, trial, lang)  # type: ignore[arg-type]
    assert verdict.outcome == outcome
    assert verdict.sentence and "{" not in verdict.sentence
    if outcome == "not_enough_data":
        assert verdict.more_needed is not None and verdict.more_needed > 0
        assert str(verdict.more_needed) in verdict.sentence
    else:
        assert verdict.more_needed is None


def test_it_reports_the_p_value_of_scipys_fisher_test() -> None:
    verdict = compare((4, 40), (12, 40))
    expected = stats.fisher_exact([[4, 36], [12, 28]]).pvalue
    assert verdict.p_value == pytest.approx(expected, rel=1e-9)
    assert verdict.difference == pytest.approx(0.2)
    assert verdict.probability_trial_better > 0.95


def test_it_asks_for_the_applications_the_power_calculation_finds_missing() -> None:
    verdict = compare((2, 20), (8, 20))
    assert verdict.needed_per_arm == needed_per_arm(0.1, 0.4, alpha=0.05, power=0.8)
    assert verdict.more_needed == verdict.needed_per_arm - 20  # type: ignore[operator]


def _z_test_power(p1: float, p2: float, n: int) -> float:
    # Power of the two-sided pooled z-test for two proportions, n per group (Fleiss).
    z_alpha = stats.norm.ppf(0.975)
    mean = (p1 + p2) / 2
    spread = math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    shift = abs(p1 - p2) * math.sqrt(n) - z_alpha * math.sqrt(2 * mean * (1 - mean))
    return float(stats.norm.cdf(shift / spread))


@pytest.mark.parametrize(
    ("p1", "p2"), [(0.10, 0.30), (0.50, 0.65), (0.20, 0.40), (0.0, 0.2), (0.05, 0.08)]
)
def test_it_finds_the_smallest_size_reaching_the_power(p1: float, p2: float) -> None:
    n = needed_per_arm(p1, p2, alpha=0.05, power=0.8)
    assert n is not None
    assert _z_test_power(p1, p2, n) >= 0.8 > _z_test_power(p1, p2, n - 1)
    assert needed_per_arm(p2, p1, alpha=0.05, power=0.8) == n


def test_it_matches_the_usual_textbook_sample_size() -> None:
    # 10% vs 30%, alpha 5%, power 80%: 62 per group in the uncorrected Fleiss formula.
    assert needed_per_arm(0.10, 0.30, alpha=0.05, power=0.8) == 62


def test_it_needs_no_sample_size_for_equal_rates() -> None:
    assert needed_per_arm(0.3, 0.3, alpha=0.05, power=0.8) is None


@st.composite
def arm(draw: st.DrawFn) -> tuple[int, int]:
    trials = draw(st.integers(0, 120))
    return draw(st.integers(0, trials)), trials


@given(arm(), arm())
def test_it_mirrors_the_verdict_when_baseline_and_trial_swap(
    first: tuple[int, int], second: tuple[int, int]
) -> None:
    forward, backward = compare(first, second), compare(second, first)
    assert backward.outcome == MIRROR[forward.outcome]
    assert forward.p_value == backward.p_value
    assert math.isclose(
        forward.probability_trial_better + backward.probability_trial_better, 1.0, abs_tol=1e-9
    )
    assert forward.more_needed == backward.more_needed
    for conversion in (forward.baseline, forward.trial):
        if conversion.rate is not None:
            assert 0.0 <= conversion.low <= conversion.rate <= conversion.high <= 1.0


def _period(name: str, start: int, end: int | None) -> ExperimentPeriod:
    return ExperimentPeriod(
        name, date(2026, 3, start), date(2026, 3, end) if end is not None else None
    )


@pytest.mark.parametrize(
    ("periods", "expected"),
    [
        ([], []),
        ([("a", 1, 14)], []),
        ([("a", 1, 14), ("b", 15, 28)], []),
        ([("a", 1, 14), ("b", 14, 28)], [("a", "b", 14, 14)]),
        ([("b", 10, 20), ("a", 1, 14)], [("a", "b", 10, 14)]),
        ([("a", 1, 30), ("b", 5, 8), ("c", 20, 25)], [("a", "b", 5, 8), ("a", "c", 20, 25)]),
        ([("a", 1, None), ("b", 20, 25)], [("a", "b", 20, 25)]),
        ([("a", 1, None), ("b", 20, None)], [("a", "b", 20, None)]),
    ],
)
def test_it_flags_experiments_that_run_at_the_same_time(
    periods: list[tuple[str, int, int | None]],
    expected: list[tuple[str, str, int, int | None]],
) -> None:
    found = overlapping([_period(*p) for p in periods])
    got = [(o.first, o.second, o.start.day, o.end.day if o.end else None) for o in found]
    assert got == expected


def test_it_rejects_an_experiment_that_ends_before_it_starts() -> None:
    with pytest.raises(ValueError, match="ends before"):
        _period("a", 10, 3)
