"""The organisation admin's workspace: members by role, seats, invitations (e-mailed, listed,
sent again, withdrawn) and caseload hand-overs, for each persona: organisation admin, coach,
second coach, job seeker, invited person not signed up yet."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from rebond.coaching import invitations, services
from rebond.coaching.choices import Role, Section
from rebond.coaching.models import Invitation, Membership, Share
from rebond.coaching.tests.factories import join, make_organisation, share

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def invitation_link(settings):
    settings.ROOT_URLCONF = "rebond.coaching.tests.urls"


@pytest.fixture
def org(django_user_model):
    """Alix (admin), Nadia and Sam (coaches), Léa and Tom (job seekers in Nadia's caseload)."""
    organisation = make_organisation("Mission locale")
    people = {}
    for username, first, role in (
        ("alix", "Alix", Role.ADMIN),
        ("nadia", "Nadia", Role.COACH),
        ("sam", "Sam", Role.COACH),
        ("lea", "Léa", Role.SEEKER),
        ("tom", "Tom", Role.SEEKER),
    ):
        user = django_user_model.objects.create(
            username=username, first_name=first, email=f"{username}@example.org"
        )
        people[username] = user
        join(user, organisation, role)
    Membership.objects.filter(user__in=[people["lea"], people["tom"]]).update(coach=people["nadia"])
    return organisation, people


def _page(client, user, language="en"):
    client.force_login(user)
    return client.get("/coaching/organisation/", HTTP_ACCEPT_LANGUAGE=language).content.decode()


def _token(body: str) -> str:
    return re.search(r"/accounts/invitation/([\w-]+)/", body).group(1)


# Members and roles


def test_the_admin_sees_members_by_role_with_each_seekers_coach(client, org):
    _organisation, people = org
    page = _page(client, people["alix"])
    assert page.index("Organisation admin") < page.index("Coach (") < page.index("Job seeker (")
    lea_row = page[page.index("<td>Léa</td>") :].split("</tr>")[0]
    assert "Nadia" in lea_row
    nadia_row = page[page.index("<td>Nadia</td>") :].split("</tr>")[0]
    assert "2 job seekers" in nadia_row and "/hand-over/" in nadia_row


def test_a_coach_or_a_seeker_sees_no_member_list(client, org):
    _organisation, people = org
    for who in ("nadia", "lea"):
        page = _page(client, people[who])
        assert "Tom" not in page, who
        assert "/hand-over/" not in page and "remove/" not in page, who
    assert "Send the invitation" not in _page(client, people["lea"])


# Invitations: e-mailed, listed, sent again, withdrawn


def test_an_invitation_is_emailed_in_the_inviters_language_with_its_link(client, org):
    organisation, people = org
    client.force_login(people["alix"])
    url = f"/coaching/organisation/{organisation.pk}/invite/"
    client.post(
        url,
        {
            f"org{organisation.pk}-email": "zoe@example.org",
            f"org{organisation.pk}-role": "coach",
        },
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    client.post(
        url,
        {f"org{organisation.pk}-email": "max@example.org", f"org{organisation.pk}-role": "seeker"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    french, english = mail.outbox
    assert french.to == ["zoe@example.org"] and "vous invite" in french.subject
    assert "Alix" in french.subject and "Mission locale" in french.body
    assert english.to == ["max@example.org"] and "invites you" in english.subject
    token = _token(english.body)
    assert invitations.find_usable(token).email == "max@example.org"
    assert Invitation.objects.get(email="zoe@example.org").role == Role.COACH


def test_a_coach_invites_job_seekers_only(client, org):
    organisation, people = org
    client.force_login(people["nadia"])
    url = f"/coaching/organisation/{organisation.pk}/invite/"
    client.post(
        url, {f"org{organisation.pk}-email": "x@example.org", f"org{organisation.pk}-role": "coach"}
    )
    assert not Invitation.objects.filter(email="x@example.org").exists()
    client.post(
        url,
        {f"org{organisation.pk}-email": "y@example.org", f"org{organisation.pk}-role": "seeker"},
    )
    assert Invitation.objects.get(email="y@example.org").user == people["nadia"]


def test_a_seeker_or_an_outsider_cannot_invite(client, org, other):
    organisation, people = org
    url = f"/coaching/organisation/{organisation.pk}/invite/"
    data = {f"org{organisation.pk}-email": "x@example.org", f"org{organisation.pk}-role": "seeker"}
    for who in (people["lea"], other):
        client.force_login(who)
        assert client.post(url, data).status_code == 404
    assert not Invitation.objects.exists() and not mail.outbox


def test_invitations_are_listed_for_their_inviter_and_the_admins_only(client, org):
    organisation, people = org
    invitations.invite(people["nadia"], organisation, "pending@example.org")
    used = invitations.invite(people["nadia"], organisation, "used@example.org")
    invitations.accept(used, people["tom"])
    expired = invitations.invite(people["nadia"], organisation, "late@example.org")
    Invitation.objects.filter(email="late@example.org").update(expires_at="2020-01-01T00:00Z")
    invitations.invite(people["alix"], organisation, "alix-own@example.org")
    assert expired

    for who in ("alix", "nadia"):
        page = _page(client, people[who])
        assert "pending@example.org" in page and "used@example.org" in page, who
        for status in ("Pending", "Used", "Expired"):
            assert status in page, (who, status)
    assert "alix-own@example.org" in _page(client, people["alix"])
    assert "alix-own@example.org" not in _page(client, people["nadia"])
    assert "pending@example.org" not in _page(client, people["sam"])
    assert "pending@example.org" not in _page(client, people["lea"])


def test_sending_again_makes_a_new_link_and_kills_the_old_one(client, org):
    organisation, people = org
    old = invitations.invite(people["nadia"], organisation, "zoe@example.org")
    pk = Invitation.objects.get().pk
    client.force_login(people["alix"])  # an admin may send their coach's invitation again
    response = client.post(f"/coaching/organisation/invitations/{pk}/resend/")
    assert response.status_code == 200
    assert invitations.find_usable(old) is None
    new = _token(mail.outbox[-1].body)
    assert new != old and invitations.find_usable(new).email == "zoe@example.org"


def test_only_the_inviter_and_the_admins_manage_an_invitation(client, org, other):
    organisation, people = org
    token = invitations.invite(people["nadia"], organisation, "zoe@example.org")
    pk = Invitation.objects.get().pk
    for who in (people["sam"], people["lea"], other):
        client.force_login(who)
        assert client.post(f"/coaching/organisation/invitations/{pk}/resend/").status_code == 404
        assert client.post(f"/coaching/organisation/invitations/{pk}/withdraw/").status_code == 404
    assert invitations.find_usable(token) is not None and not mail.outbox


def test_withdrawing_asks_first_then_kills_the_link_and_frees_the_seat(client, org):
    organisation, people = org
    organisation.seats = 3  # Léa, Tom and one invitation
    organisation.save()
    token = invitations.invite(people["nadia"], organisation, "zoe@example.org")
    pk = Invitation.objects.get().pk
    client.force_login(people["nadia"])
    asking = client.get(
        f"/coaching/organisation/invitations/{pk}/withdraw/", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert b"Withdraw the invitation" in asking.content
    assert invitations.find_usable(token) is not None  # asking changes nothing
    client.post(f"/coaching/organisation/invitations/{pk}/withdraw/")
    assert invitations.find_usable(token) is None
    assert "Withdrawn" in _page(client, people["nadia"])
    assert invitations.invite(people["nadia"], organisation, "max@example.org")


def test_a_used_invitation_cannot_be_sent_again_or_withdrawn(client, org, django_user_model):
    organisation, people = org
    token = invitations.invite(people["nadia"], organisation, "zoe@example.org")
    invitations.accept(token, django_user_model.objects.create(username="zoe"))
    pk = Invitation.objects.get().pk
    client.force_login(people["nadia"])
    assert client.post(f"/coaching/organisation/invitations/{pk}/resend/").status_code == 404
    assert client.post(f"/coaching/organisation/invitations/{pk}/withdraw/").status_code == 404


def test_a_withdrawn_invitation_does_not_open_sign_up(client, org):
    organisation, people = org
    token = invitations.invite(people["nadia"], organisation, "zoe@example.org")
    invitations.withdraw(people["nadia"], Invitation.objects.get().pk)
    client.logout()
    assert invitations.find_usable(token) is None


# Seats


def test_inviting_beyond_the_seats_is_refused_pending_invitations_included(client, org):
    organisation, people = org
    organisation.seats = 3
    organisation.save()
    invitations.invite(people["nadia"], organisation, "zoe@example.org")  # third seat
    client.force_login(people["alix"])
    url = f"/coaching/organisation/{organisation.pk}/invite/"
    data = {
        f"org{organisation.pk}-email": "max@example.org",
        f"org{organisation.pk}-role": "seeker",
    }
    page = client.post(url, data, follow=True, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "All 3 job seeker seats of Mission locale are taken" in page
    assert not Invitation.objects.filter(email="max@example.org").exists() and not mail.outbox
    # A coach takes no seat.
    coach = {f"org{organisation.pk}-email": "c@example.org", f"org{organisation.pk}-role": "coach"}
    client.post(url, coach)
    assert Invitation.objects.filter(email="c@example.org").exists()


def test_the_seat_count_is_shown_to_the_admin(client, org):
    organisation, people = org
    organisation.seats = 10
    organisation.save()
    invitations.invite(people["nadia"], organisation, "zoe@example.org")
    assert "Job seeker seats: 3 taken of 10" in _page(client, people["alix"])


def test_sending_an_expired_invitation_again_needs_a_free_seat(client, org):
    organisation, people = org
    invitations.invite(people["nadia"], organisation, "zoe@example.org")
    Invitation.objects.update(expires_at="2020-01-01T00:00Z")
    organisation.seats = 2
    organisation.save()
    with pytest.raises(invitations.InvitationError):
        invitations.renew(people["nadia"], Invitation.objects.get().pk)


# Hand-over


def _hand_over(client, org, to, seekers, language="en"):
    organisation, people = org
    client.force_login(people["alix"])
    pks = Membership.objects.filter(user__username__in=seekers).values_list("pk", flat=True)
    return client.post(
        f"/coaching/organisation/{organisation.pk}/caseloads/{people['nadia'].pk}/hand-over/",
        {"to": people[to].pk, "seekers": list(pks)},
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_the_admin_hands_selected_seekers_to_another_coach(client, org):
    _organisation, people = org
    _hand_over(client, org, "sam", ["lea"])
    lea = Membership.objects.get(user=people["lea"])
    assert lea.coach == people["sam"] and lea.former_coach == people["nadia"]
    assert Membership.objects.get(user=people["tom"]).coach == people["nadia"]
    (notice,) = mail.outbox
    assert notice.to == ["lea@example.org"] and "Sam" in notice.subject
    assert "/coaching/sharing/" in notice.body


def test_the_hand_over_page_ticks_the_whole_caseload(client, org):
    organisation, people = org
    client.force_login(people["alix"])
    url = f"/coaching/organisation/{organisation.pk}/caseloads/{people['nadia'].pk}/hand-over/"
    page = client.get(url).content.decode()
    assert page.count("checked") == 2 and "Léa" in page and "Tom" in page


def test_only_an_admin_hands_a_caseload_over(client, org, other):
    organisation, people = org
    url = f"/coaching/organisation/{organisation.pk}/caseloads/{people['nadia'].pk}/hand-over/"
    for who in ("nadia", "sam", "lea"):
        client.force_login(people[who])
        assert client.get(url).status_code == 404, who
        assert client.post(url, {"to": people["sam"].pk}).status_code == 404, who
    client.force_login(other)
    assert client.get(url).status_code == 404
    assert Membership.objects.get(user=people["lea"]).coach == people["nadia"]


def test_the_new_coach_reads_nothing_until_the_seeker_shares(client, org):
    _organisation, people = org
    share(people["lea"], people["nadia"], Section.PLAN, Section.JOURNAL)
    _hand_over(client, org, "sam", ["lea", "tom"])
    assert services.shared_sections(people["lea"], people["sam"]) == set()
    client.force_login(people["sam"])
    assert client.get(f"/coaching/people/{people['lea'].pk}/").status_code == 404
    # The former coach's shares are the seeker's to keep or withdraw.
    assert services.shared_sections(people["lea"], people["nadia"]) == {"plan", "journal"}


def test_the_seeker_shares_the_same_sections_with_the_new_coach_in_one_click(client, org):
    _organisation, people = org
    share(people["lea"], people["nadia"], Section.PLAN, Section.JOURNAL)
    _hand_over(client, org, "sam", ["lea"])
    client.force_login(people["lea"])
    page = client.get("/coaching/sharing/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Share the same sections with Sam" in page and "Your coach at Mission locale" in page
    pk = Membership.objects.get(user=people["lea"]).pk
    client.post(f"/coaching/sharing/handed-over/{pk}/")
    assert services.shared_sections(people["lea"], people["sam"]) == {"plan", "journal"}
    assert services.shared_sections(people["lea"], people["nadia"]) == {"plan", "journal"}
    page = client.get("/coaching/sharing/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Share the same sections with" not in page


def test_nobody_else_uses_the_seekers_one_click(client, org):
    _organisation, people = org
    share(people["lea"], people["nadia"], Section.PLAN)
    _hand_over(client, org, "sam", ["lea"])
    pk = Membership.objects.get(user=people["lea"]).pk
    for who in ("sam", "alix", "tom"):
        client.force_login(people[who])
        assert client.post(f"/coaching/sharing/handed-over/{pk}/").status_code == 404, who
    assert not Share.objects.filter(coach=people["sam"]).exists()


def test_handing_over_the_caseload_of_a_coach_who_left_revokes_their_shares(client, org):
    _organisation, people = org
    share(people["lea"], people["nadia"], Section.PLAN)
    Membership.objects.filter(user=people["nadia"]).delete()  # left without the service
    assert "Caseloads of coaches who left" in _page(client, people["alix"])
    _hand_over(client, org, "sam", ["lea", "tom"])
    assert not Share.objects.filter(coach=people["nadia"], revoked_at__isnull=True).exists()
    assert "Caseloads of coaches who left" not in _page(client, people["alix"])


def test_a_caseload_is_not_handed_to_its_own_coach_or_to_a_seeker(client, org):
    _organisation, people = org
    for to in ("nadia", "tom"):
        page = _hand_over(client, org, to, ["lea"]).content.decode()
        assert "Select a valid choice" in page, to
    assert Membership.objects.get(user=people["lea"]).coach == people["nadia"]
    assert not mail.outbox


def test_a_coach_who_left_no_longer_manages_their_invitations(client, org):
    organisation, people = org
    token = invitations.invite(people["nadia"], organisation, "zoe@example.org")
    pk = Invitation.objects.get().pk
    Membership.objects.filter(user=people["nadia"]).delete()
    client.force_login(people["nadia"])
    assert client.post(f"/coaching/organisation/invitations/{pk}/resend/").status_code == 404
    assert invitations.find_usable(token) is not None
    client.force_login(people["alix"])  # the admin still can
    client.post(f"/coaching/organisation/invitations/{pk}/withdraw/")
    assert invitations.find_usable(token) is None


def test_the_caseload_invitation_is_emailed_and_counts_against_the_seats(client, org):
    organisation, people = org
    client.force_login(people["nadia"])
    page = client.post("/coaching/caseload/invite/", {"email": "zoe@example.org", "role": "seeker"})
    assert "zoe@example.org" in page.content.decode() and mail.outbox[0].to == ["zoe@example.org"]
    organisation.seats = 3
    organisation.save()
    client.post("/coaching/caseload/invite/", {"email": "max@example.org", "role": "seeker"})
    assert not Invitation.objects.filter(email="max@example.org").exists()
    assert len(mail.outbox) == 1


def test_a_failed_email_still_shows_the_link(client, org, settings):
    organisation, people = org
    settings.EMAIL_BACKEND = "rebond.coaching.tests.test_organisation_workspace.Refusing"
    client.force_login(people["alix"])
    page = client.post(
        f"/coaching/organisation/{organisation.pk}/invite/",
        {f"org{organisation.pk}-email": "zoe@example.org", f"org{organisation.pk}-role": "seeker"},
        HTTP_ACCEPT_LANGUAGE="en",
    ).content.decode()
    assert "could not be sent" in page and "/accounts/invitation/" in page


class Refusing:
    """An e-mail backend whose server refuses every message."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no SMTP server")


def test_the_admin_gives_a_coach_to_job_seekers_without_one(client, org):
    organisation, people = org
    Membership.objects.filter(user=people["tom"]).update(coach=None)
    assert "1 job seeker has no coach." in _page(client, people["alix"])
    tom = Membership.objects.get(user=people["tom"])
    client.post(
        f"/coaching/organisation/{organisation.pk}/caseloads/0/hand-over/",
        {"to": people["sam"].pk, "seekers": [tom.pk]},
    )
    tom.refresh_from_db()
    assert tom.coach == people["sam"] and tom.former_coach is None
    assert Membership.objects.get(user=people["lea"]).coach == people["nadia"]
    (notice,) = mail.outbox
    assert notice.to == ["tom@example.org"] and "one click" not in notice.body
    assert "no coach" not in _page(client, people["alix"])
