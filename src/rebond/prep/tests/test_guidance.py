"""The prep pages' advice quotes the playbook's rules, not numbers of its own."""

import pytest

from rebond.method.prep import ritual, stories
from rebond.method.speech import metrics
from rebond.prep.services.guidance import guidance
from rebond.prep.tests.factories import make_interview

pytestmark = pytest.mark.django_db


def test_the_advice_follows_the_rules(owner, owner_client, edited_rules):
    before = owner_client.get("/prep/stories/new/").content.decode()
    assert "60 à 90 secondes" in before
    edited_rules("stories", "window_seconds = [60, 90]", "window_seconds = [45, 75]")
    edited_rules("stories", "window_seconds = [30, 45]", "window_seconds = [40, 50]")
    edited_rules("fillers", "first_answer_seconds = [20, 30]", "first_answer_seconds = [15, 25]")
    edited_rules("prep", "setting = { seconds = 60 }", "setting = { seconds = 180 }")
    for cached in (stories.yardsticks, stories.table, metrics.checks, ritual.centring_steps):
        edited_rules("prep", "", "", cached)
    assert guidance("fr").ritual_minutes == 12
    assert "45 à 75 secondes" in owner_client.get("/prep/stories/new/").content.decode()
    assert "40 à 50 secondes" in owner_client.get("/prep/pitch/").content.decode()
    assert "40 à 50 secondes" in owner_client.get("/prep/").content.decode()
    drill = owner_client.get("/prep/drill/").content.decode()
    assert "15 à 25 secondes" in drill and "Première réponse, 15 à 25 secondes" in drill
    checklist = owner_client.get(f"/prep/interviews/{make_interview(owner).pk}/")
    assert "rituel de centrage de 12 minutes" in checklist.content.decode()
