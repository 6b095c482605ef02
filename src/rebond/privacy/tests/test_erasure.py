"""Full erasure (X3): the account, every row in every table and the uploaded files go; another
person's data stays exactly as it was. Counted table by table."""

from __future__ import annotations

import time

import pytest
from django.apps import apps
from django.core.files.storage import default_storage
from tests.hosted import coaching_objects, objects
from tests.hosted.conftest import _static_without_manifest  # noqa: F401 - pages in hosted mode

from rebond.coaching.models import Membership
from rebond.privacy import services

pytestmark = pytest.mark.django_db


def just_reauthenticated(client, user) -> None:
    """Hosted mode asks for the password again before an erasure: as if just typed."""
    session = client.session
    session["account_authentication_methods_user"] = str(user.pk)
    session["account_authentication_methods"] = [
        {"method": "password", "at": time.time(), "reauthenticated": True}
    ]
    session.save()


def listed_among_devices(user, session_key: str) -> None:
    """Hosted mode lists each sign-in among the person's devices (allauth does it when one
    signs in through its pages; `force_login` does not)."""
    if apps.is_installed("allauth.usersessions"):
        from allauth.usersessions.models import UserSession

        UserSession.objects.create(user=user, session_key=session_key, ip="127.0.0.1")


def row_counts() -> dict[str, int]:
    return {
        model._meta.db_table: model._base_manager.count()
        for model in apps.get_models(include_auto_created=True)
    }


def fill(user) -> None:
    """One object of every kind the isolation registries know, i.e. of every app."""
    coaching_rows = coaching_objects.row_factories()
    for factory in {*objects.OBJECTS.values(), *objects.API_OBJECTS.values(), *coaching_rows}:
        factory(user)


def fill_both(owner, other) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Every kind of row for `other`, then for `owner`: the row counts before the owner's rows,
    once `owner` is erased (expected), and now. The owner's coaching rows need other people
    (a coach, a person the owner coaches) and their organisations: those stay, with their own
    memberships."""
    people = type(owner).objects
    fill(other)
    before = row_counts()
    people_before = set(people.values_list("pk", flat=True))
    fill(owner)
    filled = row_counts()
    helpers = set(people.values_list("pk", flat=True)) - people_before - {owner.pk}
    expected = {**before, "accounts_user": before["accounts_user"] - 1 + len(helpers)}
    expected["coaching_membership"] += Membership.objects.filter(user_id__in=helpers).count()
    expected["coaching_organisation"] = filled["coaching_organisation"]
    return before, expected, filled


def test_it_erases_every_row_and_file_of_the_person_and_nothing_else(owner, other):
    before, expected, filled = fill_both(owner, other)
    grown = sorted(table for table in filled if filled[table] > before[table])
    assert len(grown) >= 20, grown  # the fixture really touches most of the schema
    files = [stored.name for _, stored in services.stored_files(owner)]
    assert files and all(default_storage.exists(name) for name in files)

    services.erase(owner)

    after = row_counts()
    assert {t: (expected[t], after[t]) for t in after if after[t] != expected[t]} == {}
    assert not any(default_storage.exists(name) for name in files)
    assert list(services.stored_files(other))  # the other person's files are still there


@pytest.fixture
def at_once(settings, django_capture_on_commit_callbacks):
    """The erasure job runs in the request's thread once its row is committed: wrap the
    request in `with at_once(execute=True):` (the test's transaction never commits)."""
    settings.ERASURE_RUNNER = "inline"
    return django_capture_on_commit_callbacks


def test_it_erases_through_the_page_after_the_confirmation_word(
    owner_client, owner, django_user_model, at_once
):
    fill(owner)
    just_reauthenticated(owner_client, owner)
    refused = owner_client.post("/privacy/erase/", {"confirmation": "yes"})
    assert refused.status_code == 422 and django_user_model.objects.filter(pk=owner.pk).exists()
    with at_once(execute=True):
        response = owner_client.post("/privacy/erase/", {"confirmation": "ERASE"})
    assert response.status_code == 302 and response.url.startswith("/privacy/erasure/")
    assert not django_user_model.objects.filter(pk=owner.pk).exists()
    assert owner_client.get("/privacy/").status_code == 302  # signed out


@pytest.mark.parametrize("word", ["EFFACER", "effacer", "ERASE"])
def test_a_french_page_asks_for_its_own_word_and_still_takes_the_english_one(
    owner_client, owner, django_user_model, word, at_once
):
    owner_client.cookies["django_language"] = "fr"
    just_reauthenticated(owner_client, owner)
    page = owner_client.get("/privacy/").content.decode()
    assert "Tapez EFFACER pour confirmer" in page
    refused = owner_client.post("/privacy/erase/", {"confirmation": "SUPPRIMER"})
    assert refused.status_code == 422
    assert "Tapez EFFACER pour confirmer." in refused.content.decode()
    with at_once(execute=True):
        response = owner_client.post("/privacy/erase/", {"confirmation": word})
    assert response.status_code == 302
    assert not django_user_model.objects.filter(pk=owner.pk).exists()


def test_it_lists_accounts_inactive_for_the_retention_period(owner, other):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    type(owner).objects.filter(pk=owner.pk).update(last_login=now - timedelta(days=400))
    type(other).objects.filter(pk=other.pk).update(last_login=now - timedelta(days=10))
    assert list(services.inactive_accounts(365, now)) == [owner]


def test_erasure_leaves_no_session_and_no_invitation_naming_the_person(
    client, owner, django_user_model
):
    from django.contrib.sessions.models import Session

    from rebond.coaching.invitations import invite
    from rebond.coaching.models import Invitation, Organisation

    owner.email = "lea@example.org"
    owner.save()
    coach = django_user_model.objects.create(username="coach")
    invite(coach, Organisation.objects.create(name="Cap"), "Lea@example.org")
    invite(coach, Organisation.objects.get(), "someone.else@example.org")
    client.force_login(owner)
    listed_among_devices(owner, client.session.session_key)
    assert any(
        str(s.get_decoded().get("_auth_user_id")) == str(owner.pk) for s in Session.objects.all()
    )
    services.erase(owner)
    assert not any(
        str(s.get_decoded().get("_auth_user_id")) == str(owner.pk) for s in Session.objects.all()
    )
    assert list(Invitation.objects.values_list("email", flat=True)) == ["someone.else@example.org"]
