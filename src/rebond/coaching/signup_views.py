"""Hosted mode only (allauth installed): the invitation link, and sign-up's rate limits."""

from typing import Any
from urllib.parse import urlencode

from allauth.account.views import SignupView
from allauth.core import ratelimit
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from rebond.coaching.invitations import find_usable
from rebond.coaching.signup import INVITATION_SESSION_KEY


def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """Keep a valid invitation in the session, then show the sign-up form it opens."""
    found = find_usable(token)
    if found is None:
        return render(request, "coaching/invitation_invalid.html", status=404)
    request.session[INVITATION_SESSION_KEY] = token
    # The form opens on the invited address, the only one it accepts.
    return redirect(f"{reverse('account_signup')}?{urlencode({'email': found.email})}")


class CohortSignupView(SignupView):
    """allauth's sign-up, with a limit that fits a cohort signing up from one network.

    Without an invitation, sign-ups count against the per-address limit ("signup"). With a
    valid one, a much higher per-address limit applies ("signup_invited"), plus one per
    invitation: a whole class behind one campus address can join in the same hour.
    """

    @method_decorator(sensitive_post_parameters("password1", "password2"))
    @method_decorator(never_cache)
    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        found = find_usable(request.session.get(INVITATION_SESSION_KEY, ""))
        if found is None:
            refused = ratelimit.consume_or_429(request, action="signup")
        else:
            refused = ratelimit.consume_or_429(request, action="signup_invited", key=found.digest)
        # Skip SignupView.dispatch: its own decorator would count the sign-up a second time.
        return refused or super(SignupView, self).dispatch(request, *args, **kwargs)


signup = CohortSignupView.as_view()
