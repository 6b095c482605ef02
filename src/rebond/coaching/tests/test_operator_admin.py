"""The operator's Django admin: accounts, organisations and memberships only, and every look at
a person's account or membership is in that person's access log (purpose "operator")."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from rebond.accounts.ownership import OwnedModel
from rebond.coaching.choices import Purpose, Role, Section
from rebond.coaching.models import AccessLog, Membership, Organisation
from rebond.coaching.tests.factories import join, make_organisation
from rebond.debrief.tests.factories import make_thought

pytestmark = pytest.mark.django_db

JOURNAL_APPS = {"debrief", "feedback", "plan", "insights", "network", "prep", "documents", "jobs"}


@pytest.fixture
def operator(django_user_model):
    return django_user_model.objects.create(
        username="operator", is_staff=True, is_superuser=True, email="ops@example.org"
    )


@pytest.fixture
def lea(django_user_model):
    lea = django_user_model.objects.create(username="lea", first_name="Léa")
    join(lea, make_organisation("Cap emploi"))
    return lea


def _registry() -> dict:
    reverse("admin:index")  # the URLs load the admin modules (settings: SimpleAdminConfig)
    return admin.site._registry


def test_the_admin_registry_holds_no_journal_nor_personal_content():
    from django.contrib.auth import get_user_model

    registered = set(_registry())
    assert not {m for m in registered if m._meta.app_label in JOURNAL_APPS}
    personal = {m for m in registered if issubclass(m, OwnedModel)}
    assert personal <= {Membership}
    # Accounts, organisations, memberships; Django's groups and the background task queue
    # (a person's id and a day: operating data, no content).
    operating = {"auth", "django_tasks_database"}
    assert registered <= {get_user_model(), Organisation, Membership} | {
        m for m in registered if m._meta.app_label in operating
    }


def test_the_operator_cannot_list_applications_or_thought_records(client, operator, lea):
    make_thought(lea, thought="Je ne vaux rien")
    client.force_login(operator)
    assert client.get("/admin/jobs/application/").status_code == 404
    assert client.get("/admin/debrief/thoughtrecord/").status_code == 404
    assert "Je ne vaux rien" not in client.get("/admin/").content.decode()


def test_opening_a_persons_account_is_in_their_access_log(client, operator, lea, other):
    client.force_login(operator)
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 200
    assert not AccessLog.objects.exists()  # the list of accounts is no look at one person
    assert client.get(reverse("admin:accounts_user_change", args=[lea.pk])).status_code == 200
    (entry,) = AccessLog.objects.all()
    assert (entry.user, entry.coach, entry.purpose) == (lea, operator, Purpose.OPERATOR)
    assert entry.section == ""
    assert not AccessLog.objects.filter(user=other).exists()


def test_opening_a_membership_or_its_history_is_in_the_members_access_log(client, operator, lea):
    membership = Membership.objects.get(user=lea)
    client.force_login(operator)
    client.get(reverse("admin:coaching_membership_change", args=[membership.pk]))
    client.get(reverse("admin:coaching_membership_history", args=[membership.pk]))
    assert AccessLog.objects.filter(user=lea, purpose=Purpose.OPERATOR).count() == 2


def test_the_person_sees_the_operators_look_on_their_sharing_page(client, operator, lea):
    client.force_login(operator)
    client.get(reverse("admin:accounts_user_change", args=[lea.pk]))
    client.force_login(lea)
    page = client.get("/coaching/sharing/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    log = page[page.index("Who looked at my data") :]
    assert "Site administration" in log and "operator" in log


def test_an_account_is_never_deleted_through_the_admin(client, operator, lea):
    client.force_login(operator)
    assert client.get(reverse("admin:accounts_user_delete", args=[lea.pk])).status_code == 403
    assert type(lea).objects.filter(pk=lea.pk).exists()


def test_organisations_show_their_seats_to_the_operator(client, operator, lea):
    organisation = Organisation.objects.get()
    client.force_login(operator)
    response = client.post(
        reverse("admin:coaching_organisation_change", args=[organisation.pk]),
        {"name": "Cap emploi", "seats": "25"},
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.seats == 25


def test_a_coach_reading_is_still_a_coach_purpose(lea, django_user_model):
    """The log keeps coach looks apart from operator looks (same table, other purpose)."""
    coach = django_user_model.objects.create(username="nadia")
    join(coach, Organisation.objects.get(), Role.COACH)
    AccessLog.objects.create(user=lea, coach=coach, section=Section.PLAN)
    assert AccessLog.objects.get().purpose == Purpose.SECTION
