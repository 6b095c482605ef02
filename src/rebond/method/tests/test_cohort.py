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
