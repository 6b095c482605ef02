"""The bin page: restore in one click, delete for good after asking, empty it."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rebond.trash import services
from rebond.trash.faces import ask_first, confirmed
from rebond.trash.models import KEEP_DAYS, BinEntry
from rebond.web.access import AuthedRequest, owned_or_404


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    services.purge_expired(user=request.user)
    entries = BinEntry.objects.for_user(request.user).defer("payload")
    return render(request, "trash/home.html", {"entries": entries, "keep_days": KEEP_DAYS})


@login_required
@require_POST
def restore(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = owned_or_404(BinEntry.objects.all(), request.user, pk)
    try:
        services.restore(request.user, entry)
    except services.RestoreError as error:
        messages.error(request, str(error))
        return redirect("trash:home")
    messages.success(request, _("Restored."))
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(back)
    return redirect("trash:home")


@login_required
@require_http_methods(["GET", "POST"])
def delete_forever(request: AuthedRequest, pk: int) -> HttpResponse:
    entry = owned_or_404(BinEntry.objects.all(), request.user, pk)
    if not confirmed(request):
        return ask_first(
            request,
            what=entry.label,
            cancel=reverse("trash:home"),
            question=_("Delete this for good?"),
            button=_("Delete for good"),
            forever=True,
        )
    services.purge(entry)
    messages.success(request, _("Deleted for good."))
    return redirect("trash:home")


@login_required
@require_http_methods(["GET", "POST"])
def empty(request: AuthedRequest) -> HttpResponse:
    if not confirmed(request):
        count = BinEntry.objects.for_user(request.user).count()
        return ask_first(
            request,
            what=_("Everything in the bin (%(count)s)") % {"count": count},
            cancel=reverse("trash:home"),
            question=_("Empty the bin?"),
            button=_("Empty the bin"),
            forever=True,
        )
    services.empty(request.user)
    messages.success(request, _("The bin is empty."))
    return redirect("trash:home")
