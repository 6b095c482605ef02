"""The pre-interview centring ritual read from the playbook (C7.5)."""

import pytest

from rebond.method import playbook
from rebond.method.prep.ritual import centring_steps


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_it_lasts_ten_minutes_in_both_languages(lang):
    steps = centring_steps(lang)
    assert sum(step.seconds for step in steps) == 600
    assert all(step.label for step in steps)


def test_it_keeps_the_same_timings_in_both_languages():
    assert [s.seconds for s in centring_steps("fr")] == [s.seconds for s in centring_steps("en")]


@pytest.mark.parametrize(
    "steps",
    [[], [{"seconds": 0, "label": "x"}], [{"seconds": 60}], "not a list"],
)
def test_it_refuses_a_malformed_ritual(monkeypatch, steps):
    monkeypatch.setattr(playbook, "section", lambda lang, name: {"steps": steps})
    centring_steps.cache_clear()
    try:
        with pytest.raises(playbook.PlaybookError):
            centring_steps("en")
    finally:
        centring_steps.cache_clear()
