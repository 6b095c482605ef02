"""The cohort rules: consent per section, small numbers withheld, medians, periods."""

import doctest
from datetime import date

import pytest

from rebond.method import cohort
from rebond.method.cohort import Period, Person

MARCH = Period(date(2026, 3, 1), date(2026, 3, 31))
JOINED = date(2026, 2, 1)


def by_key(people, k=3):
    return {f.key: f for f in cohort.figures(people, MARCH, k)}


def test_its_examples_hold():
    assert doctest.testmod(cohort).failed == 0


def test_people_who_do_not_share_a_section_count_for_none_of_its_figures():
    sharing = [Person(JOINED, shares_applications=True, applications=1) for _ in range(3)]
    private = Person(JOINED, applications=50, has_plan=True)
    figures = by_key([*sharing, private])
    assert figures["applications"].value == 3 and figures["applications"].sharing == 3
    assert figures["with_plan"].sharing == 0 and figures["with_plan"].withheld


def test_a_median_rests_on_the_people_who_have_a_value_in_the_period():
    people = [
        Person(JOINED, True, first_interview=date(2026, 3, 3)),  # 30 days
        Person(JOINED, True, first_interview=date(2026, 3, 13)),  # 40 days
        Person(JOINED, True, first_interview=date(2026, 2, 20)),  # before the period
        Person(JOINED, True),
    ]
    figure = by_key(people, k=2)["days_to_interview"]
    assert (figure.value, figure.base, figure.sharing) == (35, 2, 4)
    assert by_key(people, k=3)["days_to_interview"].withheld


def test_a_delay_never_counts_below_zero():
    people = [Person(date(2026, 3, 20), True, first_offer=date(2026, 3, 2)) for _ in range(3)]
    assert by_key(people)["days_to_offer"].value == 0


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (date(2026, 1, 15), date(2025, 12, 1), date(2025, 12, 31)),
        (date(2026, 3, 31), date(2026, 2, 1), date(2026, 2, 28)),
    ],
)
def test_last_month_is_the_whole_calendar_month_before(today, start, end):
    assert cohort.period_for("last-month", today, date(2020, 1, 1)) == Period(start, end)


def test_last_quarter_crosses_the_year():
    assert cohort.period_for("last-quarter", date(2026, 1, 5), JOINED) == Period(
        date(2025, 10, 1), date(2025, 12, 31)
    )
    assert cohort.period_for("last-quarter", date(2026, 12, 31), JOINED) == Period(
        date(2026, 7, 1), date(2026, 9, 30)
    )


def test_an_unknown_preset_is_refused():
    with pytest.raises(ValueError):
        cohort.period_for("yesterday", date(2026, 1, 5), JOINED)


def sharing_people(n, **fields):
    return [Person(JOINED, shares_applications=True, shares_plan=True, **fields) for _ in range(n)]


def test_a_small_count_among_many_people_is_hidden_and_says_why():
    people = [*sharing_people(37), Person(JOINED, True, True, offers=1, interviews=2, moves=1)]
    figures = by_key(people, k=5)
    for key in ("offers", "interviews", "active"):
        assert (figures[key].value, figures[key].withheld) == (None, True), key
        assert figures[key].reason == cohort.Hidden.SMALL_COUNT
        assert figures[key].base == 38  # what it rests on is still said
    assert figures["applications"].value == 0 and not figures["applications"].withheld


def test_a_count_of_k_or_more_is_shown():
    people = [*sharing_people(33), *sharing_people(5, offers=1, moves=1)]
    figures = by_key(people, k=5)
    assert figures["offers"].value == 5 and figures["active"].value == 5


def test_a_share_resting_on_a_small_count_or_its_complement_is_withheld():
    one_planner = [*sharing_people(37), Person(JOINED, True, True, has_plan=True)]
    one_without = [*sharing_people(37, has_plan=True), Person(JOINED, True, True)]
    for people in (one_planner, one_without):
        figure = by_key(people, k=5)["with_plan"]
        assert figure.withheld and figure.value is None
        assert figure.reason == cohort.Hidden.SMALL_RATE
    shown = by_key([*sharing_people(30), *sharing_people(8, has_plan=True)], k=5)["with_plan"]
    assert shown.value == pytest.approx(8 / 38) and shown.reason == ""
    everyone = by_key(sharing_people(38, has_plan=True), k=5)["with_plan"]
    assert everyone.value == 1 and not everyone.withheld  # nobody left out to point at


def test_too_few_people_stays_the_first_reason():
    figure = by_key([Person(JOINED, True, offers=1)], k=5)["offers"]
    assert figure.reason == cohort.Hidden.FEW_PEOPLE
