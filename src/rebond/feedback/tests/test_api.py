"""The feedback API with three people: owner 200/201, another person 404, anonymous 401."""

import json
from datetime import UTC, datetime

import pytest

from rebond.feedback.tests.factories import make_application, make_feedback, make_message

pytestmark = pytest.mark.django_db


def send(client, method, url, body=None):
    if method == "get":
        return client.get(url)
    return getattr(client, method)(url, json.dumps(body or {}), content_type="application/json")


@pytest.fixture
def ids(owner):
    app = make_application(owner, rejected_at=datetime.now(UTC))
    item = make_feedback(owner, application=app)
    return {
        "app": app.pk,
        "item": item.pk,
        "statement": item.statements.get().pk,
        "message": make_message(owner, application=app).pk,
    }


CALLS = [
    ("get", "/api/v1/feedback/items/{item}", None),
    ("patch", "/api/v1/feedback/statements/{statement}", {"nature": "objective"}),
    ("get", "/api/v1/feedback/messages/{message}", None),
    ("post", "/api/v1/feedback/messages", {"application_id": "{app}"}),
    (
        "post",
        "/api/v1/feedback/items",
        {"text": "Vos réponses étaient trop longues.", "application_id": "{app}"},
    ),
]
LISTS = ["/api/v1/feedback/items", "/api/v1/feedback/points", "/api/v1/feedback/strengths",
         "/api/v1/feedback/due"]  # fmt: skip


def fill(body, ids):
    if body is None:
        return None
    return {k: int(v.format(**ids)) if v == "{app}" else v for k, v in body.items()}


@pytest.mark.parametrize(("method", "url", "body"), CALLS)
def test_it_serves_the_owner(owner_client, ids, method, url, body):
    response = send(owner_client, method, url.format(**ids), fill(body, ids))
    assert response.status_code in (200, 201), response.content


@pytest.mark.parametrize(("method", "url", "body"), CALLS)
def test_it_hides_another_persons_data(other_client, ids, method, url, body):
    response = send(other_client, method, url.format(**ids), fill(body, ids))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(("method", "url", "body"), CALLS + [("get", u, None) for u in LISTS])
def test_it_asks_anonymous_callers_to_sign_in(client, ids, method, url, body):
    assert send(client, method, url.format(**ids), fill(body, ids)).status_code == 401


@pytest.mark.parametrize("url", LISTS)
def test_it_lists_only_the_callers_data(owner_client, other_client, ids, url):
    assert owner_client.get(url).status_code == 200
    assert other_client.get(url).json() == []


def test_it_records_corrects_and_ranks(owner_client, ids):
    created = send(owner_client, "post", "/api/v1/feedback/items", {
        "text": "Hello,\n\nYour examples were too vague.\n\nBest,\nTom", "source_name": "Tom",
    })  # fmt: skip
    assert created.status_code == 201
    assert [s["text"] for s in created.json()["statements"]] == ["Your examples were too vague."]
    points = owner_client.get("/api/v1/feedback/points").json()
    assert points[0]["sources"] == 2 and len(points[0]["quotes"]) == 2
    statement = created.json()["statements"][0]["id"]
    fixed = send(owner_client, "patch", f"/api/v1/feedback/statements/{statement}",
                 {"dimension": "concision"})  # fmt: skip
    assert fixed.json()["corrected"] == ["dimension"]
    refused = send(owner_client, "patch", f"/api/v1/feedback/statements/{statement}",
                   {"dimension": "vibes"})  # fmt: skip
    assert refused.status_code == 422 and "error" in refused.json()


def test_it_refuses_an_empty_paste_in_the_error_shape(owner_client):
    response = send(owner_client, "post", "/api/v1/feedback/items", {"text": "  \n "})
    assert response.status_code == 422
    assert "empty" in response.json()["error"]["message"].lower()


def test_a_message_with_no_feedback_is_recorded_and_a_piece_can_be_brought_back(owner_client):
    text = (
        "Bonjour,\n\nMerci pour votre candidature. Nous ne donnerons pas suite."
        "\n\nCordialement,\nRH"
    )
    created = send(owner_client, "post", "/api/v1/feedback/items", {"text": text})
    assert created.status_code == 201
    item = created.json()
    assert item["no_feedback"] and item["statements"] == []
    kinds = [p["kind"] for p in item["set_aside"]]
    assert kinds[0] == "greeting" and "courtesy" in kinds
    index = kinds.index("courtesy")
    back = send(owner_client, "post", f"/api/v1/feedback/items/{item['id']}/restore/{index}", {})
    assert back.status_code == 200 and len(back.json()["statements"]) == 1
    statement = back.json()["statements"][0]
    gone = send(
        owner_client,
        "post",
        f"/api/v1/feedback/statements/{statement['id']}/answer",
        {"answer": "not_feedback"},
    )
    assert gone.status_code == 200 and gone.json()["statements"] == []
    assert len(gone.json()["set_aside"]) == len(kinds)
