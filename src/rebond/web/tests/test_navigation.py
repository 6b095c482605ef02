"""The menu: a coach's Caseload link follows the membership from one page to the next, and
whether the person coaches is read at most once per request, only when the menu is shown."""

from __future__ import annotations

import pytest
from django.db import connection
from django.template import Context, RequestContext, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from rebond.coaching.choices import Role
from rebond.coaching.models import Membership
from rebond.coaching.tests.factories import join, make_organisation
from rebond.web.context import navigation

pytestmark = pytest.mark.django_db

MENU = Template("{% for item in navigation %}{{ item.label }}|{% endfor %}")


@pytest.fixture
def hosted(settings):
    settings.LOCAL_MODE = False


def membership_reads(queries: CaptureQueriesContext) -> int:
    return sum(Membership._meta.db_table in q["sql"] for q in queries.captured_queries)


def page(client, url="/plan/today/"):
    return client.get(url, HTTP_ACCEPT_LANGUAGE="en").text


def test_the_caseload_link_follows_the_membership_on_the_next_page(hosted, owner_client, owner):
    assert "Caseload" not in page(owner_client)
    membership = join(owner, make_organisation(), Role.COACH)
    assert "Caseload" in page(owner_client)
    membership.delete()
    assert "Caseload" not in page(owner_client)


def test_a_seeker_sees_no_caseload_link(hosted, owner_client, owner):
    join(owner, make_organisation(), Role.SEEKER)
    today = page(owner_client)
    assert 'href="/plan/today/" aria-current="page">Today<' in today
    assert 'href="/board/">Board<' in today and "Caseload" not in today


def test_membership_is_read_once_per_request_and_only_when_the_menu_shows(hosted, owner):
    from rebond.jobs.tests.factories import make_application

    join(owner, make_organisation(), Role.COACH)
    make_application(owner)  # a job search of their own: the full menu (coaching/own_search.py)
    request = RequestFactory().get("/board/")
    request.user = owner
    with CaptureQueriesContext(connection) as queries:
        context = navigation(request)
        Template("no menu here").render(Context(context))
    assert membership_reads(queries) == 0
    with CaptureQueriesContext(connection) as queries, translation.override("en"):
        first = MENU.render(RequestContext(request, navigation(request)))
        second = MENU.render(RequestContext(request, navigation(request)))
    assert membership_reads(queries) == 1
    assert first == second and "Board|" in first and first.startswith("Caseload|Interviews|")


def test_local_mode_reads_no_membership(owner):
    request = RequestFactory().get("/")
    request.user = owner
    with CaptureQueriesContext(connection) as queries, translation.override("en"):
        menu = MENU.render(Context(navigation(request)))
    assert membership_reads(queries) == 0
    assert "Today|" in menu and "Caseload" not in menu
