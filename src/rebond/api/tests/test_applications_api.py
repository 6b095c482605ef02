import json

import pytest

from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db


def post(client, url, body, method="post"):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


def test_it_creates_moves_and_rejects_through_the_api(owner_client):
    created = post(owner_client, "/api/v1/applications", {"company": "Alan", "role": "PM"})
    assert created.status_code == 201
    pk = created.json()["id"]
    moved = post(owner_client, f"/api/v1/applications/{pk}/stages", {"stage": "interview_1"})
    assert moved.json()["stage"] == "interview_1"
    interview = post(
        owner_client,
        f"/api/v1/applications/{pk}/interviews",
        {"round": 1, "scheduled_at": "2026-11-20T10:00:00Z", "questions": "Q1"},
    )
    assert interview.status_code == 201
    outcome = post(
        owner_client, f"/api/v1/applications/{pk}/outcome", {"reason": "Budget"}, method="put"
    )
    assert outcome.json()["stage_reached"] == "interview_1"
    detail = owner_client.get(f"/api/v1/applications/{pk}").json()
    assert (detail["stage"], detail["furthest_stage"]) == ("rejected", "interview_1")
    stages = owner_client.get(f"/api/v1/applications/{pk}/stages").json()
    assert [s["stage"] for s in stages] == ["applied", "interview_1", "rejected"]


def test_it_refuses_an_ending_as_a_move_and_a_rejection_at_the_offer(owner_client, owner):
    application = make_application(owner, stages=("screening",))
    url = f"/api/v1/applications/{application.pk}"
    moved = post(owner_client, f"{url}/stages", {"stage": "rejected"})
    assert moved.status_code == 422
    assert f"PUT /api/v1/applications/{application.pk}/outcome" in moved.json()["error"]["message"]
    assert post(owner_client, f"{url}/stages", {"stage": "offer"}).status_code == 201
    at_offer = post(owner_client, f"{url}/outcome", {"stage_reached": "offer"}, method="put")
    assert at_offer.status_code == 422 and "not at offer" in at_offer.json()["error"]["message"]
    detail = owner_client.get(url).json()
    assert detail["stage"] == "offer"
    assert owner_client.get(f"{url}/outcome").status_code == 404


def test_it_answers_errors_in_one_shape(owner_client):
    invalid = post(owner_client, "/api/v1/applications", {"company": "", "role": "PM"})
    assert invalid.status_code == 422
    assert set(invalid.json()["error"]) == {"code", "message", "details"}
    missing = owner_client.get("/api/v1/applications/999")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("path", ["", "/stages", "/interviews", "/outcome"])
def test_it_hides_another_persons_objects(other_client, owner, path):
    application = make_application(owner)
    response = other_client.get(f"/api/v1/applications/{application.pk}{path}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_it_refuses_another_persons_writes(other_client, owner):
    application = make_application(owner)
    response = post(
        other_client, f"/api/v1/applications/{application.pk}/stages", {"stage": "offer"}
    )
    assert response.status_code == 404
    application.refresh_from_db()
    assert application.stage == "applied"


def test_it_lists_only_the_owners_rows(other_client, owner, other):
    make_application(owner)
    make_application(other, role="Theirs")
    assert [a["role"] for a in other_client.get("/api/v1/applications").json()] == ["Theirs"]


def test_it_asks_anonymous_callers_to_sign_in(client, owner):
    application = make_application(owner)
    for url in ("/api/v1/applications", f"/api/v1/applications/{application.pk}"):
        response = client.get(url)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthenticated"


def test_it_publishes_an_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "Rebond API"
    assert "/api/v1/applications/{pk}/stages" in schema["paths"]
