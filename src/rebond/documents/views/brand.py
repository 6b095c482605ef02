"""The central message (value proposition vs CV summary, headline, letters) and the proofs."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from rebond.accounts.language import playbook_lang
from rebond.documents.forms import (
    ApplicationChoiceForm,
    BrandTextForm,
    ProofForm,
    ValuePropositionForm,
)
from rebond.documents.models import BrandText, ProofItem
from rebond.documents.services import message as message_service
from rebond.documents.services import proofs
from rebond.jobs.models import Application
from rebond.trash import services as trash
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404


@login_required
def message(request: AuthedRequest) -> HttpResponse:
    current = message_service.central_message(request.user)
    initial = {"text": current.text} if current else None
    form = ValuePropositionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        message_service.save_value_proposition(request.user, form.cleaned_data["text"])
        messages.success(request, _("Value proposition saved."))
        return redirect("documents:message")
    central, rows = message_service.drift(request.user, playbook_lang())
    context = {
        "form": form,
        "central": central,
        "rows": rows,
        "texts": BrandText.objects.for_user(request.user),
        "text_form": BrandTextForm(),
    }
    return render(request, "documents/message.html", context)


@login_required
def text_edit(request: AuthedRequest, pk: int | None = None) -> HttpResponse:
    row = owned_or_404(BrandText.objects, request.user, pk) if pk else None
    form = BrandTextForm(request.POST or None, instance=row)
    if request.method == "POST" and form.is_valid():
        message_service.save_text(request.user, row=row, **form.cleaned_data)
        messages.success(request, _("Text saved."))
        return redirect("documents:message")
    return render(request, "documents/text_form.html", {"form": form, "row": row})


@login_required
@require_http_methods(["GET", "POST"])
def text_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    row = owned_or_404(BrandText.objects, request.user, pk)
    return delete_after_asking(
        request,
        what=str(row),
        cancel=reverse("documents:message"),
        back="documents:message",
        discard=lambda: trash.discard(request.user, row),
    )


@login_required
def proof_list(request: AuthedRequest) -> HttpResponse:
    form = ProofForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        proofs.save_proof(request.user, **form.cleaned_data)
        messages.success(request, _("Proof added."))
        return redirect("documents:proofs")
    context = {
        "form": form,
        "proofs": proofs.portfolio(request.user),
        # Built once: iterating the form field per proof would query once per proof.
        "attach_choices": list(ApplicationChoiceForm(request.user).fields["application"].choices),  # type: ignore[attr-defined]
    }
    return render(request, "documents/proofs.html", context)


@login_required
def proof_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    row = owned_or_404(ProofItem.objects, request.user, pk)
    form = ProofForm(request.POST or None, instance=row)
    if request.method == "POST" and form.is_valid():
        proofs.save_proof(request.user, row=row, **form.cleaned_data)
        return redirect("documents:proofs")
    return render(request, "documents/proof_form.html", {"form": form, "row": row})


@login_required
@require_http_methods(["GET", "POST"])
def proof_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    row = owned_or_404(ProofItem.objects, request.user, pk)
    return delete_after_asking(
        request,
        what=str(row),
        cancel=reverse("documents:proofs"),
        back="documents:proofs",
        discard=lambda: trash.discard(request.user, row),
    )


@login_required
@require_POST
def proof_attach(request: AuthedRequest, pk: int) -> HttpResponse:
    row = owned_or_404(ProofItem.objects, request.user, pk)
    form = ApplicationChoiceForm(request.user, request.POST)
    if form.is_valid():
        proofs.attach(row, form.cleaned_data["application"])
        messages.success(request, _("Proof attached to the application."))
    return redirect("documents:proofs")


@login_required
@require_POST
def proof_detach(request: AuthedRequest, pk: int, application_pk: int) -> HttpResponse:
    row = owned_or_404(ProofItem.objects, request.user, pk)
    proofs.detach(row, owned_or_404(Application.objects, request.user, application_pk))
    return redirect("documents:proofs")
