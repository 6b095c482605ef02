"""The documents API: every endpoint with the owner, another person and nobody signed in."""

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from rebond.documents.models import CvVersion
from rebond.documents.tests.factories import JOB_TEXT, make_check, make_cv, make_proof
from rebond.jobs.tests.factories import make_application

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "cv"


def post(client, url, body, method="post"):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


@pytest.fixture
def ids(owner):
    cv = make_cv(owner)
    return {
        "cv": cv.pk,
        "check": make_check(owner, cv=cv).pk,
        "proof": make_proof(owner).pk,
        "app": make_application(owner, job_description=JOB_TEXT).pk,
    }


def calls(ids):
    """(method, url, JSON body) for every endpoint that takes an object id."""
    return [
        ("get", f"/api/v1/documents/cvs/{ids['cv']}", None),
        ("post", f"/api/v1/documents/cvs/{ids['cv']}/applications", {"application_id": ids["app"]}),
        ("post", f"/api/v1/documents/cvs/{ids['cv']}/checks", {"job_text": JOB_TEXT}),
        ("get", f"/api/v1/documents/checks/{ids['check']}", None),
        (
            "post",
            f"/api/v1/documents/proofs/{ids['proof']}/applications",
            {"application_id": ids["app"]},
        ),
        ("delete", f"/api/v1/documents/proofs/{ids['proof']}", None),
        ("delete", f"/api/v1/documents/cvs/{ids['cv']}", None),
    ]


def call(client, method, url, body):
    if body is None:
        return getattr(client, method)(url)
    return post(client, url, body, method)


def test_it_serves_every_endpoint_to_the_owner(owner_client, ids):
    for method, url, body in calls(ids):
        assert call(owner_client, method, url, body).status_code in (200, 201, 204), url
    for url in ("/api/v1/documents/cvs", "/api/v1/documents/proofs", "/api/v1/documents/message"):
        assert owner_client.get(url).status_code == 200, url


def test_it_answers_404_to_another_person(other, ids):
    client = Client()
    client.force_login(other)
    theirs = make_application(other).pk
    for method, url, body in calls(ids):
        if body and "application_id" in body:
            body = {"application_id": theirs}
        response = call(client, method, url, body)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "not_found"
    assert client.get("/api/v1/documents/cvs").json() == []
    assert CvVersion.objects.filter(pk=ids["cv"]).exists()


LIST_CALLS = [
    ("get", "/api/v1/documents/cvs", None),
    ("post", "/api/v1/documents/cvs", {"label": "x"}),
    ("get", "/api/v1/documents/message", None),
    ("put", "/api/v1/documents/message", {"text": "x"}),
    ("get", "/api/v1/documents/proofs", None),
    ("post", "/api/v1/documents/proofs", {"kind": "demo", "title": "x"}),
]


def test_it_answers_401_to_anonymous_visitors(client, ids):
    for method, url, body in [*calls(ids), *LIST_CALLS]:
        assert call(client, method, url, body).status_code == 401, url


def test_it_uploads_checks_and_reports_through_the_api(owner_client, owner):
    response = owner_client.post(
        "/api/v1/documents/cvs",
        {"file": SimpleUploadedFile("cv.pdf", (FIXTURES / "cv_en_two_columns.pdf").read_bytes())},
    )
    assert response.status_code == 201
    cv_id = response.json()["id"]
    report = owner_client.get(f"/api/v1/documents/cvs/{cv_id}").json()
    assert [f["code"] for f in report["findings"]] == ["two_columns"]
    assert [b["action_verb"] for b in report["bullets"]] == ["Led", "Built", None]
    check = post(owner_client, f"/api/v1/documents/cvs/{cv_id}/checks", {"job_text": JOB_TEXT})
    result = check.json()["result"]
    assert check.status_code == 201 and 0 <= result["score"] <= 1
    assert {"Scrum", "JIRA"} <= {m["term"] for m in result["missing"]}
    assert "explanation" in result
    lines = [r["text"] for r in result["requirements"]]
    assert "Connaissance de Google Analytics et de JIRA" in lines
    assert all(m["source"] for m in result["missing"] + result["to_check"])


def test_it_refuses_bad_files_in_one_error_shape(owner_client):
    response = owner_client.post(
        "/api/v1/documents/cvs",
        {"file": SimpleUploadedFile("cv.pdf", (FIXTURES / "cv_protected.pdf").read_bytes())},
    )
    assert response.status_code == 422
    assert set(response.json()["error"]) == {"code", "message", "details"}
    assert not CvVersion.objects.exists()


def test_it_keeps_the_central_message(owner_client):
    response = post(owner_client, "/api/v1/documents/message", {"text": "Je pilote."}, "put")
    assert response.json()["value_proposition"] == "Je pilote."
    assert response.json()["source"] == "documents"
