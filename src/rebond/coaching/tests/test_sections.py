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
