"""Re-authentication before sensitive actions (export, erasure, sharing changes).

Hosted mode asks for the password (or a TOTP code) again through allauth when the last one is
older than ACCOUNT_REAUTHENTICATION_TIMEOUT. Local mode has one person, signed in by a one-time
link on 127.0.0.1: there is no password to ask for, so the check is a no-op there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from django.apps import apps
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

View = TypeVar("View", bound=Callable[..., HttpResponseBase])


def reauthentication_required(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if settings.LOCAL_MODE or request.method == "GET" or not apps.is_installed("allauth"):
            return view(request, *args, **kwargs)
        # Imported here: allauth is installed in hosted mode only.
        from allauth.account.decorators import reauthentication_required as allauth_reauth

        return allauth_reauth(view)(request, *args, **kwargs)

    return cast(View, wrapper)
