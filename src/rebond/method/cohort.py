"""A programme's cohort figures (issue 23): aggregates only, each computed from the people who
share the section it needs, and withheld when it rests on too few people.

The rules, pure and in one place (the coaching app feeds them; every face shows them):

- Consent. A figure about applications counts only people who share their applications; the
  share of people with a plan counts only people who share their plan. Each figure carries how
  many people it rests on (`base`) and how many share its section (`sharing`), and the report
  says so ("out of 38 people who share their applications").
- Small numbers. A figure resting on fewer than `k` people is withheld ("fewer than 5"),
  medians included: a median of three delays is nearly someone's own delay. A median rests on
  the people who have a value (a first interview in the period), a count or a share on the
  people who share its section. The number of people who share a section is itself shown as
  "fewer than k" below k.
- Small cells. Even on a large base, a count between 1 and `k` - 1 ("1 offer among 38
  people") points at someone: it is shown as "fewer than k", never as its value (0 stays 0:
  nobody is pointed at). A share is withheld when the people it counts, or the people it
  leaves out, are between 1 and `k` - 1 (1 person in 38 with a plan, or 37 of 38: the one
  without). `Figure.reason` says which rule hid a figure.
- Time to first interview and to first offer are counted in days from the day the person joined
  the programme, for people whose first interview (first offer) ever falls in the period.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rebond.method import stages

INTERVIEW_STAGES = (stages.INTERVIEW_1, stages.INTERVIEW_2, stages.INTERVIEW_3, stages.FINAL)


class Preset(StrEnum):
    LAST_MONTH = "last-month"
    LAST_QUARTER = "last-quarter"
    SINCE_START = "since-start"
    CUSTOM = "custom"


class Kind(StrEnum):
    PEOPLE = "people"  # a number of people
    COUNT = "count"  # a number of events
    DAYS = "days"  # a median delay, in days
    SHARE = "share"  # a proportion of people, 0 to 1


class Hidden(StrEnum):
    """Why a figure's value is not shown (`Figure.reason`); "" when it is shown."""

    FEW_PEOPLE = "few_people"  # it rests on fewer than k people
    SMALL_COUNT = "small_count"  # the count itself is between 1 and k - 1
    SMALL_RATE = "small_rate"  # a share whose count (or its complement) is between 1 and k - 1


class Needs(StrEnum):
    """The section a figure is computed from (values of `coaching.choices.Section`)."""

    APPLICATIONS = "applications"
    PLAN = "plan"


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def period_for(preset: str, today: date, since: date) -> Period:
    """The period a preset names: the last whole calendar month or quarter before `today`, or
    from `since` (the programme's start) to `today`.

    >>> period_for("last-month", date(2026, 3, 10), date(2025, 1, 1))
    Period(start=datetime.date(2026, 2, 1), end=datetime.date(2026, 2, 28))
    >>> period_for("last-quarter", date(2026, 2, 10), date(2025, 1, 1))
    Period(start=datetime.date(2025, 10, 1), end=datetime.date(2025, 12, 31))
    >>> period_for("since-start", date(2026, 2, 10), date(2025, 6, 3)).start
    datetime.date(2025, 6, 3)
    """
    if preset == Preset.LAST_MONTH:
        end = today.replace(day=1) - timedelta(days=1)
        return Period(end.replace(day=1), end)
    if preset == Preset.LAST_QUARTER:
        first_month = 3 * ((today.month - 1) // 3) + 1
        end = today.replace(month=first_month, day=1) - timedelta(days=1)
        start = end.replace(month=end.month - 2, day=1)
        return Period(start, end)
    if preset == Preset.SINCE_START:
        return Period(min(since, today), today)
    raise ValueError(f"unknown period preset: {preset!r}")


@dataclass(frozen=True)
class Person:
    """What one person of the cohort brings, already reduced to the period (no detail)."""

    joined: date
    shares_applications: bool = False
    shares_plan: bool = False
    applications: int = 0  # applications sent in the period
    interviews: int = 0  # interview rounds reached in the period
    offers: int = 0  # offers received in the period
    moves: int = 0  # anything recorded on an application in the period
    first_interview: date | None = None  # ever
    first_offer: date | None = None  # ever
    has_plan: bool = False  # at least one plan action by the end of the period


@dataclass(frozen=True)
class Figure:
    key: str
    kind: Kind
    needs: Needs
    value: float | None  # None: withheld (or nothing to measure)
    base: int  # people the figure rests on
    sharing: int  # people who share the section it needs
    withheld: bool  # the value is not shown, for `reason`
    reason: str = ""  # a `Hidden` value, or "" when shown


FIGURES = (
    "active",
    "applications",
    "interviews",
    "offers",
    "days_to_interview",
    "days_to_offer",
    "with_plan",
)


def median(values: Iterable[float]) -> float | None:
    """The median, or None without values.

    >>> median([3, 10, 4]), median([1, 2, 3, 10]), median([])
    (4, 2.5, None)
    """
    kept = list(values)
    return statistics.median(kept) if kept else None


def withheld(base: int, k: int) -> bool:
    """A figure resting on fewer than `k` people is not shown (none rests on nobody either).

    >>> withheld(4, 5), withheld(5, 5), withheld(0, 5)
    (True, False, True)
    """
    return base < k


def small_count(count: int, k: int) -> bool:
    """A count that could point at someone: between 1 and k - 1 (0 points at nobody).

    >>> small_count(0, 5), small_count(1, 5), small_count(4, 5), small_count(5, 5)
    (False, True, True, False)
    """
    return 0 < count < k


def _reason(kind: Kind, value: float | None, base: int, counted: int | None, k: int) -> str:
    """Which rule hides the figure ("" if none); `counted`: the people a share counts."""
    if withheld(base, k):
        return Hidden.FEW_PEOPLE
    if kind in (Kind.PEOPLE, Kind.COUNT) and value is not None and small_count(int(value), k):
        return Hidden.SMALL_COUNT
    if counted is not None and (small_count(counted, k) or small_count(base - counted, k)):
        return Hidden.SMALL_RATE
    return ""


def _figure(
    key: str,
    kind: Kind,
    needs: Needs,
    value: float | None,
    base: int,
    sharing: int,
    k: int,
    counted: int | None = None,
) -> Figure:
    reason = _reason(kind, value, base, counted, k)
    shown = None if reason else value
    return Figure(key, kind, needs, shown, base, sharing, bool(reason), str(reason))


def _days_since_joining(people: Sequence[Person], moment: str, period: Period) -> list[int]:
    days = []
    for person in people:
        day = getattr(person, moment)
        if day in period:
            days.append(max(0, (day - person.joined).days))
    return days


def figures(people: Sequence[Person], period: Period, k: int) -> tuple[Figure, ...]:
    """The cohort's figures in `FIGURES` order, each from the people who share its section.

    >>> p = Period(date(2026, 1, 1), date(2026, 1, 31))
    >>> five = [Person(date(2025, 12, 1), True, applications=2, first_interview=date(2026, 1, d))
    ...         for d in (1, 2, 3, 4, 5)]
    >>> result = {f.key: f for f in figures(five + [Person(date(2025, 12, 1))], p, 5)}
    >>> result["applications"].value, result["applications"].base
    (10, 5)
    >>> result["days_to_interview"].value
    33
    >>> result["with_plan"].withheld, result["with_plan"].sharing
    (True, 0)
    >>> one_offer = {f.key: f for f in figures(
    ...     five[:4] + [Person(date(2025, 12, 1), True, offers=1)], p, 5)}["offers"]
    >>> one_offer.value, one_offer.withheld, one_offer.reason
    (None, True, 'small_count')
    """
    applying = [p for p in people if p.shares_applications]
    planning = [p for p in people if p.shares_plan]
    n = len(applying)
    to_interview = _days_since_joining(applying, "first_interview", period)
    to_offer = _days_since_joining(applying, "first_offer", period)
    planned = sum(1 for p in planning if p.has_plan)
    with_plan = planned / len(planning) if planning else None
    apps, plan = Needs.APPLICATIONS, Needs.PLAN
    return (
        _figure("active", Kind.PEOPLE, apps, sum(1 for p in applying if p.moves), n, n, k),
        _figure("applications", Kind.COUNT, apps, sum(p.applications for p in applying), n, n, k),
        _figure("interviews", Kind.COUNT, apps, sum(p.interviews for p in applying), n, n, k),
        _figure("offers", Kind.COUNT, apps, sum(p.offers for p in applying), n, n, k),
        _figure(
            "days_to_interview", Kind.DAYS, apps, median(to_interview), len(to_interview), n, k
        ),
        _figure("days_to_offer", Kind.DAYS, apps, median(to_offer), len(to_offer), n, k),
        _figure("with_plan", Kind.SHARE, plan, with_plan, len(planning), len(planning), k, planned),
    )
