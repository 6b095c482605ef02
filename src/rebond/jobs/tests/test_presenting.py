"""The board's tiles and the list's rows, computed in Python: the same links, labels, dates and
move forms the templates used to work out per application."""

import re
from datetime import date

import pytest
from django.urls import NoReverseMatch, clear_script_prefix, reverse, set_script_prefix
from django.utils.formats import date_format
from django.utils.translation import override

from rebond.jobs import presenting
from rebond.jobs.tests.factories import make_application
from rebond.web.links import PkUrl

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["jobs:application", "jobs:company", "jobs:move", "jobs:edit"])
@pytest.mark.parametrize("prefix", ["/", "/rebond/"])
def test_a_pk_url_is_what_reverse_gives(name, prefix):
    set_script_prefix(prefix)
    try:
        url = PkUrl(name)
        for pk in (0, 7, 10, 12345, 2**40):
            assert url(pk) == reverse(name, args=[pk])
        assert url(12).startswith(prefix)
    finally:
        clear_script_prefix()


def test_a_pk_url_refuses_a_route_without_one_integer():
    with pytest.raises(NoReverseMatch):
        PkUrl("jobs:board")


def test_the_list_rows_hold_each_applications_links_labels_and_date(owner):
    application = make_application(
        owner, company="R&D Lab", role="Analyst", stages=("screening", "rejected")
    )
    application.applied_on = date(2026, 3, 4)
    with override("fr"):
        (row,) = presenting.list_rows([application])
        assert row == {
            "url": f"/applications/{application.pk}/",
            "role": "Analyst",
            "company_url": f"/companies/{application.company_id}/",
            "company": "R&D Lab",
            "stage": "rejected",
            "stage_label": "Refus",
            "furthest_label": "Présélection",
            "channel_label": application.get_channel_display(),
            "applied_on": date_format(date(2026, 3, 4), "SHORT_DATE_FORMAT"),
        }
        assert row["applied_on"] == "04/03/2026"


def test_the_board_gives_open_tiles_a_move_form_and_closed_ones_the_stage_reached(
    owner_client, owner
):
    open_one = make_application(owner, company="Alan", role="Open role", stages=("screening",))
    closed = make_application(
        owner, company="Qonto", role="Closed role", stages=("screening", "interview_1", "rejected")
    )
    never = make_application(owner, company="Lydia", role="Unanswered", stages=("no_answer",))
    with override("en"):
        html = owner_client.get("/board/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    def tile(application):
        found = re.search(
            rf'<li class="tile" id="application-{application.pk}">(.*?)</li>', html, re.S
        )
        assert found, application.role
        return found.group(1)

    moving = tile(open_one)
    assert f'action="/applications/{open_one.pk}/move/"' in moving
    assert f'<select id="move-{open_one.pk}" name="stage">' in moving
    assert re.findall(r"<option[^>]*selected", moving) == ['<option value="screening" selected']
    assert moving.count("<option") == 7 and "csrfmiddlewaretoken" in moving
    assert f'<a href="/applications/{open_one.pk}/">Open role</a>' in moving
    assert "Reached:" in tile(closed) and "Interview, round 1" in tile(closed)
    assert "<form" not in tile(closed)
    assert "Reached:" not in tile(never) and "<form" not in tile(never)
