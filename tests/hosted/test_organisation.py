"""Hosted mode, the organisation layer end to end: an admin's invitation by e-mail to a signed-up
member, sign-up limits that fit a cohort on one network (and a translated 429), and coaching
URLs with arguments answering 404 to anyone but the one entitled (tests/hosted/objects.py)."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from tests.hosted import coaching_objects, objects
from tests.hosted.conftest import hosted_only

from rebond.coaching.choices import Role
from rebond.coaching.invitations import invite
from rebond.coaching.models import Invitation, Membership, Organisation

pytestmark = [pytest.mark.django_db, hosted_only]
PASSWORD = "a long Passphrase 2026!"
CODED = [u for u in objects.site_urls() if u[2] and u[0].startswith("coaching:")]


@pytest.fixture
def organisation(django_user_model):
    admin = django_user_model.objects.create_user("alix", "alix@example.org", PASSWORD)
    org = Organisation.objects.create(name="Cap Emploi Est")
    Membership.objects.create(user=admin, organisation=org, role=Role.ADMIN)
    return org, admin


def _bad_sign_up(client, email: str):
    """A sign-up attempt whose form is refused: it still counts against the rate limit."""
    return client.post(
        "/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": "other"}
    )


def test_an_invitation_emailed_from_the_organisation_page_opens_sign_up(
    client, organisation, django_user_model
):
    org, admin = organisation
    client.force_login(admin)
    client.post(
        f"/coaching/organisation/{org.pk}/invite/",
        {f"org{org.pk}-email": "lea@example.org", f"org{org.pk}-role": "seeker"},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    (letter,) = mail.outbox
    assert letter.to == ["lea@example.org"] and "vous invite" in letter.subject
    link = re.search(r"https?://\S+/accounts/invitation/\S+/", letter.body).group(0)
    client.logout()
    assert client.get(link.split("testserver")[-1]).status_code == 302
    response = client.post(
        "/accounts/signup/",
        {"email": "lea@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    lea = django_user_model.objects.get(email="lea@example.org")
    assert Membership.objects.get(user=lea).coach == admin


def test_a_withdrawn_or_resent_link_no_longer_opens_sign_up(client, organisation):
    org, admin = organisation
    withdrawn = invite(admin, org, "zoe@example.org")
    resent = invite(admin, org, "max@example.org")
    client.force_login(admin)
    pks = dict(Invitation.objects.values_list("email", "pk"))
    client.post(f"/coaching/organisation/invitations/{pks['zoe@example.org']}/withdraw/")
    client.post(f"/coaching/organisation/invitations/{pks['max@example.org']}/resend/")
    new = re.search(r"/accounts/invitation/[\w-]+/", mail.outbox[-1].body).group(0)
    client.logout()
    assert client.get(f"/accounts/invitation/{withdrawn}/").status_code == 404
    assert client.get(f"/accounts/invitation/{resent}/").status_code == 404
    assert client.get(new).status_code == 302


def test_invited_sign_ups_from_one_network_are_not_held_by_the_address_limit(
    organisation,
):
    org, admin = organisation
    stranger = Client()
    for n in range(20):
        _bad_sign_up(stranger, f"nobody{n}@example.org")
    assert _bad_sign_up(stranger, "nobody@example.org").status_code == 429
    # The whole cohort comes from the same address (the test client's), each with a link.
    for n in range(25):
        student = Client()
        student.get(f"/accounts/invitation/{invite(admin, org, f's{n}@example.org')}/")
        assert _bad_sign_up(student, f"s{n}@example.org").status_code == 200, n


def test_one_invitation_still_allows_only_a_few_attempts(client, organisation):
    org, admin = organisation
    client.get(f"/accounts/invitation/{invite(admin, org, 'lea@example.org')}/")
    codes = [_bad_sign_up(client, "lea@example.org").status_code for _ in range(11)]
    assert codes[:10] == [200] * 10 and codes[10] == 429


def test_the_rate_limit_page_is_the_sites_own_in_the_persons_language(client):
    for n in range(20):
        _bad_sign_up(client, f"nobody{n}@example.org")
    response = client.post(
        "/accounts/signup/",
        {"email": "x@example.org", "password1": PASSWORD, "password2": PASSWORD},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    page = response.content.decode()
    assert response.status_code == 429
    assert '<html lang="fr">' in page and "Trop de tentatives" in page
    assert "Too Many Requests" not in page


def test_handing_over_a_caseload_asks_for_the_password_again(client, organisation):
    _org, admin = organisation
    kwargs = coaching_objects.COACHING_URLS["coaching:hand-over"].kwargs(admin)
    client.force_login(admin)
    response = client.post(reverse("coaching:hand-over", kwargs=kwargs), {})
    assert response.status_code == 302 and "/accounts/reauthenticate/" in response.url


def test_every_coaching_url_with_an_argument_is_registered_once_with_its_check():
    coded = {name for name, _route, _ in CODED}
    registered = set(coaching_objects.COACHING_URLS)
    missing = sorted(coded - registered)
    assert missing == [], f"add these URLs to tests/hosted/coaching_objects.py: {missing}"
    assert sorted(registered - coded) == [], "registered URLs that no longer exist"
    elsewhere = sorted(name for name in objects.OBJECTS if name.startswith("coaching:"))
    assert elsewhere == [], "coaching URLs belong in coaching_objects.COACHING_URLS"
    for check in coaching_objects.Check:  # each kind of check has URLs to check
        assert coaching_objects.named(check), check


@pytest.mark.parametrize("name", coaching_objects.named(coaching_objects.Check.ENTITLED))
def test_a_coaching_url_answers_404_to_anyone_but_the_entitled(client, django_user_model, name):
    owner = django_user_model.objects.create(username="owner")
    registered = coaching_objects.COACHING_URLS[name]
    url = reverse(name, kwargs=registered.kwargs(owner))
    stranger = django_user_model.objects.create(username="stranger")
    # A job seeker of the organisation: neither its admin nor the person handed over.
    neighbour = django_user_model.objects.create(username="neighbour")
    organisation = Membership.objects.filter(user=owner).get().organisation
    Membership.objects.create(user=neighbour, organisation=organisation, role=Role.SEEKER)
    # Leaving, and sharing with one's own coach, are the neighbour's rights too.
    intruders = [stranger] if registered.neighbour_too else [stranger, neighbour]
    for person in (owner, *intruders):  # no password to ask again: the rights are tested
        person.set_unusable_password()
        person.save()
    for intruder in intruders:
        client.force_login(intruder)
        response = client.get(url)
        if response.status_code == 405:
            response = client.post(url)
        assert response.status_code == 404, f"{name} as {intruder.username}"
    client.force_login(owner)
    response = client.get(url)
    if response.status_code == 405:
        response = client.post(url)
    assert response.status_code != 404 and response.status_code < 500, name
