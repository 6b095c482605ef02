"""The full export carries the debrief and the journal, decrypted, and only the person's own."""

import json

import pytest

from rebond import data_export
from rebond.debrief.services import journal
from rebond.debrief.tests.factories import make_debrief, make_thought

pytestmark = pytest.mark.django_db


def test_it_exports_the_debrief_and_journal_of_the_person_only(owner, other):
    debrief = make_debrief(owner, facts="5 ans de SQL demandés", done_steps=["checkin", "reset"])
    debrief.replay.create(question="Why us?", mark="vague")
    make_thought(owner, "Je ne réussis jamais.")
    journal.log_mood(owner, mood=6, emotion="relief")
    journal.add_win(owner, "Relancé 3 contacts")
    make_thought(other, "Other person's thought")
    sections = json.loads(data_export.as_json(owner))["sections"]
    assert sections["debriefs"][0]["facts"] == "5 ans de SQL demandés"
    assert sections["debriefs"][0]["done_steps"] == "checkin reset"
    assert sections["debrief_replay"][0]["mark"] == "vague"
    assert [r["thought"] for r in sections["thought_records"]] == ["Je ne réussis jamais."]
    assert (
        sections["checkins"][0]["mood"] == 6 and sections["wins"][0]["text"] == "Relancé 3 contacts"
    )
    archive = data_export.as_csv_zip(owner)
    assert archive[:2] == b"PK"
