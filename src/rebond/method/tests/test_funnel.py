"""Funnel steps, furthest stage, small-sample flags, bottleneck wording, playbook data."""

from __future__ import annotations

from typing import Any

import pytest

from rebond.method import playbook
from rebond.method.funnel import (
    FunnelCounts,
    bottleneck,
    funnel,
    funnel_counts,
    furthest_stage,
    stage_rank,
)
from rebond.method.funnel.settings import funnel_settings


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        (["applied"], "applied"),
        ([], "applied"),
        (["rejected"], "applied"),
        (["no_answer", "withdrawn"], "applied"),
        (["applied", "screening", "rejected"], "screening"),
        (["applied", "screening", "interview_1", "interview_2", "rejected"], "interview_2"),
        # Order does not matter: an out-of-order history still gives the furthest stage.
        (["final", "applied", "interview_3"], "final"),
        (["interview_1", "offer", "withdrawn"], "offer"),
    ],
)
def test_it_finds_the_furthest_stage_not_the_last_status(history: list[str], expected: str) -> None:
    assert furthest_stage(history) == expected


@pytest.mark.parametrize("name", ["hired", "", "Interview-1", "interview_4"])
def test_it_rejects_unknown_stage_names(name: str) -> None:
    with pytest.raises(ValueError, match="unknown stage"):
        stage_rank(name)


def test_it_orders_progress_stages_and_leaves_outcomes_unranked() -> None:
    names = ["applied", "screening", "interview_1", "interview_2", "interview_3", "final", "offer"]
    assert [stage_rank(n) for n in names] == list(range(7))
    assert {stage_rank(n) for n in ("rejected", "withdrawn", "no_answer")} == {None}


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], (0, 0, 0, 0)),
        ([("applied", 10)], (10, 0, 0, 0)),
        ([("applied", 6), ("screening", 2), ("interview_2", 1), ("offer", 1)], (10, 4, 2, 1)),
        ([("final", 3), ("final", 2), ("rejected", 4)], (9, 5, 5, 0)),
        ([("interview_1", 1), ("interview_3", 1), ("screening", 0)], (2, 2, 2, 0)),
    ],
)
def test_it_counts_each_step_cumulatively(
    rows: list[tuple[str, int]], expected: tuple[int, ...]
) -> None:
    assert funnel_counts(rows).as_tuple() == expected


@pytest.mark.parametrize("rows", [[("applied", -1)], [("applied", 2.0)], [("nope", 1)]])
def test_it_rejects_bad_rows(rows: list[tuple[str, Any]]) -> None:
    with pytest.raises(ValueError):
        funnel_counts(rows)


@pytest.mark.parametrize("values", [(3, 4, 0, 0), (10, 5, 6, 1), (5, 2, 1, -1)])
def test_it_rejects_counts_that_grow_along_the_funnel(values: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValueError):
        FunnelCounts(*values)


@pytest.mark.parametrize(
    ("values", "small"),
    [
        # fewer than 10 at the previous step -> small
        ((8, 3, 1, 0), (True, True, True, True)),
        # 5 out of 10: the interval spans ~24%-76%, too wide to conclude
        ((10, 5, 2, 0), (False, True, True, True)),
        ((40, 10, 4, 1), (False, False, True, True)),
        ((200, 60, 30, 10), (False, False, False, False)),
    ],
)
def test_it_flags_steps_whose_counts_cannot_support_a_conclusion(
    values: tuple[int, int, int, int], small: tuple[bool, ...]
) -> None:
    result = funnel(FunnelCounts(*values))
    assert tuple(step.small_sample for step in result.steps) == small


@pytest.mark.parametrize("method", ["wilson", "jeffreys"])
def test_it_gives_each_conversion_from_the_previous_step(method: str) -> None:
    result = funnel(FunnelCounts(50, 20, 5, 1), method=method)  # type: ignore[arg-type]
    rates = [s.conversion.rate if s.conversion else None for s in result.steps]
    assert rates == [None, 0.4, 0.25, 0.2]
    assert result.overall.rate == pytest.approx(0.02)
    for step in result.steps[1:]:
        assert step.conversion is not None and step.conversion.method == method
        assert step.conversion.low < step.conversion.rate < step.conversion.high  # type: ignore[operator]


@pytest.mark.parametrize(
    ("values", "kind", "step"),
    [
        ((5, 1, 0, 0), "not_enough_data", None),
        ((0, 0, 0, 0), "not_enough_data", None),
        ((80, 6, 3, 1), "step", "answered"),
        ((60, 20, 3, 1), "step", "interviewed"),
        ((60, 30, 20, 1), "step", "offered"),
        ((100, 30, 20, 8), "none", None),
        # the first step is fine but the next ones cannot be judged yet: no verdict of "none"
        ((30, 8, 5, 0), "not_enough_data", None),
        # answered is below its reference, interviewed further below: the worst ratio wins
        ((200, 30, 4, 1), "step", "interviewed"),
    ],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_names_the_weakest_step(
    values: tuple[int, int, int, int], kind: str, step: str | None, lang: str
) -> None:
    found = bottleneck(funnel(FunnelCounts(*values)), lang)  # type: ignore[arg-type]
    assert (found.kind, found.step) == (kind, step)
    assert found.sentence and "{" not in found.sentence


@pytest.mark.parametrize(("lang", "fragment"), [("fr", "15\u202f%"), ("en", "15%")])
def test_it_puts_the_observed_rate_in_the_sentence(lang: str, fragment: str) -> None:
    found = bottleneck(funnel(FunnelCounts(60, 20, 3, 1)), lang)  # type: ignore[arg-type]
    assert fragment in found.sentence


def _numbers(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _numbers(v) for k, v in value.items() if not isinstance(v, str)}
    return value


def test_it_carries_the_same_numbers_in_every_language() -> None:
    french, english = playbook.section("fr", "funnel"), playbook.section("en", "funnel")
    assert _numbers(french) == _numbers(english)
    assert funnel_settings("fr").reference_rates == funnel_settings("en").reference_rates


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("min_trials",), "ten", "min_trials"),
        (("reference_rates", "answered"), 1.5, "answered"),
        (("bottleneck", "offered"), "", "offered"),
        (("experiments", "alpha"), 0.5, "alpha"),
        (("sweet_spot",), None, "sweet_spot"),
    ],
)
def test_it_names_what_is_wrong_in_a_broken_playbook(
    monkeypatch: pytest.MonkeyPatch, path: tuple[str, ...], value: Any, message: str
) -> None:
    import copy

    broken = copy.deepcopy(playbook.section("en", "funnel"))
    target = broken
    for key in path[:-1]:
        target = target[key]
    if value is None:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    monkeypatch.setattr(playbook, "section", lambda lang, name: broken)
    with pytest.raises(playbook.PlaybookError, match=message):
        funnel_settings("en")
