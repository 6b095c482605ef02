"""The search funnel (C1.2): sent -> answered -> interviewed -> offered, and its bottleneck.

Each application counts at the FURTHEST stage it reached, not at its current status: an
application rejected after a second interview still counts as interviewed. Rejected, withdrawn
and no answer are outcomes, not progress, so they never move an application forward.

A step counts the applications whose furthest stage is at least:
sent = applied, answered = screening (the recruiter moved it forward; a plain rejection
letter is an outcome, not an answer that progresses), interviewed = interview_1, offered = offer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from rebond.method import stages
from rebond.method.funnel.settings import (
    CONVERSION_STEPS,
    FunnelSettings,
    format_percent,
    funnel_settings,
)
from rebond.method.funnel.stats import Conversion, IntervalMethod, interval
from rebond.method.text.language import Lang

# The progress stages, in order: their names come from the one stage vocabulary.
STAGE_NAMES = stages.PROGRESS
_STEP_THRESHOLD = {
    "sent": stages.rank(stages.APPLIED),
    "answered": stages.rank(stages.SCREENING),
    "interviewed": stages.rank(stages.INTERVIEW_1),
    "offered": stages.rank(stages.OFFER),
}


def stage_rank(name: str) -> int | None:
    """Position of a progress stage (0 = applied … 6 = offer); None for an outcome.

    >>> stage_rank("interview_2"), stage_rank("rejected")
    (3, None)
    """
    position = stages.rank(name)
    return None if position < 0 else position


def furthest_stage(stage_names: Iterable[str]) -> str:
    """The furthest progress stage in an application's stage history.

    An application exists because it was sent, so a history holding only outcomes (or
    nothing) gives "applied". Unknown names raise ValueError.

    >>> furthest_stage(["applied", "screening", "interview_1", "rejected"])
    'interview_1'
    >>> furthest_stage(["no_answer"])
    'applied'
    """
    ranks = [rank for rank in map(stage_rank, stage_names) if rank is not None]
    return STAGE_NAMES[max(ranks, default=0)]


@dataclass(frozen=True)
class FunnelCounts:
    """Applications that reached at least each step; never increasing along the funnel."""

    sent: int
    answered: int
    interviewed: int
    offered: int

    def __post_init__(self) -> None:
        values = (self.sent, self.answered, self.interviewed, self.offered)
        if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in values):
            raise ValueError(f"funnel counts must be non-negative integers: {values}")
        if list(values) != sorted(values, reverse=True):
            raise ValueError(f"funnel counts must not increase from one step to the next: {values}")

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.sent, self.answered, self.interviewed, self.offered)


def funnel_counts(rows: Iterable[tuple[str, int]]) -> FunnelCounts:
    """Cumulative step counts from (furthest stage, number of applications) rows.

    The rows are what a database GROUP BY on the furthest stage returns; a stage may repeat.
    An outcome name (rejected, …) counts as "applied", like in `furthest_stage`.

    >>> funnel_counts([("applied", 6), ("screening", 2), ("interview_2", 1), ("offer", 1)])
    FunnelCounts(sent=10, answered=4, interviewed=2, offered=1)
    """
    per_rank = [0] * len(STAGE_NAMES)
    for stage, count in rows:
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"count for {stage!r} must be a non-negative integer")
        per_rank[stage_rank(stage) or 0] += count

    def reached(threshold: int) -> int:
        return sum(per_rank[threshold:])

    return FunnelCounts(*(reached(_STEP_THRESHOLD[step]) for step in _STEP_THRESHOLD))


@dataclass(frozen=True)
class FunnelStep:
    """One step: its count and, after the first step, the conversion from the previous one."""

    name: str
    count: int
    conversion: Conversion | None
    small_sample: bool


@dataclass(frozen=True)
class Funnel:
    steps: tuple[FunnelStep, ...]
    overall: Conversion
    method: IntervalMethod

    def step(self, name: str) -> FunnelStep:
        for step in self.steps:
            if step.name == name:
                return step
        raise KeyError(name)


def is_small_sample(conversion: Conversion, settings: FunnelSettings) -> bool:
    """True when a conversion cannot support a conclusion.

    Rule: fewer than `[funnel] min_trials` applications at the previous step, or a 95%
    interval wider than `[funnel] max_interval_width` (the counts leave the rate too vague).
    Both thresholds live in the playbook.
    """
    return conversion.trials < settings.min_trials or conversion.width > settings.max_interval_width


def funnel(counts: FunnelCounts, method: IntervalMethod = "wilson", lang: Lang = "en") -> Funnel:
    """Each step's count and its conversion from the previous step, with a 95% interval.

    `method` is "wilson" (score interval) or "jeffreys" (Beta posterior with the Jeffreys
    prior). `lang` only selects the playbook whose thresholds apply (numbers are the same).

    >>> f = funnel(FunnelCounts(40, 10, 4, 1))
    >>> [(s.name, s.count, s.small_sample) for s in f.steps]
    [('sent', 40, False), ('answered', 10, False), ('interviewed', 4, True), ('offered', 1, True)]
    >>> round(f.step("answered").conversion.rate, 2)
    0.25
    """
    settings = funnel_settings(lang)
    values = counts.as_tuple()
    steps = [FunnelStep("sent", counts.sent, None, counts.sent < settings.min_trials)]
    for index, name in enumerate(CONVERSION_STEPS, start=1):
        conversion = interval(values[index], values[index - 1], method)
        steps.append(
            FunnelStep(name, values[index], conversion, is_small_sample(conversion, settings))
        )
    return Funnel(tuple(steps), interval(counts.offered, counts.sent, method), method)


@dataclass(frozen=True)
class Bottleneck:
    """The weakest step (kind "step"), no weak step ("none"), or "not_enough_data"."""

    kind: Literal["step", "none", "not_enough_data"]
    step: str | None
    conversion: Conversion | None
    reference_rate: float | None
    sentence: str


def bottleneck(data: Funnel, lang: Lang) -> Bottleneck:
    """Name the weakest step of the funnel in a plain sentence (playbook wording).

    Only steps whose counts support a conclusion are judged. Among them, the weakest is the
    one whose rate falls furthest below its playbook reference rate (rates of different
    steps are not comparable directly: offers are always rarer than replies). When no judged
    step falls below its reference, the answer is "none" if every step could be judged and
    "not_enough_data" otherwise.

    >>> b = bottleneck(funnel(FunnelCounts(60, 20, 3, 1)), "en")
    >>> b.kind, b.step
    ('step', 'interviewed')
    """
    settings = funnel_settings(lang)
    judged = [s for s in data.steps if s.conversion is not None and not s.small_sample]
    if not judged:
        return Bottleneck(
            "not_enough_data", None, None, None, settings.bottleneck["not_enough_data"]
        )

    def ratio(step: FunnelStep) -> float:
        assert step.conversion is not None and step.conversion.rate is not None
        return step.conversion.rate / settings.reference_rates[step.name]

    weakest = min(judged, key=ratio)
    if ratio(weakest) >= 1.0:
        # "No weak step" is only claimed once every step could be judged.
        kind: Literal["none", "not_enough_data"] = (
            "none" if len(judged) == len(CONVERSION_STEPS) else "not_enough_data"
        )
        return Bottleneck(kind, None, None, None, settings.bottleneck[kind])
    conversion = weakest.conversion
    assert conversion is not None and conversion.rate is not None
    reference = settings.reference_rates[weakest.name]
    sentence = settings.bottleneck[weakest.name].format(
        percent=format_percent(conversion.rate, lang),
        reference=format_percent(reference, lang),
    )
    return Bottleneck("step", weakest.name, conversion, reference, sentence)
