"""The one stage vocabulary of an application: its order, its outcomes, where an ending is
recorded.

Every face reads it here: `rebond.jobs.choices.Stage` (database values and translated labels)
is built from these names, the funnel ranks with them and the CLI checks its arguments
against them without loading Django.

An application moves through the progress stages (a larger rank went further) and ends with an
outcome. An offer is the last progress stage, not an outcome: an application that reached it
may still end (the person withdraws, declining it), but a rejection or a silence comes before
an offer, never at it.
"""

from __future__ import annotations

from rebond.method.errors import ServiceError

APPLIED = "applied"
SCREENING = "screening"
INTERVIEW_1 = "interview_1"
INTERVIEW_2 = "interview_2"
INTERVIEW_3 = "interview_3"
FINAL = "final"
OFFER = "offer"
REJECTED = "rejected"
WITHDRAWN = "withdrawn"
NO_ANSWER = "no_answer"

PROGRESS = (APPLIED, SCREENING, INTERVIEW_1, INTERVIEW_2, INTERVIEW_3, FINAL, OFFER)
OUTCOMES = (REJECTED, WITHDRAWN, NO_ANSWER)
STAGES = PROGRESS + OUTCOMES
# The stages at which each outcome may be recorded ("the stage reached").
_ENDS_AT = {
    REJECTED: PROGRESS[:-1],
    NO_ANSWER: PROGRESS[:-1],
    WITHDRAWN: PROGRESS,
}
REJECTION_STAGES = _ENDS_AT[REJECTED]
# The board's "Closed" group and the open applications: an offer is not an end.
CLOSED = (OFFER, *OUTCOMES)


def rank(stage: str) -> int:
    """Position in the progress order (0 = applied … 6 = offer); -1 for an outcome.

    >>> rank("interview_2"), rank("rejected")
    (3, -1)
    """
    if stage in OUTCOMES:
        return -1
    try:
        return PROGRESS.index(stage)
    except ValueError:
        raise ValueError(f"unknown stage: {stage!r}") from None


def is_outcome(stage: str) -> bool:
    """True for a stage that ends an application (only the closing service records one).

    >>> is_outcome("rejected"), is_outcome("offer")
    (True, False)
    """
    return stage in OUTCOMES


def is_rejected(stage: str) -> bool:
    """The one rule of "this application is rejected": its current stage says so.

    >>> is_rejected("rejected"), is_rejected("withdrawn")
    (True, False)
    """
    return stage == REJECTED


def stages_reached_for(outcome: str) -> tuple[str, ...]:
    """The stages at which `outcome` may be recorded.

    >>> stages_reached_for("rejected")[-1], stages_reached_for("withdrawn")[-1]
    ('final', 'offer')
    """
    try:
        return _ENDS_AT[outcome]
    except KeyError:
        raise ValueError(f"{outcome!r} is not an outcome") from None


def check_ending(outcome: str, stage_reached: str) -> None:
    """Raise ServiceError, in a sentence a person can act on, when `outcome` cannot be recorded
    at `stage_reached`.

    >>> check_ending("rejected", "interview_1")
    >>> check_ending("rejected", "offer")
    Traceback (most recent call last):
    ...
    rebond.method.errors.ServiceError: A rejection is recorded at applied … final, before an offer;
    not at offer.
    """
    allowed = stages_reached_for(outcome)
    if stage_reached in allowed:
        return
    what = {REJECTED: "A rejection", NO_ANSWER: "No answer", WITHDRAWN: "A withdrawal"}[outcome]
    if stage_reached in OUTCOMES:
        raise ServiceError(f"{what} is recorded at a progress stage, not at {stage_reached}.")
    if stage_reached not in STAGES:
        raise ServiceError(f"unknown stage: {stage_reached!r}")
    raise ServiceError(
        f"{what} is recorded at {allowed[0]} … {allowed[-1]}, before an offer; "
        f"not at {stage_reached}."
    )
