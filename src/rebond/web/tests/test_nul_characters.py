"""A NUL character in a request is refused the same way on SQLite and PostgreSQL.

PostgreSQL text cannot hold U+0000: before the check, `GET /api/v1/contacts?tag=%00` answered
500 there (found by the API fuzz test) and SQLite stored such text silently.
"""

from __future__ import annotations

import json

import pytest

from rebond.network.models import Contact

pytestmark = pytest.mark.django_db


def test_the_api_refuses_a_nul_in_the_query_in_its_error_shape(owner_client):
    response = owner_client.get("/api/v1/contacts?tag=V%00f&text=")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid" and "NUL" in error["message"]


def test_the_api_refuses_a_nul_in_a_json_body_and_stores_nothing(owner_client):
    body = json.dumps({"first_name": "Ana\u0000is", "last_name": "Roy"})
    response = owner_client.post("/api/v1/contacts", body, content_type="application/json")
    assert response.status_code == 422
    assert not Contact.objects.exists()


def test_a_page_refuses_a_nul_in_its_query(owner_client):
    response = owner_client.get("/network/?q=mar%00ie")
    assert response.status_code == 400


@pytest.mark.parametrize("key", ["q%00", "page"])
def test_a_nul_in_a_query_key_is_refused_too(owner_client, key):
    url = f"/network/?{key}=1"
    expected = 400 if "%00" in key else 200
    assert owner_client.get(url).status_code == expected


def test_text_that_only_spells_the_escape_is_kept(owner_client):
    # A backslash followed by "u0000" is ordinary text, not a NUL character.
    body = json.dumps({"first_name": "Ana", "last_name": "Roy", "how_met": "typed \\u0000"})
    response = owner_client.post("/api/v1/contacts", body, content_type="application/json")
    assert response.status_code == 201, response.content
    assert Contact.objects.get().how_met == "typed \\u0000"
