"""funnel_stats against SciPy (reference only in tests), plus invariants by hypothesis."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import integrate, stats

from rebond.method.funnel.stats import (
    beta_cdf,
    beta_quantile,
    fisher_exact,
    interval,
    jeffreys_interval,
    probability_trial_beats,
    wilson_interval,
)

COUNTS = [(0, 0), (0, 1), (1, 1), (0, 5), (5, 5), (1, 3), (2, 7), (8, 20), (1, 50), (49, 50)]
COUNTS += [(13, 130), (250, 1000), (3, 400)]


@st.composite
def counts(draw: st.DrawFn, max_trials: int = 300) -> tuple[int, int]:
    trials = draw(st.integers(0, max_trials))
    return draw(st.integers(0, trials)), trials


@pytest.mark.parametrize(("successes", "trials"), [c for c in COUNTS if c[1] > 0])
def test_it_matches_scipy_wilson_interval(successes: int, trials: int) -> None:
    expected = stats.binomtest(successes, trials).proportion_ci(0.95, method="wilson")
    got = wilson_interval(successes, trials)
    assert got.low == pytest.approx(expected.low, abs=1e-12)
    assert got.high == pytest.approx(expected.high, abs=1e-12)


@pytest.mark.parametrize(("successes", "trials"), [c for c in COUNTS if c[1] > 0])
def test_it_matches_scipy_jeffreys_interval(successes: int, trials: int) -> None:
    posterior = stats.beta(successes + 0.5, trials - successes + 0.5)
    low = 0.0 if successes == 0 else posterior.ppf(0.025)
    high = 1.0 if successes == trials else posterior.ppf(0.975)
    got = jeffreys_interval(successes, trials)
    assert got.low == pytest.approx(low, abs=1e-9)
    assert got.high == pytest.approx(high, abs=1e-9)


@pytest.mark.parametrize("method", ["wilson", "jeffreys"])
def test_it_gives_the_whole_unit_interval_and_no_rate_without_trials(method: str) -> None:
    got = interval(0, 0, method)  # type: ignore[arg-type]
    assert (got.rate, got.low, got.high) == (None, 0.0, 1.0)


@pytest.mark.parametrize(("successes", "trials"), [(-1, 3), (4, 3), (1, -2), (True, 3), (1.0, 3)])
def test_it_rejects_impossible_counts(successes: int, trials: int) -> None:
    with pytest.raises(ValueError):
        wilson_interval(successes, trials)


def test_it_rejects_an_unknown_interval_method() -> None:
    with pytest.raises(ValueError, match="unknown interval method"):
        interval(1, 2, "agresti")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("x", "a", "b"),
    [
        (0.3, 0.5, 200.5),
        (0.01, 0.5, 0.5),
        (0.5, 2, 2),
        (0.9, 30, 4),
        (0.2, 1, 1),
        (0.75, 8.5, 12.5),
    ],
)
def test_it_matches_scipy_beta_cdf_and_quantile(x: float, a: float, b: float) -> None:
    assert beta_cdf(x, a, b) == pytest.approx(stats.beta.cdf(x, a, b), abs=1e-12)
    level = stats.beta.cdf(x, a, b)
    if 1e-9 < level < 1 - 1e-9:
        assert beta_quantile(level, a, b) == pytest.approx(x, abs=1e-9)


TABLES = [
    ((1, 10), (8, 10)),
    ((0, 5), (0, 5)),
    ((0, 5), (5, 5)),
    ((0, 1), (1, 1)),
    ((0, 0), (3, 4)),
    ((3, 20), (5, 20)),
    ((4, 40), (12, 40)),
    ((7, 12), (2, 30)),
    ((40, 200), (61, 210)),
    ((0, 30), (4, 31)),
]


@pytest.mark.parametrize(("baseline", "trial"), TABLES)
def test_it_matches_scipy_fisher_exact(baseline: tuple[int, int], trial: tuple[int, int]) -> None:
    table = [[baseline[0], baseline[1] - baseline[0]], [trial[0], trial[1] - trial[0]]]
    expected = stats.fisher_exact(table, alternative="two-sided").pvalue
    assert fisher_exact(baseline, trial) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def _probability_by_integration(baseline: tuple[int, int], trial: tuple[int, int]) -> float:
    base = stats.beta(1 + baseline[0], 1 + baseline[1] - baseline[0])
    tried = stats.beta(1 + trial[0], 1 + trial[1] - trial[0])
    value, _ = integrate.quad(lambda x: tried.pdf(x) * base.cdf(x), 0, 1, epsabs=1e-12, limit=200)
    return float(value)


@pytest.mark.parametrize(("baseline", "trial"), TABLES)
def test_it_matches_a_numerical_integration_of_beta_posteriors(
    baseline: tuple[int, int], trial: tuple[int, int]
) -> None:
    expected = _probability_by_integration(baseline, trial)
    assert probability_trial_beats(baseline, trial) == pytest.approx(expected, abs=1e-7)


@given(counts())
def test_it_keeps_rates_and_bounds_in_the_unit_interval_around_the_estimate(
    pair: tuple[int, int],
) -> None:
    for got in (wilson_interval(*pair), jeffreys_interval(*pair)):
        assert 0.0 <= got.low <= got.high <= 1.0
        if got.rate is not None:
            assert got.low <= got.rate <= got.high


@given(counts(), counts())
def test_it_gives_symmetric_fisher_and_complementary_probabilities(
    first: tuple[int, int], second: tuple[int, int]
) -> None:
    p_value = fisher_exact(first, second)
    assert 0.0 <= p_value <= 1.0
    assert p_value == fisher_exact(second, first)
    forward, backward = (
        probability_trial_beats(first, second),
        probability_trial_beats(second, first),
    )
    assert 0.0 <= forward <= 1.0
    assert math.isclose(forward + backward, 1.0, abs_tol=1e-9)
