"""Sweet spot (C1.3): which sectors, company sizes, levels or channels convert best.

Raw rates rank tiny segments first (1 reply out of 1 application "beats" 8 out of 20), so each
segment's rate is shrunk towards its dimension's pooled rate by an empirical-Bayes beta prior:
shrunk = (successes + alpha) / (trials + alpha + beta). Segments with few applications move a
lot, well-measured ones barely.

1/1 therefore ranks below 8/20 whenever the dimension's pooled rate is under about 37%, the
usual case for replies, interviews and offers. Above that, 8/20 is itself below average and
the tiny segment, pulled most of the way to the average, may legitimately sit just above it; it is
still flagged `small_sample`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rebond.method.funnel.settings import SweetSpotSettings, funnel_settings
from rebond.method.funnel.stats import beta_quantile, check_counts
from rebond.method.text.language import Lang


@dataclass(frozen=True)
class Segment:
    """Counts for one value of one dimension, e.g. ("sector", "health", 3, 11)."""

    dimension: str
    value: str
    successes: int
    trials: int

    def __post_init__(self) -> None:
        check_counts(self.successes, self.trials)


@dataclass(frozen=True)
class BetaPrior:
    """Beta(alpha, beta) fitted on one dimension; `strength` = alpha + beta pseudo-trials."""

    alpha: float
    beta: float

    @property
    def mean(self) -> float:
        return self.alpha / (self.alpha + self.beta)

    @property
    def strength(self) -> float:
        return self.alpha + self.beta


@dataclass(frozen=True)
class SegmentScore:
    """A segment's raw and shrunk rates, its 95% posterior interval and rank (1 = best)."""

    dimension: str
    value: str
    successes: int
    trials: int
    raw_rate: float | None
    shrunk_rate: float
    low: float
    high: float
    prior: BetaPrior
    rank: int
    small_sample: bool


def fit_prior(segments: list[Segment], settings: SweetSpotSettings) -> BetaPrior:
    """Beta prior for one dimension: pooled mean, strength from the between-segment spread.

    The strength alpha + beta equals 1/rho - 1, where rho is the intraclass correlation of
    the beta-binomial model, estimated by the one-way ANOVA method of moments. No evidence
    of real differences (rho <= 0, or fewer than two segments) gives the maximum strength;
    the strength is always bounded by the playbook's `[funnel.sweet_spot]` limits. The mean
    adds half a success and half a failure, so a dimension with no success at all still
    gets a proper prior.
    """
    measured = [s for s in segments if s.trials > 0]
    total = sum(s.trials for s in measured)
    successes = sum(s.successes for s in measured)
    mean = (successes + 0.5) / (total + 1)
    strength = settings.max_prior_strength
    groups = len(measured)
    if groups >= 2 and total > groups:
        pooled = successes / total
        between = sum(s.trials * (s.successes / s.trials - pooled) ** 2 for s in measured)
        between /= groups - 1
        within = sum(s.successes * (1 - s.successes / s.trials) for s in measured)
        within /= total - groups
        typical_size = (total - sum(s.trials**2 for s in measured) / total) / (groups - 1)
        denominator = between + (typical_size - 1) * within
        if denominator > 0 and between > within:
            rho = (between - within) / denominator
            strength = 1 / rho - 1
    strength = min(settings.max_prior_strength, max(settings.min_prior_strength, strength))
    return BetaPrior(mean * strength, (1 - mean) * strength)


def sweet_spot(segments: Iterable[Segment], lang: Lang = "en") -> list[SegmentScore]:
    """Rank segments by their shrunk conversion, best first within each dimension.

    Dimensions keep the order in which they first appear; ties are broken by the larger
    number of applications. `lang` only selects the playbook (numbers are the same).

    >>> scores = sweet_spot([Segment("sector", "retail", 1, 1),
    ...                      Segment("sector", "health", 8, 20),
    ...                      Segment("sector", "banking", 2, 25)])
    >>> [(s.value, s.rank, round(s.shrunk_rate, 2)) for s in scores]
    [('health', 1, 0.35), ('retail', 2, 0.31), ('banking', 3, 0.13)]
    """
    settings = funnel_settings(lang).sweet_spot
    by_dimension: dict[str, list[Segment]] = {}
    for segment in segments:
        by_dimension.setdefault(segment.dimension, []).append(segment)
    scores: list[SegmentScore] = []
    for members in by_dimension.values():
        prior = fit_prior(members, settings)
        ranked = sorted(
            members,
            key=lambda s: (-(s.successes + prior.alpha) / (s.trials + prior.strength), -s.trials),
        )
        for rank, segment in enumerate(ranked, start=1):
            scores.append(_score(segment, prior, rank, settings))
    return scores


def _score(
    segment: Segment, prior: BetaPrior, rank: int, settings: SweetSpotSettings
) -> SegmentScore:
    a = segment.successes + prior.alpha
    b = segment.trials - segment.successes + prior.beta
    return SegmentScore(
        dimension=segment.dimension,
        value=segment.value,
        successes=segment.successes,
        trials=segment.trials,
        raw_rate=segment.successes / segment.trials if segment.trials else None,
        shrunk_rate=a / (a + b),
        low=beta_quantile(0.025, a, b),
        high=beta_quantile(0.975, a, b),
        prior=prior,
        rank=rank,
        small_sample=segment.trials < settings.min_trials,
    )
