from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from rebond.accounts.services import issue_login_link, local_user

pytestmark = pytest.mark.django_db


def token_path(link: str) -> str:
    return link.removeprefix("http://127.0.0.1:8000")


def test_it_logs_in_once_with_the_printed_link(client):
    path = token_path(issue_login_link("http://127.0.0.1:8000"))
    assert client.get(path).status_code == 302
    assert client.get("/board/").status_code == 200
    client.logout()
    assert client.get(path).status_code == 403


def test_it_refuses_an_expired_link(client):
    path = token_path(issue_login_link("http://127.0.0.1:8000"))
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert client.get(path).status_code == 403


def test_it_refuses_a_made_up_link(client):
    assert client.get("/login/not-a-token/").status_code == 403


def test_it_creates_the_local_person_once():
    assert local_user().pk == local_user().pk
    assert not local_user().has_usable_password()


def test_it_logs_out_on_post(owner_client):
    assert owner_client.post("/logout/").status_code == 302
    assert owner_client.get("/board/").status_code == 302
