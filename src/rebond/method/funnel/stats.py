"""Small exact statistics for conversion counts: intervals, Fisher's test, beta posteriors.

Everything here is deterministic and uses only the standard library (no random sampling), so
the same counts always give the same figures on every machine. SciPy is used only by the tests,
to check these functions against a reference implementation.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from statistics import NormalDist
from typing import Literal

IntervalMethod = Literal["wilson", "jeffreys"]
CONFIDENCE = 0.95


@dataclass(frozen=True)
class Conversion:
    """`successes` out of `trials`, the observed rate (None without trials) and a 95% interval."""

    successes: int
    trials: int
    rate: float | None
    low: float
    high: float
    method: IntervalMethod

    @property
    def width(self) -> float:
        return self.high - self.low


def check_counts(successes: int, trials: int) -> None:
    """Raise ValueError unless 0 <= successes <= trials (both integers)."""
    if isinstance(successes, bool) or isinstance(trials, bool):
        raise ValueError("counts must be integers, not booleans")
    if not (isinstance(successes, int) and isinstance(trials, int)):
        raise ValueError(f"counts must be integers: {successes!r}, {trials!r}")
    if not 0 <= successes <= trials:
        raise ValueError(f"need 0 <= successes <= trials, got {successes}/{trials}")


def _z(confidence: float) -> float:
    return NormalDist().inv_cdf(0.5 + confidence / 2)


def wilson_interval(successes: int, trials: int, confidence: float = CONFIDENCE) -> Conversion:
    """Wilson score interval: well-behaved for small counts and for rates near 0 or 1.

    >>> c = wilson_interval(8, 20)
    >>> round(c.rate, 2), round(c.low, 3), round(c.high, 3)
    (0.4, 0.219, 0.613)
    """
    check_counts(successes, trials)
    if trials == 0:
        return Conversion(successes, trials, None, 0.0, 1.0, "wilson")
    z = _z(confidence)
    rate = successes / trials
    denominator = 1 + z * z / trials
    centre = (rate + z * z / (2 * trials)) / denominator
    half = z / denominator * math.sqrt(rate * (1 - rate) / trials + z * z / (4 * trials**2))
    # At 0/n and n/n the bounds are exactly 0 and 1; rounding must not push them past the rate.
    low = 0.0 if successes == 0 else min(rate, max(0.0, centre - half))
    high = 1.0 if successes == trials else max(rate, min(1.0, centre + half))
    return Conversion(successes, trials, rate, low, high, "wilson")


def jeffreys_interval(successes: int, trials: int, confidence: float = CONFIDENCE) -> Conversion:
    """Equal-tailed interval of the Beta(k + 1/2, n - k + 1/2) posterior (Jeffreys prior).

    By the usual convention the lower bound is 0 when k = 0 and the upper bound 1 when k = n.

    >>> c = jeffreys_interval(8, 20)
    >>> round(c.low, 3), round(c.high, 3)
    (0.211, 0.616)
    """
    check_counts(successes, trials)
    tail = (1 - confidence) / 2
    a, b = successes + 0.5, trials - successes + 0.5
    rate = successes / trials if trials else None
    low = 0.0 if successes == 0 else beta_quantile(tail, a, b)
    high = 1.0 if successes == trials else beta_quantile(1 - tail, a, b)
    if rate is not None:
        low, high = min(low, rate), max(high, rate)
    return Conversion(successes, trials, rate, low, high, "jeffreys")


def interval(
    successes: int, trials: int, method: IntervalMethod = "wilson", confidence: float = CONFIDENCE
) -> Conversion:
    """The 95% interval of a conversion by the chosen method ("wilson" or "jeffreys")."""
    if method == "wilson":
        return wilson_interval(successes, trials, confidence)
    if method == "jeffreys":
        return jeffreys_interval(successes, trials, confidence)
    raise ValueError(f"unknown interval method: {method!r}")


def log_beta(a: float, b: float) -> float:
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def _beta_continued_fraction(x: float, a: float, b: float) -> float:
    # Lentz's method for the continued fraction of the incomplete beta function.
    tiny, eps = 1e-300, 1e-15
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 500):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= c * d
        if abs(c * d - 1.0) < eps:
            break
    return result


def beta_cdf(x: float, a: float, b: float) -> float:
    """Regularised incomplete beta I_x(a, b): P(X <= x) for X ~ Beta(a, b).

    >>> round(beta_cdf(0.5, 2, 2), 6)
    0.5
    """
    if a <= 0 or b <= 0:
        raise ValueError("beta parameters must be positive")
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = a * math.log(x) + b * math.log1p(-x) - log_beta(a, b)
    # The continued fraction converges fast only on one side of the mean; use symmetry.
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _beta_continued_fraction(x, a, b) / a
    return 1.0 - math.exp(log_front) * _beta_continued_fraction(1 - x, b, a) / b


def beta_quantile(q: float, a: float, b: float) -> float:
    """Inverse of `beta_cdf`: Newton steps, kept inside a shrinking bisection bracket.

    The bracket guarantees convergence; Newton makes it take a handful of steps.

    >>> round(beta_quantile(0.5, 3, 3), 6)
    0.5
    """
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"quantile level out of [0, 1]: {q}")
    if q in (0.0, 1.0):
        return q
    low, high = 0.0, 1.0
    x = a / (a + b)
    norm = log_beta(a, b)
    for _ in range(200):
        gap = beta_cdf(x, a, b) - q
        if gap < 0:
            low = x
        else:
            high = x
        if abs(gap) < 1e-15 or high - low < 1e-15:
            break
        density = math.exp((a - 1) * math.log(x) + (b - 1) * math.log1p(-x) - norm)
        step = x - gap / density if density > 0 else -1.0
        x = step if low < step < high else (low + high) / 2
    return x


def fisher_exact(baseline: tuple[int, int], trial: tuple[int, int]) -> float:
    """Two-sided p-value of Fisher's exact test on (successes, trials) of two groups.

    Computed with exact integers: the p-value sums the hypergeometric probabilities of every
    table with the same margins that is no more likely than the observed one (the same
    definition as `scipy.stats.fisher_exact`), so it is symmetric in its two arguments.

    >>> round(fisher_exact((1, 10), (8, 10)), 5)
    0.00548
    """
    for successes, trials in (baseline, trial):
        check_counts(successes, trials)
    (s_base, n_base), (s_trial, n_trial) = baseline, trial
    total_successes = s_base + s_trial
    if n_base == 0 or n_trial == 0 or total_successes in (0, n_base + n_trial):
        return 1.0

    def weight(x: int) -> int:
        # Numerator of P(baseline has x successes | margins); the denominator is shared.
        return math.comb(n_base, x) * math.comb(n_trial, total_successes - x)

    observed = weight(s_base)
    support = range(max(0, total_successes - n_trial), min(total_successes, n_base) + 1)
    extreme = sum(w for w in map(weight, support) if w <= observed)
    return float(Fraction(extreme, math.comb(n_base + n_trial, total_successes)))


def probability_trial_beats(baseline: tuple[int, int], trial: tuple[int, int]) -> float:
    """P(trial rate > baseline rate) under independent Beta(1 + s, 1 + n - s) posteriors.

    Uniform priors keep the posterior parameters whole numbers, which allows an exact finite
    sum (Evan Miller's closed form) instead of sampling: the result is deterministic.

    >>> round(probability_trial_beats((5, 10), (5, 10)), 6)
    0.5
    >>> round(probability_trial_beats((1, 10), (8, 10)), 3)
    0.999
    """
    for successes, trials in (baseline, trial):
        check_counts(successes, trials)
    a_base, b_base = 1 + baseline[0], 1 + baseline[1] - baseline[0]
    a_trial, b_trial = 1 + trial[0], 1 + trial[1] - trial[0]
    # Sum over the shorter of the two equivalent expansions to keep the loop small.
    if a_trial > a_base:
        return 1.0 - _prob_second_beats(a_trial, b_trial, a_base, b_base)
    return _prob_second_beats(a_base, b_base, a_trial, b_trial)


def _prob_second_beats(a_1: int, b_1: int, a_2: int, b_2: int) -> float:
    # P(X2 > X1) for X1 ~ Beta(a_1, b_1), X2 ~ Beta(a_2, b_2); a_2 terms, all positive.
    total = 0.0
    base = log_beta(a_1, b_1)
    for i in range(a_2):
        total += math.exp(
            log_beta(a_1 + i, b_1 + b_2) - math.log(b_2 + i) - log_beta(1 + i, b_2) - base
        )
    return min(1.0, max(0.0, total))
