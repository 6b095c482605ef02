from django.conf import settings
from django.contrib.auth import login, logout
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from rebond.accounts.services import redeem_login_token


def login_page(request: HttpRequest) -> HttpResponse:
    if not settings.LOCAL_MODE:
        return redirect(settings.LOGIN_URL)  # hosted mode signs in with a password (allauth)
    return render(request, "accounts/login.html", status=200)


def login_with_token(request: HttpRequest, token: str) -> HttpResponse:
    if not settings.LOCAL_MODE:
        raise Http404  # one-time links are for the single person of local mode
    user = redeem_login_token(token)
    if user is None:
        return render(request, "accounts/login.html", {"invalid": True}, status=403)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    return redirect("home")


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")
