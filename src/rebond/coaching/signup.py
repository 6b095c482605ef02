"""Hosted mode's sign-up rules on top of django-allauth (imported only in hosted mode).

Sign-up is open, or opened by a coach's invitation: the rule lives with the invitations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest

if TYPE_CHECKING:
    from rebond.accounts.models import User

INVITATION_SESSION_KEY = "rebond_invitation"


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        """Open sign-up if the operator chose it; otherwise only with a valid invitation."""
        if settings.ACCOUNT_SIGNUP_OPEN:
            return True
        from rebond.coaching.invitations import find_usable

        return find_usable(request.session.get(INVITATION_SESSION_KEY, "")) is not None

    def clean_email(self, email: str) -> str:
        """A sign-up by invitation uses the invited address: a forwarded link enrols nobody."""
        email = super().clean_email(email)
        request = getattr(self, "request", None)
        token = request.session.get(INVITATION_SESSION_KEY, "") if request is not None else ""
        if token and not settings.ACCOUNT_SIGNUP_OPEN:
            from django.core.exceptions import ValidationError
            from django.utils.translation import gettext as _

            from rebond.coaching.invitations import find_usable

            invitation = find_usable(token)
            if invitation is not None and invitation.email.casefold() != email.casefold():
                raise ValidationError(
                    _("This invitation was sent to another address: sign up with %(email)s.")
                    % {"email": invitation.email}
                )
        return email

    def save_user(self, request: HttpRequest, user: User, form: Any, commit: bool = True) -> Any:
        user = super().save_user(request, user, form, commit=commit)
        token = request.session.pop(INVITATION_SESSION_KEY, "")
        if commit and token:
            from rebond.coaching.invitations import accept

            accept(token, user)
        return user
