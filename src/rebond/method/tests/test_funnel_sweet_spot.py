"""Sweet spot ranking (C1.3): empirical-Bayes shrinkage keeps tiny segments honest."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rebond.method.funnel.settings import funnel_settings
from rebond.method.funnel.sweet_spot import Segment, fit_prior, sweet_spot


@pytest.mark.parametrize(
    "others",
    [
        [("banking", 2, 25)],
        [("banking", 2, 25), ("retail", 5, 40)],
        [("banking", 0, 30), ("retail", 3, 30), ("energy", 6, 30)],
        # very different segments: the prior is at its weakest allowed strength
        [("banking", 0, 60), ("energy", 30, 60)],
    ],
)
def test_it_does_not_let_one_out_of_one_outrank_eight_out_of_twenty(
    others: list[tuple[str, int, int]],
) -> None:
    segments = [Segment("sector", "tiny", 1, 1), Segment("sector", "solid", 8, 20)]
    segments += [Segment("sector", *other) for other in others]
    ranks = {score.value: score.rank for score in sweet_spot(segments)}
    assert ranks["solid"] < ranks["tiny"]


def test_it_pulls_a_lone_tiny_segment_to_the_pooled_rate() -> None:
    # With only 1/1 and 8/20 the pooled rate is ~43%: 8/20 is itself below average, and the
    # tiny segment, pulled most of the way to the average, may sit just above it. It is
    # not ranked on its raw 100% and is flagged as a small sample.
    scores = {
        s.value: s for s in sweet_spot([Segment("d", "tiny", 1, 1), Segment("d", "solid", 8, 20)])
    }
    tiny = scores["tiny"]
    assert tiny.small_sample and not scores["solid"].small_sample
    assert tiny.shrunk_rate < 0.5
    assert abs(tiny.shrunk_rate - tiny.prior.mean) < 0.1
    assert tiny.high - tiny.low > scores["solid"].high - scores["solid"].low


def test_it_exposes_the_prior_and_the_shrunk_value() -> None:
    scores = sweet_spot([Segment("size", "startup", 4, 10), Segment("size", "large", 2, 30)])
    prior = scores[0].prior
    assert all(score.prior == prior for score in scores)
    assert prior.mean == pytest.approx((6 + 0.5) / (40 + 1))
    for score in scores:
        expected = (score.successes + prior.alpha) / (score.trials + prior.strength)
        assert score.shrunk_rate == pytest.approx(expected)
        assert score.low < score.shrunk_rate < score.high


def test_it_fits_one_prior_per_dimension_and_keeps_their_order() -> None:
    scores = sweet_spot(
        [
            Segment("channel", "referral", 6, 10),
            Segment("level", "senior", 1, 20),
            Segment("channel", "job_board", 3, 60),
            Segment("level", "mid", 6, 20),
        ]
    )
    assert [(s.dimension, s.value, s.rank) for s in scores] == [
        ("channel", "referral", 1),
        ("channel", "job_board", 2),
        ("level", "mid", 1),
        ("level", "senior", 2),
    ]
    assert scores[0].prior != scores[2].prior


@pytest.mark.parametrize(
    ("segments", "strength"),
    [
        # identical rates: no evidence of differences -> strongest shrinkage
        ([(5, 50), (5, 50), (5, 50)], 100),
        # a single segment cannot tell differences apart
        ([(3, 10)], 100),
        # no success anywhere: still a proper prior
        ([(0, 10), (0, 20)], 100),
        # wildly different rates: weakest shrinkage allowed
        ([(0, 100), (50, 100)], 10),
    ],
)
def test_it_bounds_the_prior_strength(segments: list[tuple[int, int]], strength: float) -> None:
    settings = funnel_settings("en").sweet_spot
    prior = fit_prior([Segment("d", str(i), s, n) for i, (s, n) in enumerate(segments)], settings)
    assert prior.strength == pytest.approx(strength)
    assert prior.alpha > 0 and prior.beta > 0


def test_it_estimates_an_intermediate_strength_from_moderate_spread() -> None:
    settings = funnel_settings("en").sweet_spot
    segments = [Segment("d", "a", 5, 50), Segment("d", "b", 15, 50), Segment("d", "c", 10, 50)]
    strength = fit_prior(segments, settings).strength
    assert settings.min_prior_strength < strength < settings.max_prior_strength


def test_it_flags_segments_with_few_applications_and_handles_empty_ones() -> None:
    scores = {s.value: s for s in sweet_spot([Segment("d", "a", 0, 0), Segment("d", "b", 4, 30)])}
    assert scores["a"].raw_rate is None and scores["a"].small_sample
    assert scores["a"].shrunk_rate == pytest.approx(scores["a"].prior.mean)
    assert not scores["b"].small_sample


def test_it_returns_nothing_for_no_segments() -> None:
    assert sweet_spot([]) == []


@st.composite
def segment_lists(draw: st.DrawFn) -> list[Segment]:
    size = draw(st.integers(1, 6))
    segments = []
    for index in range(size):
        trials = draw(st.integers(0, 80))
        segments.append(Segment("d", str(index), draw(st.integers(0, trials)), trials))
    return segments


@given(segment_lists())
def test_it_shrinks_every_rate_between_the_raw_rate_and_the_prior_mean(
    segments: list[Segment],
) -> None:
    scores = sweet_spot(segments)
    assert sorted(s.rank for s in scores) == list(range(1, len(segments) + 1))
    shrunk = [s.shrunk_rate for s in sorted(scores, key=lambda s: s.rank)]
    assert shrunk == sorted(shrunk, reverse=True)
    for score in scores:
        assert 0.0 <= score.low <= score.shrunk_rate <= score.high <= 1.0
        if score.raw_rate is not None:
            low, high = sorted((score.raw_rate, score.prior.mean))
            assert low - 1e-12 <= score.shrunk_rate <= high + 1e-12
