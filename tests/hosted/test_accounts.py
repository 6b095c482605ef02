"""Hosted accounts through django-allauth: invitation sign-up, verification, Argon2, limits,
re-authentication before sensitive actions, sessions and two-factor pages."""

from __future__ import annotations

import pytest
from django.core import mail
from tests.hosted.conftest import hosted_only

from rebond.coaching.choices import Role
from rebond.coaching.invitations import invite
from rebond.coaching.models import Membership, Organisation

pytestmark = [pytest.mark.django_db, hosted_only]
PASSWORD = "a long Passphrase 2026!"


@pytest.fixture
def organisation(django_user_model):
    coach = django_user_model.objects.create_user("coach", "coach@example.org", PASSWORD)
    org = Organisation.objects.create(name="Cap Emploi Est")
    Membership.objects.create(user=coach, organisation=org, role=Role.COACH)
    return org, coach


def test_it_keeps_sign_up_closed_without_an_invitation(client, django_user_model):
    response = client.post(
        "/accounts/signup/",
        {"email": "a@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert not django_user_model.objects.filter(email="a@example.org").exists()
    assert response.status_code in (200, 403)


def test_it_signs_up_by_invitation_and_sends_a_verification_email(
    client, organisation, django_user_model
):
    org, coach = organisation
    token = invite(coach, org, "lea@example.org")
    assert client.get(f"/accounts/invitation/{token}/").url == (
        "/accounts/signup/?email=lea%40example.org"
    )
    response = client.post(
        "/accounts/signup/",
        {"email": "lea@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    lea = django_user_model.objects.get(email="lea@example.org")
    assert lea.password.startswith("argon2$")
    assert Membership.objects.get(user=lea).role == Role.SEEKER
    assert [m.to for m in mail.outbox] == [["lea@example.org"]]
    # The link was spent: it cannot open a second account.
    assert client.get(f"/accounts/invitation/{token}/").status_code == 404


def test_it_limits_failed_logins(client, organisation):
    for _ in range(5):
        client.post("/accounts/login/", {"login": "coach@example.org", "password": "wrong"})
    # Even the right password is refused until the window has passed.
    response = client.post("/accounts/login/", {"login": "coach@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.context["form"].has_error("__all__", "too_many_login_attempts")


def test_it_asks_for_the_password_again_before_an_export(client, django_user_model):
    user = django_user_model.objects.create_user("p", "p@example.org", PASSWORD)
    client.force_login(user)
    response = client.post("/privacy/export/")
    assert response.status_code == 302 and "/accounts/reauthenticate/" in response.url


def test_it_asks_for_the_password_again_before_changing_what_is_shared(client, organisation):
    _, coach = organisation
    client.force_login(coach)
    response = client.post(
        f"/coaching/sharing/{coach.pk}/", {f"coach{coach.pk}-sections": ["plan"]}
    )
    assert response.status_code == 302 and "/accounts/reauthenticate/" in response.url


@pytest.mark.parametrize("url", ["/accounts/sessions/", "/accounts/2fa/", "/accounts/email/"])
def test_it_offers_the_account_security_pages(client, django_user_model, url):
    client.force_login(django_user_model.objects.create_user("s", "s@example.org", PASSWORD))
    assert client.get(url).status_code == 200


def test_it_refuses_local_one_time_links(client):
    assert client.get("/login/anything/").status_code == 404


def test_it_sends_security_headers(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("h", "h@example.org", PASSWORD))
    response = client.get("/privacy/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert (
        response.cookies.get("__Host-rebond-session") is None
        or response.cookies["__Host-rebond-session"]["secure"]
    )


@pytest.mark.parametrize("open_signup", [False, True])
def test_the_sign_in_page_offers_sign_up_only_when_it_is_open(client, settings, open_signup):
    settings.ACCOUNT_SIGNUP_OPEN = open_signup
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert ('href="/accounts/signup/"' in page) is open_signup
    assert 'name="login"' in page and 'name="password"' in page


def test_the_sign_in_page_offers_sign_up_to_an_invited_visitor(client, organisation):
    org, coach = organisation
    client.get(f"/accounts/invitation/{invite(coach, org, 'sam@example.org')}/")
    assert 'href="/accounts/signup/"' in client.get("/accounts/login/").content.decode()


@pytest.mark.parametrize(
    ("language", "greeting", "reset_words"),
    [("fr", "Bonjour,", "réinitialiser"), ("en", "Hello,", "reset your password")],
)
def test_account_emails_speak_as_rebond_in_the_visitors_language(
    django_user_model, language, greeting, reset_words
):
    from allauth.account.models import EmailAddress
    from django.test import Client

    lea = django_user_model.objects.create_user("lea", "lea@example.org", "Une-phrase-longue-9")
    EmailAddress.objects.create(user=lea, email=lea.email, primary=True, verified=True)
    visitor = Client(HTTP_ACCEPT_LANGUAGE=language)
    response = visitor.post("/accounts/password/reset/", {"email": lea.email})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.subject.startswith("[Rebond] ")
    assert message.body.startswith(greeting)
    assert reset_words in message.body
    assert "/accounts/password/reset/key/" in message.body
    assert "Rebond, testserver" in message.body
    assert "Hello from" not in message.body  # allauth's default opening, with the host name


def test_a_forwarded_invitation_enrols_nobody_else(client, organisation, django_user_model):
    org, coach = organisation
    token = invite(coach, org, "lea@example.org")
    client.get(f"/accounts/invitation/{token}/")
    response = client.post(
        "/accounts/signup/",
        {"email": "stranger@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200 and "lea@example.org" in response.content.decode()
    assert not django_user_model.objects.filter(email="stranger@example.org").exists()
    assert not Membership.objects.filter(organisation=org, role=Role.SEEKER).exists()


def test_an_organisation_admin_makes_coach_invitations(client, organisation, django_user_model):
    org, _ = organisation
    admin = django_user_model.objects.create_user("alix", "alix@example.org", PASSWORD)
    Membership.objects.create(user=admin, organisation=org, role=Role.ADMIN)
    client.force_login(admin)
    response = client.post(
        "/coaching/caseload/invite/", {"email": "c2@example.org", "role": "coach"}
    )
    assert response.status_code == 200 and "/accounts/invitation/" in response.content.decode()


def test_wrong_passwords_from_one_address_lock_out_nobody_else(client, settings, organisation):
    # Behind one nginx (docs/operations.md): the client is the last X-Forwarded-For entry.
    from allauth.account.models import EmailAddress

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    _, coach = organisation
    EmailAddress.objects.create(user=coach, email=coach.email, verified=True, primary=True)
    for n in range(6):
        client.post(
            "/accounts/login/",
            {"login": f"nobody{n}@example.org", "password": "wrong"},
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    client.post(
        "/accounts/login/",
        {"login": "coach@example.org", "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="198.51.100.20",
    )
    assert "_auth_user_id" in client.session


def test_the_admin_signs_in_through_the_accounts_page(client):
    # Same rate limits and two-factor step as every other sign-in.
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
