"""Preparation rows are part of the person's full export (X3), and only theirs."""

import json

import pytest

from rebond import data_export
from rebond.prep.services import checklists
from rebond.prep.tests.factories import make_interview, make_pitch, make_session, make_story

pytestmark = pytest.mark.django_db


def test_it_exports_every_preparation_section(owner, other):
    make_story(owner)
    make_pitch(owner)
    make_session(owner)
    checklists.update_checklist(
        checklists.checklist_for(make_interview(owner)), hypothesis_1="Cut reporting time"
    )
    make_story(other, title="Someone else's")
    sections = json.loads(data_export.as_json(owner))["sections"]
    assert [s["title"] for s in sections["stories"]] == ["Stock-outs at Acme"]
    assert len(sections["pitch_versions"]) == 1
    assert sections["mock_sessions"][0]["metrics"]["interviewer_found"] is True
    assert sections["interview_checklists"][0]["hypothesis_1"] == "Cut reporting time"
    assert sections["drills"] == []
