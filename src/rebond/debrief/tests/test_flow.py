"""The guided debrief (C2.1–C2.7): offered after a rejection, each step saved, skippable,
autosaved by htmx, resumable, ending on a printable summary; actions after the cool-down."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from rebond.debrief.models import Debrief, ReplayAnswer
from rebond.debrief.services import flow
from rebond.debrief.tests.factories import make_debrief, make_rejected
from rebond.plan.models import Action

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


def test_it_offers_a_debrief_for_a_rejected_application_and_starts_it_once(owner, owner_client):
    application = make_rejected(owner, role="Product owner")
    page = owner_client.get("/debrief/")
    assert "Product owner" in page.content.decode()
    response = owner_client.post(f"/debrief/start/{application.pk}/")
    debrief = Debrief.objects.get(application=application)
    assert response.url == f"/debrief/{debrief.pk}/resume/"
    assert owner_client.get(response.url).url == f"/debrief/{debrief.pk}/checkin/"
    owner_client.post(f"/debrief/start/{application.pk}/")
    assert Debrief.objects.count() == 1


def test_it_saves_the_checkin_and_offers_the_matching_soothing_action(owner, owner_client):
    debrief = make_debrief(owner)
    data = {"emotion": "anger", "intensity": "7", "body_signal": "", "mood": "3", "save": ""}
    response = owner_client.post(f"/debrief/{debrief.pk}/checkin/", data)
    assert response.url == f"/debrief/{debrief.pk}/resume/"
    checkin = debrief.checkins.get()
    assert (checkin.emotion, checkin.intensity, checkin.mood) == ("anger", 7, 3)
    assert checkin.soothing_action  # from the playbook's emotions table
    assert checkin.body_signal  # the playbook's body signal when none was written
    debrief.refresh_from_db()
    assert debrief.done_steps == ["checkin"]


def test_it_autosaves_a_field_without_finishing_the_step(owner, owner_client):
    debrief = make_debrief(owner)
    response = owner_client.post(
        f"/debrief/{debrief.pk}/columns/", {"facts": "They said: 5 years of SQL."}, **HX
    )
    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body
    debrief.refresh_from_db()
    assert debrief.facts == "They said: 5 years of SQL." and debrief.done_steps == []


def test_it_hints_when_a_fact_is_an_interpretation(owner, owner_client):
    debrief = make_debrief(owner)
    facts = "The interview lasted 45 minutes.\nClearly they thought I was too junior."
    response = owner_client.post(f"/debrief/{debrief.pk}/columns/", {"facts": facts}, **HX)
    body = response.content.decode()
    assert "Clearly they thought I was too junior." in body
    assert "The interview lasted 45 minutes." not in body


def test_it_skips_a_step_and_resumes_at_the_first_unfinished_one(owner, owner_client):
    debrief = make_debrief(owner)
    owner_client.post(f"/debrief/{debrief.pk}/checkin/", {"skip": ""})
    owner_client.post(f"/debrief/{debrief.pk}/reset/", {"skip": ""})
    debrief.refresh_from_db()
    assert debrief.skipped_steps == ["checkin", "reset"]
    assert owner_client.get(f"/debrief/{debrief.pk}/resume/").url.endswith("/cooldown/")


def test_it_finishes_after_every_step_and_shows_the_summary(owner, owner_client):
    debrief = make_debrief(owner)
    for key in flow.step_order("fr"):
        owner_client.post(f"/debrief/{debrief.pk}/{key}/", {"skip": ""})
    debrief.refresh_from_db()
    assert debrief.finished_at is not None
    assert owner_client.get(f"/debrief/{debrief.pk}/resume/").url == f"/debrief/{debrief.pk}/"


def test_it_schedules_actions_after_the_cooldown(owner, owner_client):
    rejected_at = timezone.now()
    debrief = make_debrief(owner, application=make_rejected(owner, at=rejected_at))
    today = timezone.localdate()
    owner_client.post(
        f"/debrief/{debrief.pk}/cooldown/",
        {"action_title": "Ask Léa for a mock interview", "action_due": today.isoformat()},
    )
    action = Action.objects.get(source_kind="debrief", source_id=debrief.pk)
    ends = timezone.localtime(flow.cooldown_ends(debrief, "fr"))
    assert action.due_on == ends.date() and action.due_on > today


def test_it_creates_no_action_on_autosave(owner, owner_client):
    debrief = make_debrief(owner)
    owner_client.post(f"/debrief/{debrief.pk}/cooldown/", {"action_title": "Call Léa"}, **HX)
    assert not Action.objects.exists()


def test_it_counts_the_cooldown_from_the_rejection(owner):
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    debrief = make_debrief(owner, application=make_rejected(owner, at=at))
    assert flow.cooldown_ends(debrief, "en") == at + timedelta(hours=24)


def test_it_prefills_the_replay_from_logged_interviews_and_times_each_version(owner, owner_client):
    questions = "Tell me about yourself\nWhy us?\nTell me about yourself"
    debrief = make_debrief(owner, application=make_rejected(owner, questions=questions))
    page = owner_client.get(f"/debrief/{debrief.pk}/replay/")
    assert "Why us?" in page.content.decode()
    assert list(ReplayAnswer.objects.values_list("question", flat=True)) == [
        "Tell me about yourself",
        "Why us?",
    ]
    data = {
        "replay-TOTAL_FORMS": "1",
        "replay-INITIAL_FORMS": "1",
        "replay-0-question": "Why us?",
        "replay-0-mark": "vague",
        "replay-0-short_version": "I like your product a lot and I think I would fit in.",
    }
    body = owner_client.post(f"/debrief/{debrief.pk}/replay/", data, **HX).content.decode()
    assert "Vague: 1/3" in body or "1/3" in body
    assert "No figure" in body or "chiffre" in body
    assert ReplayAnswer.objects.get().mark == "vague"


def test_it_saves_causes_from_examples_and_own_words(owner, owner_client):
    debrief = make_debrief(owner)
    structural = flow.method.guide("fr")["causes"]["structural"][0]
    data = {
        "structural": [structural],
        "own_0_text": "Pas assez de chiffres dans mes exemples",
        "own_0_control": "controllable",
        "own_0_nature": "improvable",
        "own_1_control": "controllable",
        "own_1_nature": "improvable",
        "own_2_control": "controllable",
        "own_2_nature": "improvable",
    }
    owner_client.post(f"/debrief/{debrief.pk}/causes/", data)
    rows = sorted((c.text, c.control, c.nature) for c in debrief.causes.all())
    assert rows == [
        ("Pas assez de chiffres dans mes exemples", "controllable", "improvable"),
        (structural, "external", "structural"),
    ]


def test_it_summarises_lessons_hypotheses_and_actions(owner, owner_client):
    debrief = make_debrief(owner, tests="Send 2 CVs with figures\n")
    owner_client.post(
        f"/debrief/{debrief.pk}/summary/",
        {
            "lessons": "Quantify results",
            "action_title": "Rewrite the pitch",
            "hypotheses_to_plan": "on",
        },
    )
    page = owner_client.get(f"/debrief/{debrief.pk}/").content.decode()
    for text in ("Quantify results", "Send 2 CVs with figures", "Rewrite the pitch"):
        assert text in page
    assert Action.objects.filter(source_kind="debrief").count() == 2


def test_the_cool_down_and_the_replay_follow_the_rules(owner, owner_client, edited_rules):
    rejected_at = datetime(2026, 3, 2, 9, tzinfo=UTC)
    debrief = make_debrief(owner, application=make_rejected(owner, at=rejected_at))
    edited_rules("timings", "cool_down_hours = 24", "cool_down_hours = 48")
    edited_rules("debrief", "long_min_seconds = 60", "long_min_seconds = 45")
    edited_rules("reset", "seconds = 180\ninhale", "seconds = 300\ninhale")
    assert flow.cooldown_ends(debrief, "fr") == rejected_at + timedelta(hours=48)
    replay = owner_client.get(f"/debrief/{debrief.pk}/replay/").content.decode()
    assert "45 à 90 s" in replay
    reset = owner_client.get(f"/debrief/{debrief.pk}/reset/").content.decode()
    assert "12 minutes" in reset and "temps de recul de 48 h" in reset
    cooldown = owner_client.get(f"/debrief/{debrief.pk}/cooldown/").content.decode()
    assert "Laissez passer 48 heures" in cooldown and "la fin des 48 heures" in cooldown
    from rebond.method.agenda.timings import title

    assert title("cool_down", "en") == "48-hour pause: breathe before acting"
