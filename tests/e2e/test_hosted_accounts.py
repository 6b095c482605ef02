"""Hosted accounts in the browser (django-allauth): two-factor activation with codes computed
from the secret the page shows, sign-in with a code, sign-in with a recovery code, and the
password reset from the e-mail's link. Screenshots of every account page at desktop and phone
width. Needs hosted settings: run by the hosted pass of scripts/test."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import struct
import time
from urllib.parse import urlparse

import pytest
from django.core import mail
from playwright.sync_api import expect
from tests.hosted.conftest import hosted_only

pytestmark = [pytest.mark.django_db(transaction=True), hosted_only]
PASSWORD = "a long Passphrase 2026!"
NEW_PASSWORD = "another long Passphrase 2027?"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def hotp(key: bytes, counter: int, digits: int = 6, digest=hashlib.sha1) -> str:
    """RFC 4226 HOTP (dynamic truncation of an HMAC of the 8-byte counter)."""
    mac = hmac.new(key, struct.pack(">Q", counter), digest).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10**digits).zfill(digits)


def totp(secret_base32: str, at: float, period: int = 30) -> str:
    """RFC 6238 TOTP from the base32 secret an authenticator app is given."""
    padded = secret_base32.upper() + "=" * (-len(secret_base32) % 8)
    return hotp(base64.b32decode(padded), int(at // period))


def test_the_totp_helper_matches_the_rfc_6238_vectors():
    key = b"12345678901234567890"
    # RFC 6238, appendix B (SHA-1, 8 digits): T = 59 s and T = 1111111109 s.
    assert hotp(key, 59 // 30, digits=8) == "94287082"
    assert hotp(key, 1111111109 // 30, digits=8) == "07081804"
    assert totp(base64.b32encode(key).decode().rstrip("="), 59) == "287082"


def fresh_code(secret: str, used: set[str]) -> str:
    """A code for the current period that the server has not seen yet (allauth refuses a code
    twice within its period), waiting for the next period if needed."""
    while True:
        code = totp(secret, time.time())
        if code not in used and 3 < time.time() % 30 < 27:  # not on a period's edge
            used.add(code)
            return code
        time.sleep(1)


def wrong_code(secret: str) -> str:
    """Six digits that are not the code of this period nor of the two around it."""
    now = time.time()
    valid = {totp(secret, now + shift) for shift in (-30, 0, 30)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in valid)


@pytest.fixture
def hosted_browser(settings, live_server, page):
    # Production serves collected, hashed files; the live server serves the sources.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Plain HTTP on localhost: Chromium treats it as a secure origin, so the Secure and
    # __Host- cookies of hosted mode are kept; only the HTTPS redirect is off.
    settings.SECURE_SSL_REDIRECT = False
    settings.ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
    host = urlparse(live_server.url).hostname
    page.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )
    # Signing in checks an Argon2 hash (memory-hard on purpose) while the other test worker
    # fuzzes the API on the same two cores: one sign-in once took over 10 s in CI.
    page.set_default_timeout(30_000)
    return page


@pytest.fixture
def lea(django_user_model):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user("lea", "lea@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def shots(page, screenshot, name: str) -> None:
    """The page at desktop width, then at phone width, then back."""
    page.set_viewport_size(DESKTOP)
    screenshot(f"accounts-{name}")
    page.set_viewport_size(PHONE)
    screenshot(f"accounts-{name}-phone")
    page.set_viewport_size(DESKTOP)


def sign_in(page, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").first.click()


def expect_signed_in(page) -> None:
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"/accounts/"))


def sign_out(page, base: str) -> None:
    page.goto(f"{base}/accounts/logout/")
    page.locator("main form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/logout/"))


def test_two_factor_activation_then_sign_in_with_a_code_and_with_a_recovery_code(
    hosted_browser, live_server, lea, screenshot
):
    page, base = hosted_browser, live_server.url
    page.goto(f"{base}/accounts/login/")
    # Sign-up is by invitation here: the sign-in page does not send people to a closed door.
    expect(page.get_by_role("link", name="sign up")).to_have_count(0)
    shots(page, screenshot, "login")
    sign_in(page, base, "lea@example.org", PASSWORD)
    expect_signed_in(page)

    page.goto(f"{base}/accounts/2fa/")
    shots(page, screenshot, "2fa-index")
    page.get_by_role("link", name="Activate").click()
    # A security change: the password is asked for again, even just after signing in.
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    shots(page, screenshot, "reauthenticate")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/totp/activate/"))
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{16,}", secret), secret
    shots(page, screenshot, "2fa-activate")
    used: set[str] = set()
    page.locator("input[name=code]").fill(wrong_code(secret))
    page.locator("main form button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("Incorrect code")  # a wrong code is refused
    page.locator("input[name=code]").fill(fresh_code(secret, used))
    page.locator("main form button[type=submit]").click()
    # Activation leads to the recovery codes, shown once here.
    expect(page).to_have_url(re.compile(r"/accounts/2fa/recovery-codes/"))
    codes = page.locator("#recovery_codes").input_value().split()
    assert len(codes) == 10 and len(set(codes)) == 10
    shots(page, screenshot, "2fa-recovery-codes")

    from allauth.mfa.models import Authenticator

    assert set(Authenticator.objects.filter(user=lea).values_list("type", flat=True)) == {
        "totp",
        "recovery_codes",
    }

    # Sign in again: the password alone is not enough, the app's code is asked for.
    sign_out(page, base)
    sign_in(page, base, "lea@example.org", PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    shots(page, screenshot, "2fa-authenticate")
    page.locator("input[name=code]").fill(wrong_code(secret))
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator("main")).to_contain_text("Incorrect code")
    # The password alone signed nobody in: a page of the app leads back to the code.
    page.goto(f"{base}/plan/today/")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    expect(page.get_by_role("navigation", name="Main")).to_have_count(0)
    page.locator("input[name=code]").fill(fresh_code(secret, used))
    page.get_by_role("button", name="Sign In").click()
    expect_signed_in(page)

    # A recovery code works once in place of the app's code.
    sign_out(page, base)
    sign_in(page, base, "lea@example.org", PASSWORD)
    page.locator("input[name=code]").fill(codes[3])
    page.get_by_role("button", name="Sign In").click()
    expect_signed_in(page)
    sign_out(page, base)
    sign_in(page, base, "lea@example.org", PASSWORD)
    page.locator("input[name=code]").fill(codes[3])
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator("main")).to_contain_text("Incorrect code")
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))


def test_password_reset_from_the_emailed_link(hosted_browser, live_server, lea, screenshot):
    page, base = hosted_browser, live_server.url
    page.goto(f"{base}/accounts/login/")
    page.get_by_role("link", name=re.compile("forgot", re.I)).click()
    expect(page).to_have_url(f"{base}/accounts/password/reset/")
    shots(page, screenshot, "reset-request")
    page.locator("input[name=email]").fill("lea@example.org")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/password/reset/done/"))
    shots(page, screenshot, "reset-sent")

    assert [m.to for m in mail.outbox] == [["lea@example.org"]]
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+/", mail.outbox[0].body)
    assert link, "no reset link in the message"
    page.goto(f"{base}{urlparse(link.group(0)).path}")
    expect(page).to_have_url(re.compile(r"/accounts/password/reset/key/.+-set-password/"))
    shots(page, screenshot, "reset-new-password")
    page.locator("input[name=password1]").fill(NEW_PASSWORD)
    page.locator("input[name=password2]").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Change Password").click()
    expect(page).to_have_url(re.compile(r"/accounts/password/reset/key/done/"))
    shots(page, screenshot, "reset-done")

    # The link is spent; the old password no longer opens the account; the new one does.
    page.goto(f"{base}{urlparse(link.group(0)).path}")
    expect(page.locator("main")).to_contain_text("invalid")
    sign_in(page, base, "lea@example.org", PASSWORD)
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    sign_in(page, base, "lea@example.org", NEW_PASSWORD)
    expect_signed_in(page)


def test_the_sign_up_page_from_an_invitation(hosted_browser, live_server, lea, screenshot):
    from rebond.coaching.choices import Role
    from rebond.coaching.invitations import invite
    from rebond.coaching.models import Membership, Organisation

    organisation = Organisation.objects.create(name="Cap Emploi Est")
    Membership.objects.create(user=lea, organisation=organisation, role=Role.COACH)
    token = invite(lea, organisation, "sam@example.org")
    page, base = hosted_browser, live_server.url
    page.goto(f"{base}/accounts/invitation/{token}/")
    expect(page).to_have_url(f"{base}/accounts/signup/?email=sam%40example.org")
    # The form opens on the invited address.
    expect(page.locator("input[name=email]")).to_have_value("sam@example.org")
    shots(page, screenshot, "signup")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/confirm-email/"))
    shots(page, screenshot, "signup-verify")
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]


def test_sessions_page_signs_out_the_other_browsers(
    hosted_browser, live_server, lea, browser, screenshot
):
    page, base = hosted_browser, live_server.url
    # A second browser (its own cookies): the phone Léa also signed in with.
    other = browser.new_context(locale="fr-FR").new_page()
    host = urlparse(base).hostname
    other.context.add_cookies(
        [{"name": "django_language", "value": "en", "domain": host, "path": "/"}]
    )
    other.set_default_timeout(30_000)
    try:
        sign_in(other, base, lea.email, PASSWORD)
        expect_signed_in(other)
        sign_in(page, base, lea.email, PASSWORD)
        expect_signed_in(page)
        page.goto(f"{base}/accounts/sessions/")
        expect(page.locator("main tbody tr")).to_have_count(2)
        shots(page, screenshot, "sessions")
        expect(page.locator("main tbody")).to_contain_text("Chrome on Linux")
        page.get_by_role("button", name="Sign out the other browsers").click()
        expect(page.locator("main tbody tr")).to_have_count(1)
        # The other browser is signed out; this one is not.
        other.goto(f"{base}/plan/today/")
        expect(other).to_have_url(re.compile(r"/accounts/login/"))
        page.goto(f"{base}/plan/today/")
        expect_signed_in(page)
    finally:
        other.context.close()


def test_email_page_adds_an_address_and_sends_it_a_verification(
    hosted_browser, live_server, lea, screenshot
):
    page, base = hosted_browser, live_server.url
    sign_in(page, base, lea.email, PASSWORD)
    expect_signed_in(page)
    page.goto(f"{base}/accounts/email/")
    page.locator("#id_email").fill("lea.martin@example.net")
    page.locator("button[name=action_add]").click()
    if "/reauthenticate/" in page.url:  # a sensitive change: the password again first
        page.locator("input[name=password]").fill(PASSWORD)
        page.locator("main form button[type=submit]").click()
    expect(page.locator("main")).to_contain_text("lea.martin@example.net")
    shots(page, screenshot, "email")
    assert ["lea.martin@example.net"] in [m.to for m in mail.outbox]
