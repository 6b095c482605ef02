"""Counts in words take their own plural, the French way for 0 and 1."""

import pytest
from django.utils import translation

from rebond.plan import counts


@pytest.mark.django_db(databases=[])
def test_each_count_takes_its_own_plural_in_french_and_english():
    with translation.override("fr"):
        assert [counts.offers(0), counts.offers(1), counts.offers(2)] == [
            "0 offre",
            "1 offre",
            "2 offres",
        ]
        assert counts.sent(1) == "1 envoyée" and counts.sent(12000) == "12\u202f000 envoyées"
    with translation.override("en"):
        assert [counts.offers(0), counts.offers(1)] == ["0 offers", "1 offer"]
        assert counts.actions_done(1) == "1 action done"
