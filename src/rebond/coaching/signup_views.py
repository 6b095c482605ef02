from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

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
