"""Hosted-trust details that hold in every mode: health during an outage, private pages kept
out of caches, job ad links that cannot run script."""

from __future__ import annotations

import json

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

pytestmark = pytest.mark.django_db


def test_health_answers_503_during_a_database_outage_even_with_a_session(owner_client, monkeypatch):
    def down(self, *args, **kwargs):
        raise OperationalError("the database is down")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", down)
    response = owner_client.get("/health/")
    assert response.status_code == 503 and b"unavailable" in response.content


def test_a_signed_in_persons_pages_are_never_cached(owner_client, client):
    page = owner_client.get("/debrief/")
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    client.logout()
    assert "no-store" not in client.get("/health/").get("Cache-Control", "")


def test_a_job_ad_link_must_be_a_web_address(owner, owner_client):
    from rebond.jobs import services
    from rebond.jobs.models import Application

    with pytest.raises(ValueError, match="http"):
        services.create_application(
            owner, company="Acme", role="Analyst", job_url="javascript:alert(1)"
        )
    response = owner_client.post(
        "/api/v1/applications",
        json.dumps({"company": "Acme", "role": "Analyst", "job_url": "javascript:alert(1)"}),
        content_type="application/json",
    )
    assert response.status_code == 422 and not Application.objects.exists()
    # A link stored before this check is shown as text, never as a link.
    ok = services.create_application(owner, company="Acme", role="Analyst")
    Application.objects.filter(pk=ok.pk).update(job_url="javascript:alert(1)")
    page = owner_client.get(f"/applications/{ok.pk}/").content.decode()
    assert 'href="javascript:' not in page


def test_a_control_character_never_breaks_a_page(owner, owner_client):
    from rebond.feedback.models import Statement
    from rebond.feedback.tests.factories import make_feedback

    item = make_feedback(owner, text="Vos exemples \x07restaient trop généraux et sans chiffres.")
    assert "\x07" not in item.text and "\x07" not in item.statements.get().text
    # A row stored before the input was cleaned: the charts hold whatever is stored.
    Statement.objects.filter(item=item).update(text="Vos exemples \x07restaient trop généraux.")
    for url in ("/insights/", "/feedback/points/", "/feedback/strengths/"):
        assert owner_client.get(url).status_code == 200, url
