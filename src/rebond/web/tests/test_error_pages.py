"""Error pages speak the person's language: 400, 403 and 404 inside the site's frame with its
menu, 500 and the CSRF refusal without touching the database."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory
from django.utils import translation

from rebond.web import errors

pytestmark = pytest.mark.django_db


def test_it_answers_an_unknown_page_in_french_with_the_menu(owner_client):
    response = owner_client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.text
    assert '<html lang="fr">' in body and "Page introuvable" in body
    assert "Aujourd&#x27;hui</a>" in body and "<nav" in body  # the menu
    assert "Page not found" not in body


def test_it_answers_an_unknown_page_in_english_when_asked(owner_client):
    response = owner_client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "Page not found" in response.text and ">Today<" in response.text


def test_it_answers_another_persons_object_with_the_same_page(owner_client):
    response = owner_client.get("/applications/999999/")
    assert response.status_code == 404 and "Page introuvable" in response.text


@pytest.mark.parametrize(
    ("handler", "status", "french"),
    [
        (errors.bad_request, 400, "Requête illisible"),
        (errors.permission_denied, 403, "Accès refusé"),
    ],
)
def test_it_frames_the_other_client_errors_in_french(owner, handler, status, french):
    request = RequestFactory().get("/")
    request.user = owner
    request.session = {}
    with translation.override("fr"):
        response = handler(request, Exception())
    assert response.status_code == status and french in response.text
    assert "<nav" in response.text  # the menu


def test_the_server_error_page_needs_no_database(django_assert_num_queries):
    request = RequestFactory().get("/")
    with translation.override("fr"), django_assert_num_queries(0):
        response = errors.server_error(request)
    assert response.status_code == 500 and "Une erreur est survenue" in response.text
    with translation.override("en"):
        assert "Something went wrong" in errors.server_error(request).text


def test_a_form_sent_without_its_token_is_refused_in_french(owner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(owner)
    response = client.post("/plan/actions/new/", {"title": "x"})
    assert response.status_code == 403 and "Le formulaire a expiré" in response.text
