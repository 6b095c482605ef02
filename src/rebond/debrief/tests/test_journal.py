"""The confidence journal (C4): thought records, assets and attribution, mood and wins,
support people, and what other apps read from it (feedback, preparation, insights, agenda)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from rebond.debrief.models import CheckIn, ThoughtRecord
from rebond.debrief.services import assets_for, journal, mood_series, troubled_questions_for
from rebond.debrief.tests.factories import make_debrief
from rebond.insights import hooks

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def test_it_saves_a_thought_record_with_the_distortions_spotted(owner, owner_client):
    data = {
        "situation": "Refus après le 2e entretien",
        "thought": "Je suis nul en entretien.",
        "intensity_before": "8",
        "evidence_against": "J'ai passé 2 tours",
        "reformulation": "Je m'entraîne 2 fois par semaine et je mesure le progrès.",
        "intensity_after": "4",
    }
    response = owner_client.post("/debrief/thoughts/", data)
    record = ThoughtRecord.objects.get()
    assert response.url == f"/debrief/thoughts/{record.pk}/"
    assert "labeling" in record.distortions
    assert (record.intensity_before, record.intensity_after) == (8, 4)
    assert record.reformulation.startswith("Je m'entraîne")  # the person's words, kept as is


def test_it_suggests_without_saving_while_the_thought_is_written(owner, owner_client):
    owner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    body = owner_client.post(
        "/debrief/thoughts/spot/", {"thought": "I never succeed at anything."}, **HX
    ).content.decode()
    assert "Only suggestions" in body and "badge" in body
    assert not ThoughtRecord.objects.exists()


def test_it_refuses_a_thought_record_without_a_thought(owner_client):
    response = owner_client.post("/debrief/thoughts/", {"situation": "x"})
    assert response.status_code == 200 and not ThoughtRecord.objects.exists()


def test_it_edits_a_thought_record(owner, owner_client):
    record = journal.save_thought(owner, {"thought": "Ils étaient déçus de moi."})
    owner_client.post(
        f"/debrief/thoughts/{record.pk}/",
        {
            "thought": "Ils étaient déçus de moi.",
            "reformulation": "Ils ont choisi un autre profil.",
        },
    )
    record.refresh_from_db()
    assert record.reformulation == "Ils ont choisi un autre profil."


def test_it_lists_assets_for_the_feedback_and_preparation_pages(owner, owner_client):
    owner_client.post(
        "/debrief/assets/", {"asset": "1", "kind": "result", "text": "-20 % de délais"}
    )
    owner_client.post(
        "/debrief/assets/",
        {"attribution": "1", "outcome": "Final round", "effort": "3 mock interviews"},
    )
    lines = assets_for(owner)
    assert len(lines) == 1 and lines[0].endswith("-20 % de délais")
    from rebond.prep.sources import assets_for as prep_reads

    assert prep_reads(owner) == lines
    assert "3 mock interviews" in owner_client.get("/debrief/assets/").content.decode()


def test_it_offers_questions_marked_too_long_or_vague_to_the_drill(owner):
    debrief = make_debrief(owner)
    debrief.replay.create(question="Why us?", mark="vague")
    debrief.replay.create(question="Your strengths?", mark="strong")
    debrief.replay.create(question="Tell me about you", mark="too_long")
    assert troubled_questions_for(owner) == ["Why us?", "Tell me about you"]


def test_it_logs_a_check_in_and_suggests_a_soothing_action(owner, owner_client):
    response = owner_client.post(
        "/debrief/timeline/",
        {"mood_form": "1", "mood": "4", "emotion": "anxiety", "intensity": "6"},
    )
    assert response.url == "/debrief/timeline/"
    checkin = CheckIn.objects.get()
    assert (checkin.mood, checkin.emotion, checkin.intensity) == (4, "anxiety", 6)
    assert checkin.soothing_action


def test_it_refuses_an_empty_check_in(owner_client):
    response = owner_client.post("/debrief/timeline/", {"mood_form": "1"})
    assert response.status_code == 200 and not CheckIn.objects.exists()


def test_it_keeps_an_emotion_outside_the_playbook_as_the_persons_words(owner):
    checkin = journal.log_mood(owner, mood=5, emotion="lassitude", lang="fr")
    assert (checkin.emotion, checkin.emotion_words) == ("", "lassitude")
    assert journal.log_mood(owner, emotion="Colère", lang="en").emotion == "anger"


def test_it_gives_the_dashboard_a_mood_series_per_day(owner):
    today = timezone.localdate()
    noon = timezone.make_aware(datetime.combine(today, datetime.min.time())) + timedelta(hours=12)
    journal.log_mood(owner, mood=2, at=noon - timedelta(days=3))
    journal.log_mood(owner, mood=4, at=noon)
    journal.log_mood(owner, mood=6, at=noon + timedelta(hours=1))
    journal.log_mood(owner, emotion="anger", at=noon)  # no mood: not on the chart
    assert mood_series(owner, 7) == [(today - timedelta(days=3), 2.0), (today, 5.0)]
    assert mood_series(owner, 2) == [(today, 5.0)]
    assert hooks.call("mood", owner, today - timedelta(days=90), today) == mood_series(owner, 91)


def test_it_puts_check_ins_thoughts_and_wins_on_one_timeline(owner, owner_client):
    journal.log_mood(owner, mood=3, at=datetime(2026, 1, 5, 9, tzinfo=UTC))
    journal.add_win(owner, "First call back", day=date(2026, 1, 6))
    journal.save_thought(owner, {"thought": "Je ne réussis jamais."})
    kinds = [item.kind for item in journal.timeline(owner)]
    assert kinds == ["thought", "win", "checkin"]
    assert "First call back" in owner_client.get("/debrief/timeline/").content.decode()


def test_it_lists_support_people_who_lift_first(owner, owner_client):
    owner_client.post("/debrief/support/", {"name": "Marc", "role": "friend", "effect": "drains"})
    owner_client.post("/debrief/support/", {"name": "Léa", "role": "buddy", "effect": "lifts"})
    assert [p.name for p in journal.support_people(owner)] == ["Léa", "Marc"]


def test_it_puts_an_unfinished_debrief_on_the_agenda_at_the_end_of_the_cooldown(owner):
    from rebond.plan.agenda import collect

    debrief = make_debrief(owner)
    entries = [e for e in collect(owner, timezone.now(), "Europe/Paris") if e.kind == "debrief"]
    assert [e.url for e in entries] == [f"/debrief/{debrief.pk}/resume/"]
    assert entries[0].due_at == debrief.rejected_at + timedelta(hours=24)
    debrief.finished_at = timezone.now()
    debrief.save()
    assert not [e for e in collect(owner, timezone.now(), "UTC") if e.kind == "debrief"]


def test_it_offers_the_debrief_on_the_rejected_applications_page(owner, owner_client):
    from rebond.jobs.tests.factories import make_application

    application = make_application(owner, stages=("interview_1",))
    response = owner_client.post(
        f"/applications/{application.pk}/reject/",
        {"result": "rejected", "stage_reached": "interview_1", "decided_on": "2026-03-02"},
    )
    assert response.url == f"/applications/{application.pk}/#debrief"
    page = owner_client.get(f"/applications/{application.pk}/").content.decode()
    assert f'action="/debrief/start/{application.pk}/"' in page


def test_it_draws_the_dashboards_mood_panel_from_check_ins(owner, owner_client):
    owner_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert "Mood over time" not in owner_client.get("/insights/").content.decode()
    for days, level in ((6, 3), (3, 5), (0, 7)):
        journal.log_mood(owner, mood=level, at=timezone.now() - timedelta(days=days))
    body = owner_client.get("/insights/").content.decode()
    assert "Mood over time" in body
