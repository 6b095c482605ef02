"""French pages get French spacing from one middleware; English pages, form values, scripts and
JSON keep what they had. Dates and numbers come from the format modules (rebond/formats)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from rebond.jobs.tests.factories import make_application
from rebond.web import typography

pytestmark = pytest.mark.django_db
N = "\u202f"


def test_a_french_page_puts_a_narrow_space_before_its_colons(owner_client):
    body = owner_client.get("/debrief/").text
    assert f"Après un non{N}: le débrief" in body
    assert "Après un non : le débrief" not in body


def test_an_english_page_keeps_its_spacing(owner_client):
    body = owner_client.get("/debrief/", HTTP_ACCEPT_LANGUAGE="en").text
    assert N not in body


def test_it_leaves_form_values_and_scripts_alone(owner_client, owner):
    application = make_application(owner, role="Analyste : data", notes="Note: à garder")
    body = owner_client.get(f"/applications/{application.pk}/edit/").text
    assert 'value="Analyste : data"' in body  # what the person typed, as typed
    assert ">Note: à garder</textarea>" in body or ">\nNote: à garder</textarea>" in body
    assert '{"X-CSRFToken": "' in body  # an attribute holding JSON


def test_it_leaves_json_alone(owner_client):
    response = owner_client.get("/api/v1/applications")
    assert N not in response.content.decode()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "lun. 7 déc. · 7 déc. · 6 déc. 2026 · 27\u202f999 · 3,5"),
        ("en", "Mon 7 Dec · 7 Dec · 6 Dec 2026 · 27,999 · 3.5"),
    ],
)
def test_dates_and_numbers_follow_the_language(language, expected):
    template = Template(
        '{% load humanize %}{{ day|date:"WEEKDAY_FORMAT" }} · {{ day|date:"DAY_MONTH_FORMAT" }} · '
        '{{ end|date:"DAY_MONTH_YEAR_FORMAT" }} · {{ big|intcomma }} · {{ mood }}'
    )
    context = Context(
        {"day": datetime(2026, 12, 7, 9), "end": date(2026, 12, 6), "big": 27999, "mood": 3.5}
    )
    with translation.override(language):
        assert template.render(context) == expected


def test_plain_text_follows_the_active_language():
    with translation.override("fr"):
        assert typography.text("Funnel : 3") == f"Funnel{N}: 3"
    with translation.override("en"):
        assert typography.text("Funnel : 3") == "Funnel : 3"
