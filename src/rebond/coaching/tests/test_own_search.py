"""A coach-only account (a coach with no job search of their own) gets a coach's menu; starting
a job search of their own, from the account menu, brings the job seeker's pages back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from rebond.coaching import own_search
from rebond.coaching.choices import Role
from rebond.coaching.exporting import sections
from rebond.coaching.models import Membership, OwnSearch
from rebond.coaching.tests.factories import join, make_organisation
from rebond.jobs.tests.factories import make_application
from rebond.web.contributions import account_menu

pytestmark = pytest.mark.django_db

SEEKER_PAGES = ('href="/board/"', 'href="/plan/today/"', ">Applications<", ">Plan<", ">Debrief<")
COACH_PAGES = (">Caseload<", ">Interviews<", ">Organisation<", ">Reports<")


def menu(client) -> str:
    page = client.get("/coaching/caseload/", HTTP_ACCEPT_LANGUAGE="en").text
    return page.split('<nav id="site-nav"', 1)[1].split("</nav>", 1)[0]


def test_a_coach_made_as_a_coach_without_applications_sees_a_coachs_menu(owner_client, owner):
    join(owner, make_organisation(), Role.COACH)
    shown = menu(owner_client)
    assert all(entry in shown for entry in COACH_PAGES), shown
    assert not any(entry in shown for entry in SEEKER_PAGES), shown


def test_an_organisation_admin_made_as_one_sees_a_coachs_menu_too(owner_client, owner):
    join(owner, make_organisation(), Role.ADMIN)
    assert ">Reports<" in menu(owner_client) and ">Applications<" not in menu(owner_client)


@pytest.mark.parametrize(
    "own_search_sign",
    ["an application", "a job seeker membership", "an account older than the coaching"],
)
def test_a_coach_with_a_job_search_of_their_own_keeps_the_full_menu(
    owner_client, owner, own_search_sign
):
    join(owner, make_organisation(), Role.COACH)
    if own_search_sign == "an application":
        make_application(owner)
    elif own_search_sign == "a job seeker membership":
        join(owner, make_organisation("Apec"), Role.SEEKER)
    else:
        type(owner).objects.filter(pk=owner.pk).update(
            date_joined=timezone.now() - timedelta(days=30)
        )
    shown = menu(owner_client)
    assert shown.index(">Caseload<") < shown.index(">Applications<")
    assert all(entry in shown for entry in SEEKER_PAGES), shown
    assert ">Reports<" not in shown  # the coach's extra entries are for coach-only accounts


def test_a_job_seeker_keeps_the_job_seekers_menu_and_no_start_link(owner_client, owner):
    join(owner, make_organisation(), Role.SEEKER)
    page = owner_client.get("/plan/today/", HTTP_ACCEPT_LANGUAGE="en").text
    assert ">Applications<" in page and ">Caseload<" not in page
    assert account_menu(owner) == []


def test_only_a_coach_only_account_is_offered_to_start_its_own_job_search(owner, other):
    organisation = make_organisation()
    join(owner, organisation, Role.COACH)
    join(other, organisation, Role.COACH)
    make_application(other)
    assert [name for name, _label in account_menu(owner)] == ["coaching:own-search"]
    assert account_menu(other) == []


def test_starting_ones_own_job_search_brings_the_full_menu_back(owner_client, owner):
    join(owner, make_organisation(), Role.COACH)
    page = owner_client.get("/coaching/own-search/", HTTP_ACCEPT_LANGUAGE="fr").text
    assert "Commencer ma propre recherche d’emploi" in page
    answer = owner_client.post("/coaching/own-search/", HTTP_ACCEPT_LANGUAGE="en")
    assert answer.status_code == 302 and answer["Location"] == "/plan/today/"
    owner_client.post("/coaching/own-search/")  # twice: still one row
    assert OwnSearch.objects.filter(user=owner).count() == 1
    shown = menu(owner_client)
    assert ">Caseload<" in shown and all(entry in shown for entry in SEEKER_PAGES), shown
    assert account_menu(type(owner).objects.get(pk=owner.pk)) == []
    assert "présente déjà" in owner_client.get("/coaching/own-search/").text
    (row,) = sections(owner)["coaching_own_search"][1]
    assert row["started_at"]


def test_the_menu_role_is_read_with_two_queries_once_per_user_object(
    owner, django_assert_num_queries
):
    join(owner, make_organisation(), Role.COACH)
    with django_assert_num_queries(2):
        assert own_search.coach_only(owner)
        assert own_search.menu_role(owner).coaches
        assert account_menu(owner)


def test_a_membership_removed_gives_the_job_seekers_menu_back(owner_client, owner):
    membership = join(owner, make_organisation(), Role.COACH)
    assert ">Applications<" not in menu(owner_client)
    Membership.objects.filter(pk=membership.pk).delete()
    page = owner_client.get("/plan/today/", HTTP_ACCEPT_LANGUAGE="en").text
    assert ">Applications<" in page and ">Caseload<" not in page
