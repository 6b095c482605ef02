"""What a French tester's walk of the debrief found (issue 19): the replay knows whether
feedback came and offers as many rows as it asks for; the emotion is asked once; the pacer has
a sentence for each state of the timer."""

import re

import pytest
from django.utils import timezone

from rebond.debrief.models import ReplayAnswer
from rebond.debrief.services import flow
from rebond.debrief.tests.factories import make_debrief, make_rejected
from rebond.feedback.models import FeedbackItem, Statement
from rebond.jobs import services as jobs
from rebond.jobs.tests.factories import make_application
from rebond.method import debrief as method

pytestmark = pytest.mark.django_db
REPLAY = method.guide("en")["replay"]


@pytest.fixture
def client_en(owner_client):
    owner_client.cookies["django_language"] = "en"
    return owner_client


def _replay_page(client, debrief) -> str:
    return client.get(f"/debrief/{debrief.pk}/replay/").content.decode()


def _rows(body: str) -> int:
    return body.count('class="replay-row"')


def test_the_replay_without_feedback_asks_to_rebuild_the_interview(owner, client_en):
    body = _replay_page(client_en, make_debrief(owner))
    assert REPLAY["intro"] in body
    assert REPLAY["intro_with_feedback"] not in body


def test_the_replay_after_a_reason_given_says_only_that_it_is_optional(owner, client_en):
    application = make_application(owner, stages=("interview_1",))
    jobs.close_application(application, reason="Your SQL was not deep enough for the role.")
    body = _replay_page(client_en, make_debrief(owner, application=application))
    assert REPLAY["intro_with_feedback"] in body
    assert REPLAY["intro"] not in body


def _recruiter_message(owner, application, statements: list[str]) -> FeedbackItem:
    item = FeedbackItem.objects.create(
        user=owner, application=application, received_on=timezone.localdate(), text="…"
    )
    for i, text in enumerate(statements):
        Statement.objects.create(
            item=item, position=i, text=text, lang="en", theme="technical",
            dimension="skills", polarity="weakness", nature="objective", embedding=b"",
        )  # fmt: skip
    return item


def test_the_replay_knows_feedback_came_as_a_recruiter_message(owner, client_en):
    debrief = make_debrief(owner)
    _recruiter_message(owner, debrief.application, [])  # a template "no": no feedback in it
    assert not flow.feedback_received(debrief)
    assert REPLAY["intro"] in _replay_page(client_en, debrief)
    _recruiter_message(owner, debrief.application, ["Your examples lacked figures."])
    assert flow.feedback_received(debrief)
    body = _replay_page(client_en, debrief)
    assert REPLAY["intro_with_feedback"] in body and REPLAY["intro"] not in body


def test_the_replay_asks_the_feedback_app_through_its_hook(owner, monkeypatch):
    debrief = make_debrief(owner)
    _recruiter_message(owner, debrief.application, ["Your examples lacked figures."])
    assert flow.feedback_received(debrief)
    # Without an app answering `employer_feedback`, the debrief reads no feedback of its own.
    monkeypatch.setattr("rebond.insights.hooks.insight_hook", lambda name: None)
    assert not flow.feedback_received(debrief)


@pytest.mark.parametrize(("questions", "rows"), [(0, 3), (2, 3), (4, 5)])
def test_the_replay_offers_three_rows_when_it_asks_for_three(owner, client_en, questions, rows):
    logged = "\n".join(f"Question {i}?" for i in range(questions))
    debrief = make_debrief(owner, application=make_rejected(owner, questions=logged))
    body = _replay_page(client_en, debrief)
    assert _rows(body) == rows
    assert f'name="replay-TOTAL_FORMS" value="{rows}"' in body


def test_add_a_question_saves_and_comes_back_with_one_more_row(owner, client_en):
    debrief = make_debrief(owner)
    data = {"replay-TOTAL_FORMS": "3", "replay-INITIAL_FORMS": "0", "add_row": ""}
    data |= {f"replay-{i}-question": f"Q{i}?" for i in range(3)}
    response = client_en.post(f"/debrief/{debrief.pk}/replay/", data)
    assert response.url == f"/debrief/{debrief.pk}/replay/#replay-end"
    assert ReplayAnswer.objects.count() == 3
    debrief.refresh_from_db()
    assert "replay" not in debrief.done_steps  # still on the step
    assert _rows(_replay_page(client_en, debrief)) == 4


def test_each_rewrite_has_a_live_length_line_with_the_server_rule(owner, client_en):
    body = _replay_page(client_en, make_debrief(owner))
    assert body.count('data-kind="short"') == 3 and body.count('data-kind="long"') == 3
    assert 'data-wpm="150"' in body and 'data-short-low="15"' in body
    assert 'data-long-high="90"' in body and "rebond/replay.js" in body


def test_the_checkin_emotion_becomes_the_resets_and_is_not_asked_again(owner, client_en):
    debrief = make_debrief(owner)
    data = {"emotion": "anger", "emotion_words": "frustrated", "intensity": "7", "save": ""}
    client_en.post(f"/debrief/{debrief.pk}/checkin/", data)
    debrief.refresh_from_db()
    assert debrief.reset_emotion == "Anger — frustrated (7/10)"
    body = client_en.get(f"/debrief/{debrief.pk}/reset/").content.decode()
    assert "(named at the check-in)" in body and "Change it if it has shifted" in body
    shown = re.search(r"<details>.*?</details>", body, re.S)
    assert shown and 'name="reset_emotion"' in shown.group(0)  # editable, folded away

    # A changed check-in follows through; words written at the reset are never overwritten.
    checkin = f"/debrief/{debrief.pk}/checkin/"
    client_en.post(checkin, data | {"intensity": "4"}, HTTP_HX_REQUEST="1")
    debrief.refresh_from_db()
    assert debrief.reset_emotion == "Anger — frustrated (4/10)"
    client_en.post(f"/debrief/{debrief.pk}/reset/", {"reset_emotion": "Calmer now"})
    client_en.post(checkin, data | {"intensity": "2"}, HTTP_HX_REQUEST="1")
    debrief.refresh_from_db()
    assert debrief.reset_emotion == "Calmer now"


def test_the_reset_asks_the_emotion_when_the_checkin_named_none(owner, client_en):
    debrief = make_debrief(owner)
    body = client_en.get(f"/debrief/{debrief.pk}/reset/").content.decode()
    assert "(named at the check-in)" not in body and "<details>" not in body
    assert 'name="reset_emotion"' in body


def test_the_pacer_has_a_sentence_for_each_state(owner, client_en):
    body = client_en.get(f"/debrief/{make_debrief(owner).pk}/reset/").content.decode()
    for state in ("idle", "paused", "after", "done", "in", "out"):
        assert f"data-text-{state}=" in body


def test_the_summary_shows_the_reset_emotion_only_when_it_changed(owner, client_en):
    debrief = make_debrief(owner, reset_fact="They wanted SQL")
    client_en.post(f"/debrief/{debrief.pk}/checkin/", {"emotion": "anger", "intensity": "7"})
    body = client_en.get(f"/debrief/{debrief.pk}/").content.decode()
    assert "After the reset:" not in body  # the same emotion is not said twice
    client_en.post(f"/debrief/{debrief.pk}/reset/", {"reset_emotion": "Calmer, 3/10"})
    body = client_en.get(f"/debrief/{debrief.pk}/").content.decode()
    assert "After the reset:</strong> Calmer, 3/10" in body


def test_the_french_summary_puts_a_space_before_its_colons(owner, owner_client):
    owner_client.cookies["django_language"] = "fr"
    debrief = make_debrief(owner, reset_fact="Ils voulaient du SQL")
    body = owner_client.get(f"/debrief/{debrief.pk}/").content.decode()
    assert "Un fait objectif\u202f:</strong>" in body  # narrow no-break space (typography)


def test_the_columns_explain_each_column_without_repeating_its_name(owner, client_en):
    body = client_en.get(f"/debrief/{make_debrief(owner).pk}/columns/").content.decode()
    for name in ("Facts", "Interpretations", "What I can test"):
        assert f'<span class="helptext">{name}:' not in body
    assert method.guide("en")["columns"]["facts"] in body
