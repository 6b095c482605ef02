"""The site's URLs plus a stand-in for hosted mode's invitation link (allauth is not installed
in the local test passes; tests/hosted follow the real link)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from rebond.urls import urlpatterns as site


def _invitation(request: HttpRequest, token: str) -> HttpResponse:
    return HttpResponse(token)


urlpatterns = [
    *site,
    path("accounts/invitation/<str:token>/", _invitation, name="account_invitation"),
]
