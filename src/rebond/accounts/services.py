"""Local mode: one person, no sign-up, a one-time login link printed by `rebond serve`."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from rebond.accounts.models import LoginToken, User

LOCAL_USERNAME = "local"


def local_user() -> User:
    """The single person of local mode, created on first run."""
    user, created = get_user_model().objects.get_or_create(username=LOCAL_USERNAME)
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def issue_login_link(base_url: str, user: User | None = None) -> str:
    token = LoginToken.issue(user or local_user())
    return f"{base_url.rstrip('/')}/login/{token}/"


@transaction.atomic
def redeem_login_token(token: str) -> User | None:
    """The token's user if the token is valid, unused and unexpired; the token is spent."""
    found = (
        LoginToken.objects.usable()
        .select_for_update()
        .select_related("user")
        .filter(digest=LoginToken.hash(token))
        .first()
    )
    if found is None:
        return None
    found.used_at = timezone.now()
    found.save(update_fields=["used_at"])
    return found.user
