"""The debrief API with three people: owner 200/201/204, another person 404, anonymous 401."""

import pytest

from rebond.debrief.models import Asset, Debrief, ThoughtRecord
from rebond.debrief.services import journal
from rebond.debrief.tests.factories import make_debrief, make_rejected, make_thought

pytestmark = pytest.mark.django_db
JSON = "application/json"


@pytest.fixture
def ids(owner):
    return {
        "debrief": make_debrief(owner, tests="Ask for a 15-minute call").pk,
        "application": make_rejected(owner, role="Second").pk,
        "thought": make_thought(owner).pk,
        "asset": journal.add_asset(owner, "skill", "SQL").pk,
        "checkin": journal.log_mood(owner, mood=5).pk,
    }


def reads(ids):
    return [
        "/api/v1/debriefs",
        f"/api/v1/debriefs/{ids['debrief']}",
        "/api/v1/thoughts",
        f"/api/v1/thoughts/{ids['thought']}",
        "/api/v1/checkins",
        "/api/v1/mood",
        "/api/v1/assets",
    ]


def test_it_answers_the_owner(owner_client, ids):
    for url in reads(ids):
        assert owner_client.get(url).status_code == 200, url
    summary = owner_client.get(f"/api/v1/debriefs/{ids['debrief']}").json()
    assert summary["hypotheses"] == ["Ask for a 15-minute call"]


def test_it_answers_404_to_another_person(other_client, ids):
    for url in (f"/api/v1/debriefs/{ids['debrief']}", f"/api/v1/thoughts/{ids['thought']}"):
        assert other_client.get(url).status_code == 404
        assert other_client.delete(url).status_code == 404
    assert other_client.delete(f"/api/v1/assets/{ids['asset']}").status_code == 404
    start = other_client.post(
        "/api/v1/debriefs", {"application_id": ids["application"]}, content_type=JSON
    )
    assert start.status_code == 404
    assert other_client.get("/api/v1/thoughts").json() == []
    assert other_client.get("/api/v1/assets").json() == []
    assert other_client.get("/api/v1/debriefs").json() == []
    assert other_client.get("/api/v1/checkins").json() == []
    assert other_client.get("/api/v1/mood").json() == []
    assert Debrief.objects.count() == ThoughtRecord.objects.count() == Asset.objects.count() == 1


def test_it_answers_401_to_anonymous_calls(client, ids):
    for url in reads(ids):
        assert client.get(url).status_code == 401, url
    for url in ("/api/v1/debriefs", "/api/v1/thoughts", "/api/v1/checkins", "/api/v1/assets"):
        assert client.post(url, {}, content_type=JSON).status_code == 401, url


def test_it_starts_a_debrief_and_logs_thoughts_check_ins_and_assets(owner_client, ids):
    started = owner_client.post(
        "/api/v1/debriefs", {"application_id": ids["application"]}, content_type=JSON
    )
    assert started.status_code == 201 and started.json()["resume_step"] == "checkin"
    thought = owner_client.post(
        "/api/v1/thoughts", {"thought": "I never succeed at anything."}, content_type=JSON
    ).json()
    assert thought["distortions"] and thought["help"] is None
    crisis = owner_client.post(
        "/api/v1/thoughts", {"thought": "I want to end it all."}, content_type=JSON
    ).json()
    assert crisis["distortions"] == [] and "3114" in str(crisis["help"])
    checkin = owner_client.post(
        "/api/v1/checkins", {"mood": 6, "emotion": "relief"}, content_type=JSON
    )
    assert checkin.status_code == 201 and checkin.json()["soothing_action"]
    bad = owner_client.post("/api/v1/checkins", {"mood": 12}, content_type=JSON)
    assert bad.status_code == 422
    asset = owner_client.post(
        "/api/v1/assets", {"kind": "result", "text": "+30 %"}, content_type=JSON
    )
    assert asset.status_code == 201
    assert owner_client.delete(f"/api/v1/thoughts/{thought['id']}").status_code == 204
    assert not ThoughtRecord.objects.filter(pk=thought["id"]).exists()
