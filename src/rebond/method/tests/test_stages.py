"""The one stage vocabulary: order, outcomes, where an ending may be recorded."""

import pytest

from rebond.method import stages


@pytest.mark.parametrize(
    ("stage", "rank", "outcome"),
    [
        ("applied", 0, False),
        ("final", 5, False),
        ("offer", 6, False),
        ("rejected", -1, True),
        ("withdrawn", -1, True),
        ("no_answer", -1, True),
    ],
)
def test_it_ranks_progress_and_sets_outcomes_apart(stage, rank, outcome):
    assert (stages.rank(stage), stages.is_outcome(stage)) == (rank, outcome)


@pytest.mark.parametrize(
    ("outcome", "reached", "allowed"),
    [
        ("rejected", "applied", True),
        ("rejected", "final", True),
        ("rejected", "offer", False),  # "rejected at offer" is not a rejection
        ("no_answer", "offer", False),
        ("withdrawn", "offer", True),  # declining an offer
        ("rejected", "rejected", False),
        ("withdrawn", "no_answer", False),
    ],
)
def test_it_says_where_each_ending_may_be_recorded(outcome, reached, allowed):
    if allowed:
        stages.check_ending(outcome, reached)
    else:
        with pytest.raises(ValueError, match=f"not at {reached}"):
            stages.check_ending(outcome, reached)


def test_only_the_rejected_stage_reads_as_rejected():
    assert [s for s in stages.STAGES if stages.is_rejected(s)] == ["rejected"]


@pytest.mark.parametrize("name", ["hired", "", "Rejected"])
def test_it_refuses_unknown_names(name):
    with pytest.raises(ValueError):
        stages.rank(name)
    with pytest.raises(ValueError):
        stages.stages_reached_for(name)
