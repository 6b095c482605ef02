"""The API's error shape for every failure: a refusal is a 422 with the service's message for
the person; a bug is a 500 in the same shape, without the internal message."""

from __future__ import annotations

import pytest

from rebond.method.errors import ServiceError

pytestmark = pytest.mark.django_db


def test_a_refused_input_is_a_422_with_its_reason(owner_client):
    answer = owner_client.post(
        "/api/v1/applications",
        {"company": "Acme", "role": "Analyst", "job_url": "ftp://example.org/ad"},
        content_type="application/json",
    )
    assert answer.status_code == 422
    assert answer.json()["error"] == {
        "code": "invalid",
        "message": "The job ad link must start with http:// or https://.",
        "details": [],
    }


def test_a_bug_is_a_500_in_the_same_shape_without_its_message(owner_client, monkeypatch, caplog):
    from rebond.jobs import services

    def broken(*args, **kwargs):
        raise ValueError("internal detail: row 42 of table x")

    monkeypatch.setattr(services, "create_application", broken)
    client_error = owner_client.post(
        "/api/v1/applications",
        {"company": "Acme", "role": "Analyst"},
        content_type="application/json",
    )
    assert client_error.status_code == 500
    body = client_error.json()["error"]
    assert body["code"] == "server_error" and "internal detail" not in body["message"]
    assert "API error" in caplog.text  # logged for the operator


def test_service_errors_are_value_errors_for_the_faces_that_catch_those():
    assert issubclass(ServiceError, ValueError)
