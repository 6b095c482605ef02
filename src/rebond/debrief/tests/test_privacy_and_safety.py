"""Care and safety: journal texts are not stored in clear, deleting removes them, a text that
suggests self-harm is never analysed and shows where to find help (French and English)."""

import logging

import pytest
from django.conf import settings
from django.db import connection

from rebond.debrief.models import Debrief, ThoughtRecord
from rebond.debrief.services import journal
from rebond.debrief.tests.factories import make_debrief, make_thought
from rebond.method.debrief import guide

pytestmark = pytest.mark.django_db
SECRET = "Je me sens nul depuis le refus de Zorglub"
HX = {"HTTP_HX_REQUEST": "true"}


def raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def test_it_never_stores_journal_text_in_clear(owner):
    record = make_thought(owner, SECRET, evidence_against="Zorglub a rappelé")
    debrief = make_debrief(owner, facts="Zorglub facts", reset_intention="Zorglub plan")
    checkin = journal.log_mood(owner, mood=3, words="Zorglub feeling")
    win = journal.add_win(owner, "Zorglub win")
    asset = journal.add_asset(owner, "skill", "Zorglub skill")
    stored = [
        raw("debrief_thoughtrecord", "thought", record.pk),
        raw("debrief_thoughtrecord", "evidence_against", record.pk),
        raw("debrief_debrief", "facts", debrief.pk),
        raw("debrief_debrief", "reset_intention", debrief.pk),
        raw("debrief_checkin", "emotion_words", checkin.pk),
        raw("debrief_win", "text", win.pk),
        raw("debrief_asset", "text", asset.pk),
    ]
    assert all(value and "Zorglub" not in value for value in stored)
    assert ThoughtRecord.objects.get(pk=record.pk).thought == SECRET  # read back in clear


def test_it_deletes_a_debrief_with_everything_written_in_it(owner, owner_client):
    debrief = make_debrief(owner, facts="Zorglub facts")
    journal.log_mood(owner, mood=3)
    debrief.checkins.create(user=owner, at=debrief.started_at, emotion_words="x")
    response = owner_client.post(f"/debrief/{debrief.pk}/delete/", {"confirmed": "1"})
    assert response.url == "/debrief/"
    assert not Debrief.objects.exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM debrief_checkin WHERE debrief_id IS NOT NULL")
        assert cursor.fetchone()[0] == 0


def test_it_deletes_a_thought_record(owner, owner_client):
    record = make_thought(owner)
    owner_client.post(f"/debrief/thought/{record.pk}/delete/", {"confirmed": "1"})
    assert not ThoughtRecord.objects.exists()


def test_it_never_logs_journal_text(owner, owner_client, caplog):
    caplog.set_level(logging.DEBUG)
    debrief = make_debrief(owner)
    owner_client.post(f"/debrief/{debrief.pk}/columns/", {"facts": "Zorglub said no"})
    owner_client.post("/debrief/thoughts/", {"thought": "Zorglub thinks I am useless"})
    assert "Zorglub" not in caplog.text


@pytest.mark.parametrize(
    "language,text,expected",
    [
        ("fr", "J'ai envie d'en finir, à quoi bon.", "3114"),
        ("en", "Honestly I want to end it all.", "emergency number"),
    ],
)
def test_it_shows_help_instead_of_an_analysis_in_a_thought_record(
    owner, owner_client, language, text, expected
):
    owner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    body = owner_client.post("/debrief/thoughts/spot/", {"thought": text}, **HX).content.decode()
    assert expected in body and 'role="alert"' in body
    assert "badge" not in body  # no distortion named
    record = journal.save_thought(owner, {"thought": text})
    assert record.distortions == []


@pytest.mark.parametrize("field", ["facts", "interpretations", "tests"])
def test_it_shows_help_for_any_free_text_of_the_debrief(owner, owner_client, field):
    debrief = make_debrief(owner)
    body = owner_client.post(
        f"/debrief/{debrief.pk}/columns/", {field: "je veux mourir"}, **HX
    ).content.decode()
    assert "3114" in body
    assert guide("fr")["interpretation_hint"][:40] not in body  # not analysed, only help


def test_it_keeps_the_step_open_with_help_on_a_full_submit(owner, owner_client):
    debrief = make_debrief(owner)
    response = owner_client.post(
        f"/debrief/{debrief.pk}/reset/", {"reset_emotion": "I want to kill myself"}
    )
    assert response.status_code == 200 and "3114" in response.content.decode()
    debrief.refresh_from_db()
    assert debrief.reset_emotion == "I want to kill myself"  # kept: it is the person's text
    assert debrief.done_steps == []


def test_it_says_once_and_plainly_that_rebond_is_not_therapy(owner_client):
    owner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = owner_client.get("/debrief/").content.decode()
    assert body.count("does not replace") == 1
