"""Consent holds only while coach and person meet in an organisation: leaving or being removed
ends reading at once, and a person can always withdraw what they shared (X2)."""

from __future__ import annotations

import pytest

from rebond.coaching import membership
from rebond.coaching.choices import Role, Section
from rebond.coaching.models import Invitation, Membership, Share
from rebond.coaching.tests.factories import join, make_organisation, share
from rebond.debrief.tests.factories import make_thought

pytestmark = pytest.mark.django_db


@pytest.fixture
def organisation(django_user_model, owner):
    organisation = make_organisation()
    join(owner, organisation)
    return organisation


@pytest.fixture
def coach(django_user_model, organisation):
    coach = django_user_model.objects.create(username="coach", first_name="Nadia")
    join(coach, organisation, Role.COACH)
    return coach


@pytest.fixture
def admin(django_user_model, organisation):
    admin = django_user_model.objects.create(username="admin", first_name="Alix")
    join(admin, organisation, Role.ADMIN)
    return admin


def test_a_coach_removed_behind_the_scenes_reads_nothing_even_with_a_share_row_left(
    client, owner, coach
):
    make_thought(owner, thought="Je ne vaux rien")
    share(owner, coach, Section.JOURNAL, Section.PLAN)
    client.force_login(coach)
    assert client.get(f"/coaching/people/{owner.pk}/journal/").status_code == 200
    # The membership goes without the share rows being touched (an operator's delete, a bug).
    Membership.objects.filter(user=coach).delete()
    for url in (
        f"/coaching/people/{owner.pk}/",
        f"/coaching/people/{owner.pk}/journal/",
        f"/coaching/people/{owner.pk}/plan/",
    ):
        assert client.get(url).status_code == 404, url
    comment = client.post(f"/coaching/people/{owner.pk}/plan/comment/", {"item": "x", "text": "y"})
    assert comment.status_code == 404
    assert "Je ne vaux rien" not in client.get("/coaching/caseload/").content.decode()


def test_the_person_can_still_withdraw_a_share_given_to_a_former_coach(client, owner, coach):
    share(owner, coach, Section.PLAN)
    Membership.objects.filter(user=coach).delete()
    client.force_login(owner)
    page = client.get("/coaching/sharing/").content.decode()
    assert "Nadia" in page and "Ne fait plus partie des coachs" in page
    response = client.post(f"/coaching/sharing/{coach.pk}/", {})
    assert response.status_code == 302
    assert not Share.objects.filter(revoked_at__isnull=True).exists()
    # Granting again to someone who left is refused.
    again = client.post(f"/coaching/sharing/{coach.pk}/", {f"coach{coach.pk}-sections": ["plan"]})
    assert again.status_code == 404


def test_a_coach_who_leaves_stops_reading_at_once_and_the_share_is_revoked(
    client, owner, coach, organisation
):
    share(owner, coach, Section.PLAN)
    client.force_login(coach)
    assert client.get(f"/coaching/organisation/{organisation.pk}/leave/").status_code == 200
    assert Membership.objects.filter(user=coach).exists()  # the page only asks
    client.post(f"/coaching/organisation/{organisation.pk}/leave/")
    assert not Membership.objects.filter(user=coach).exists()
    assert Share.objects.get().revoked_at is not None
    assert client.get(f"/coaching/people/{owner.pk}/plan/").status_code == 404


def test_an_admin_removes_a_coach_after_confirming_and_reading_ends(client, owner, coach, admin):
    share(owner, coach, Section.PLAN)
    member = Membership.objects.get(user=coach)
    client.force_login(admin)
    page = client.get("/coaching/organisation/").content.decode()
    assert "Nadia" in page and f"/coaching/organisation/members/{member.pk}/remove/" in page
    assert client.get(f"/coaching/organisation/members/{member.pk}/remove/").status_code == 200
    client.post(f"/coaching/organisation/members/{member.pk}/remove/")
    assert not Membership.objects.filter(user=coach).exists()
    client.force_login(coach)
    assert client.get(f"/coaching/people/{owner.pk}/plan/").status_code == 404


def test_only_an_admin_of_that_organisation_removes_members(client, owner, coach, admin):
    client.force_login(coach)
    target = Membership.objects.get(user=owner)
    assert client.post(f"/coaching/organisation/members/{target.pk}/remove/").status_code == 404
    assert "/remove/" not in client.get("/coaching/organisation/").content.decode()
    other = make_organisation("Ailleurs")
    stranger = join(owner.__class__.objects.create(username="x"), other)
    client.force_login(admin)
    assert client.post(f"/coaching/organisation/members/{stranger.pk}/remove/").status_code == 404
    assert Membership.objects.filter(pk__in=[target.pk, stranger.pk]).count() == 2


def test_the_last_admin_cannot_leave(admin, organisation):
    with pytest.raises(membership.MembershipError):
        membership.leave(admin, organisation)


def test_a_coach_cannot_mint_a_coach_invitation(client, coach, admin):
    # The links themselves are tested in tests/hosted (they need the hosted URLs).
    client.force_login(coach)
    page = client.get("/coaching/caseload/").content.decode()
    assert 'value="coach"' not in page
    response = client.post(
        "/coaching/caseload/invite/", {"email": "new@example.org", "role": "coach"}
    )
    assert response.status_code == 404 and not Invitation.objects.exists()
    client.force_login(admin)
    assert 'value="coach"' in client.get("/coaching/caseload/").content.decode()


def test_each_coach_has_checkboxes_of_its_own(
    client, owner, coach, organisation, django_user_model
):
    second = django_user_model.objects.create(username="second", first_name="Sam")
    join(second, organisation, Role.COACH)
    client.force_login(owner)
    page = client.get("/coaching/sharing/").content.decode()
    assert f'id="id_coach{coach.pk}-sections_0"' in page
    assert f'id="id_coach{second.pk}-sections_0"' in page


def test_a_seeker_invited_by_a_coach_joins_that_coachs_caseload(django_user_model, coach, admin):
    from rebond.coaching.invitations import accept, invite

    organisation = Membership.objects.get(user=coach).organisation
    by_coach = invite(coach, organisation, "lea@example.org")
    as_coach = invite(admin, organisation, "sam@example.org", role=Role.COACH)
    lea = django_user_model.objects.create(username="lea", email="lea@example.org")
    sam = django_user_model.objects.create(username="sam", email="sam@example.org")

    assert accept(by_coach, lea).coach == coach
    assert accept(as_coach, sam).coach is None  # a coach has no coach of their own
