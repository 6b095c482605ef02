"""The preparation API: the owner works, another person gets 404, anonymous gets 401."""

import json

import pytest

from rebond.prep.models import MockSession, Story
from rebond.prep.tests.factories import GOOD_STORY, VTT, make_interview, make_session, make_story

pytestmark = pytest.mark.django_db


def send(client, method, url, body=None):
    if method in ("get", "delete"):
        return getattr(client, method)(url)
    return getattr(client, method)(url, json.dumps(body or {}), content_type="application/json")


def test_it_creates_checks_updates_and_deletes_stories(owner_client, owner):
    created = send(owner_client, "post", "/api/v1/prep/stories", GOOD_STORY)
    assert created.status_code == 201 and created.json()["check"]["ok"] is True
    pk = created.json()["id"]
    updated = send(owner_client, "put", f"/api/v1/prep/stories/{pk}", {"title": "Short"})
    assert updated.json()["check"]["missing"] == [
        "situation",
        "task",
        "actions",
        "result",
        "learnings",
        "transfer",
    ]
    assert owner_client.get("/api/v1/prep/story-bank").json()["count"] == 1
    assert owner_client.delete(f"/api/v1/prep/stories/{pk}").status_code == 204
    assert not Story.objects.exists()


def test_it_checks_and_keeps_pitch_versions(owner_client):
    body = {"kind": "pitch", "text": "I'm an analyst. I cut costs by 30% and saved 2 days."}
    check = send(owner_client, "post", "/api/v1/prep/pitch-check", body).json()
    assert check["proofs"] == 2 and check["window_seconds"] == [30.0, 45.0]
    assert send(owner_client, "post", "/api/v1/prep/pitches", body).status_code == 201
    assert len(owner_client.get("/api/v1/prep/pitches?kind=pitch").json()) == 1


def test_it_imports_a_transcript_and_returns_its_metrics(owner_client):
    created = send(
        owner_client,
        "post",
        "/api/v1/prep/mock-sessions",
        {"title": "API", "text": VTT, "interviewer": "Q"},
    )
    assert created.status_code == 201
    assert created.json()["metrics"]["interviewer_found"] is True
    empty = send(owner_client, "post", "/api/v1/prep/mock-sessions", {"title": "x", "text": "  "})
    assert empty.status_code == 422 and set(empty.json()["error"]) == {"code", "message", "details"}


def test_it_reads_and_updates_a_checklist(owner_client, owner):
    interview = make_interview(owner)
    url = f"/api/v1/prep/interviews/{interview.pk}/checklist"
    assert owner_client.get(url).json()["done"] == 0
    body = {"materials": ["figures"], "questions_to_ask": ["decision_criteria", "trade_offs"]}
    assert send(owner_client, "put", url, body).json()["done"] == 2
    assert send(owner_client, "put", url, {"questions_to_ask": ["nope"]}).status_code == 422


@pytest.fixture
def owned(owner):
    return {
        "story": make_story(owner).pk,
        "session": make_session(owner).pk,
        "interview": make_interview(owner).pk,
    }


def owned_endpoints(o):
    return [
        ("get", f"/api/v1/prep/stories/{o['story']}"),
        ("put", f"/api/v1/prep/stories/{o['story']}"),
        ("delete", f"/api/v1/prep/stories/{o['story']}"),
        ("get", f"/api/v1/prep/mock-sessions/{o['session']}"),
        ("get", f"/api/v1/prep/interviews/{o['interview']}/checklist"),
        ("put", f"/api/v1/prep/interviews/{o['interview']}/checklist"),
    ]


LIST_ENDPOINTS = [
    ("get", "/api/v1/prep/stories"),
    ("post", "/api/v1/prep/stories"),
    ("get", "/api/v1/prep/story-bank"),
    ("post", "/api/v1/prep/pitch-check"),
    ("get", "/api/v1/prep/pitches"),
    ("post", "/api/v1/prep/pitches"),
    ("get", "/api/v1/prep/mock-sessions"),
    ("post", "/api/v1/prep/mock-sessions"),
]


def test_it_serves_the_owner(client, owner, owned):
    client.force_login(owner)
    for method, url in owned_endpoints(owned):
        body = {"title": "T"} if method == "put" and "stories" in url else {}
        assert send(client, method, url, body).status_code in (200, 204), url


def test_it_answers_404_to_another_person(client, other, owned):
    client.force_login(other)
    for method, url in owned_endpoints(owned):
        assert send(client, method, url, {"title": "T"}).status_code == 404, url
    assert owner_rows_untouched(owned)


def owner_rows_untouched(owned):
    return Story.objects.filter(pk=owned["story"], title=GOOD_STORY["title"]).exists() and (
        MockSession.objects.filter(pk=owned["session"]).exists()
    )


def test_it_answers_401_to_anonymous_callers(client, owned):
    for method, url in owned_endpoints(owned) + LIST_ENDPOINTS:
        response = send(client, method, url, {"title": "T"})
        assert response.status_code == 401, url
        assert response.json()["error"]["code"] == "unauthenticated"


def test_it_lists_only_the_callers_rows(client, other, owned):
    client.force_login(other)
    assert client.get("/api/v1/prep/stories").json() == []
    assert client.get("/api/v1/prep/mock-sessions").json() == []
