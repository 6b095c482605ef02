"""Nothing saved twice (X1): the same form sent again (a double click, Back then Save) is
recognised and not run again; anything else runs as usual."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from rebond.debrief.models import ThoughtRecord
from rebond.debrief.tests.factories import make_thought
from rebond.trash.models import BinEntry
from rebond.web import submissions
from rebond.web.models import RecentPost

pytestmark = pytest.mark.django_db
RECORD = {"thought": "Je rate toujours tout.", "situation": "Refus Acme", "intensity_before": "7"}


def test_the_same_form_sent_twice_saves_once_and_leads_to_the_same_page(owner_client):
    first = owner_client.post("/debrief/thoughts/", RECORD)
    owner_client.get(first.url)  # Back, then the form page again
    owner_client.get("/debrief/thoughts/")
    again = owner_client.post("/debrief/thoughts/", RECORD, HTTP_ACCEPT_LANGUAGE="en")
    assert ThoughtRecord.objects.count() == 1
    assert again.status_code == 302 and again.url == first.url
    page = owner_client.get(again.url, HTTP_ACCEPT_LANGUAGE="en")
    assert b"Already saved" in page.content


def test_a_different_form_or_content_runs(owner_client):
    owner_client.post("/debrief/thoughts/", RECORD)
    owner_client.post("/debrief/thoughts/", {**RECORD, "thought": "Autre chose."})
    owner_client.post("/debrief/thoughts/", RECORD)  # not the latest one any more
    assert ThoughtRecord.objects.count() == 3


def test_a_form_with_errors_can_be_sent_again(owner_client):
    invalid = {"situation": "Sans pensée"}
    assert owner_client.post("/debrief/thoughts/", invalid).status_code == 200
    assert owner_client.post("/debrief/thoughts/", invalid).status_code == 200
    assert b"Already saved" not in owner_client.post("/debrief/thoughts/", invalid).content
    assert not RecentPost.objects.exists()


def test_after_the_window_the_same_form_runs_again(owner_client):
    owner_client.post("/debrief/thoughts/", RECORD)
    RecentPost.objects.update(at=timezone.now() - submissions.WINDOW - timedelta(seconds=1))
    owner_client.post("/debrief/thoughts/", RECORD)
    assert ThoughtRecord.objects.count() == 2


def test_delete_restore_delete_deletes_twice(owner_client, owner):
    record = make_thought(owner)
    delete = f"/debrief/thought/{record.pk}/delete/"
    owner_client.post(delete, {"confirmed": "1"})
    owner_client.post(f"/bin/{BinEntry.objects.get().pk}/restore/")
    owner_client.post(delete, {"confirmed": "1"})
    assert not ThoughtRecord.objects.exists() and BinEntry.objects.count() == 1


def test_each_person_is_counted_apart(owner_client, other):
    owner_client.post("/debrief/thoughts/", RECORD)
    owner_client.force_login(other)
    owner_client.post("/debrief/thoughts/", RECORD)
    assert ThoughtRecord.objects.count() == 2
    assert RecentPost.objects.count() == 2


def test_a_second_click_while_the_first_runs_waits_then_goes_back(owner_client, owner, monkeypatch):
    monkeypatch.setattr(submissions, "WAIT_FOR_FIRST", 0.2)
    key_request = owner_client.post("/debrief/thoughts/", RECORD)
    RecentPost.objects.update(location="")  # as if the first were still running
    again = owner_client.post(
        "/debrief/thoughts/", RECORD, HTTP_REFERER="http://testserver/debrief/thoughts/"
    )
    assert again.url == "http://testserver/debrief/thoughts/" and key_request.status_code == 302
    assert ThoughtRecord.objects.count() == 1


def test_a_foreign_referer_is_not_followed(owner_client):
    owner_client.post("/debrief/thoughts/", RECORD)
    RecentPost.objects.update(location="")
    submissions.WAIT_FOR_FIRST, saved = 0.0, submissions.WAIT_FOR_FIRST
    try:
        again = owner_client.post(
            "/debrief/thoughts/", RECORD, HTTP_REFERER="https://evil.example/"
        )
    finally:
        submissions.WAIT_FOR_FIRST = saved
    assert again.url == "/"


def test_what_is_remembered_is_a_digest_not_the_text(owner_client):
    owner_client.post("/debrief/thoughts/", RECORD)
    row = RecentPost.objects.get()
    assert "rate" not in row.digest and len(row.digest) == 64


def test_a_new_sign_in_is_a_new_start(client, owner):
    """Signing out, in again, then out again: the second sign-out is not a repeat."""
    client.force_login(owner)
    client.post("/debrief/thoughts/", RECORD)
    client.logout()
    client.force_login(owner)
    client.post("/debrief/thoughts/", RECORD)
    assert ThoughtRecord.objects.count() == 2
