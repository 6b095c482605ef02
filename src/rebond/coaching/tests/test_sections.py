"""Every export section is either part of a sharable section or never shared."""

from __future__ import annotations

import pytest

from rebond import data_export
from rebond.coaching.sections import EXPORT_SECTIONS, NEVER_SHARED

pytestmark = pytest.mark.django_db


def test_it_places_every_export_section_before_a_coach_can_see_it(owner):
    exported = set(data_export.collect(owner))
    placed = {name for names in EXPORT_SECTIONS.values() for name in names} | NEVER_SHARED
    assert sorted(exported - placed) == [], "add them to coaching/sections.py"
    assert sorted(placed - exported) == [], "sections that no longer exist"


def test_the_plan_shows_no_mood_and_no_debrief_action_and_the_journal_has_them(owner):
    from rebond.coaching.choices import Section
    from rebond.coaching.sections import tables
    from rebond.plan.models import Review
    from rebond.plan.tests.factories import make_action, make_review

    make_action(owner, title="Relancer Acme")
    make_action(owner, title="Tester : « je suis nul en entretien »", source_kind="debrief")
    review = make_review(owner)
    Review.objects.filter(pk=review.pk).update(
        figures={"applications": 4, "mood_average": 3.5, "mood_trend": "falling"}
    )
    plan = {name: rows for name, _, rows in tables(owner, Section.PLAN)}
    assert [a["title"] for a in plan["plan_actions"]] == ["Relancer Acme"]
    assert plan["plan_reviews"][0]["figures"] == {"applications": 4}
    journal = {name: rows for name, _, rows in tables(owner, Section.JOURNAL)}
    assert [a["title"] for a in journal["plan_actions"]] == [
        "Tester : « je suis nul en entretien »"
    ]
