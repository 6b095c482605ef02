"""Contacts, their exchanges, the "give before asking" log and the "due to contact" list."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.network import services
from rebond.network.forms import ContactForm, ContributionForm, InteractionForm, SearchForm
from rebond.network.models import Contact
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx

PAGE_SIZE = 50
DUE_PREVIEW = 8


def _end_of_today() -> datetime:
    return timezone.localtime().replace(hour=23, minute=59, second=59)


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = services.search_contacts(
        request.user, filters.get("q", ""), filters.get("kind", ""), filters.get("tag", "")
    )
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    if is_htmx(request):
        return render(request, "network/_contact_table.html", {"page": page})
    due = services.due_contacts(request.user, _end_of_today())
    context = {"form": form, "page": page, "due": due[:DUE_PREVIEW], "due_count": due.count()}
    return render(request, "network/home.html", context)


@login_required
def due(request: AuthedRequest) -> HttpResponse:
    """Everyone to contact by the end of the week, the longest waiting first."""
    until = _end_of_today() + timedelta(days=6)
    page = Paginator(services.due_contacts(request.user, until), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "network/due.html", {"page": page, "now": timezone.now()})


@login_required
def contact_create(request: AuthedRequest) -> HttpResponse:
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        contact = services.create_contact(request.user, **form.cleaned_data)
        messages.success(request, _("Contact added."))
        return redirect(contact)
    return render(request, "network/contact_form.html", {"form": form})


@login_required
def contact_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    form = ContactForm(request.POST or None, instance=contact)
    if request.method == "POST" and form.is_valid():
        services.update_contact(contact, **form.cleaned_data)
        messages.success(request, _("Changes saved."))
        return redirect(contact)
    return render(request, "network/contact_form.html", {"form": form, "contact": contact})


def _detail(request: HttpRequest, contact: Contact, **forms: object) -> HttpResponse:
    context = {
        "contact": contact,
        "interactions": contact.interactions.all()[:50],
        "contributions": contact.contributions.all()[:50],
        "infos": contact.info_interviews.all(),
        "log_form": forms.get("log_form") or InteractionForm(),
        "give_form": forms.get("give_form") or ContributionForm(),
    }
    status = 400 if forms else 200
    return render(request, "network/contact_detail.html", context, status=status)


@login_required
def contact_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = owned_or_404(Contact.objects.select_related("interview"), request.user, pk)
    return _detail(request, contact)


@login_required
@require_POST
def contact_log(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    form = InteractionForm(request.POST)
    if not form.is_valid():
        return _detail(request, contact, log_form=form)
    services.log_interaction(contact, **form.cleaned_data)
    messages.success(request, _("Exchange logged: the next check-in counts from it."))
    return redirect(contact)


@login_required
@require_POST
def contact_give(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    form = ContributionForm(request.POST)
    if not form.is_valid():
        return _detail(request, contact, give_form=form)
    services.log_contribution(contact, **form.cleaned_data)
    messages.success(request, _("Noted: what you gave."))
    return redirect(contact)
