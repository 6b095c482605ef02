"""Hosted mode's account rules on top of django-allauth (imported only in hosted mode)."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest

INVITATION_SESSION_KEY = "rebond_invitation"


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        """Open sign-up if the operator chose it; otherwise only with a valid invitation."""
        if settings.ACCOUNT_SIGNUP_OPEN:
            return True
        from rebond.coaching.invitations import find_usable

        return find_usable(request.session.get(INVITATION_SESSION_KEY, "")) is not None

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        user = super().save_user(request, user, form, commit=commit)
        token = request.session.pop(INVITATION_SESSION_KEY, "")
        if commit and token:
            from rebond.coaching.invitations import accept

            accept(token, user)
        return user
