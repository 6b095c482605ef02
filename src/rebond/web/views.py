from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The Today page once the plan exists, the board until then."""
    try:
        return redirect(reverse("plan:today"))
    except NoReverseMatch:
        return redirect("jobs:board")
