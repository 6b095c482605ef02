"""Informational interviews and precise message drafts (C6.3, C6.4)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.accounts.language import playbook_lang
from rebond.method.messages import DraftError
from rebond.method.network.rules import rules, suggested_questions
from rebond.network import drafts, services
from rebond.network.drafts import ContactDraft
from rebond.network.forms import DraftForm, InfoInterviewForm, InfoRecordForm
from rebond.network.models import Contact, InfoInterview
from rebond.web.access import AuthedRequest, owned_or_404


@login_required
def info_create(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    goal = request.GET.get("goal", "")
    initial = {"questions": "\n".join(suggested_questions(goal, playbook_lang())), "goal": goal}
    form = InfoInterviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        info = services.plan_info_interview(contact, **form.cleaned_data)
        messages.success(request, _("Informational interview planned."))
        return redirect(info)
    context = {"form": form, "contact": contact, "network_rules": rules()}
    return render(request, "network/info_form.html", context)


@login_required
def info_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    info = owned_or_404(InfoInterview.objects.select_related("contact"), request.user, pk)
    initial = {"held_at": info.held_at or timezone.localtime().replace(second=0)}
    form = InfoRecordForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.record_info_interview(info, **form.cleaned_data)
        messages.success(request, _("Conversation recorded. The summary and thanks come next."))
        return redirect(info)
    thanks = None
    if info.held_at:
        thanks = drafts.contact_draft(info.contact, "info_summary_thanks", info=info)
    context = {"info": info, "form": form, "thanks": thanks, "network_rules": rules()}
    return render(request, "network/info_detail.html", context)


@login_required
@require_POST
def info_step(request: AuthedRequest, pk: int, step: str) -> HttpResponse:
    info = owned_or_404(InfoInterview.objects.select_related("contact"), request.user, pk)
    try:
        services.mark_info_step(info, step)
    except ValueError as exc:
        messages.error(request, str(exc))
    return redirect(info)


def _draft(request: HttpRequest, contact: Contact) -> tuple[DraftForm, ContactDraft | None, str]:
    form = DraftForm(request.GET or None)
    if not form.is_valid():
        return form, None, ""
    asks = {k: v for k, v in form.cleaned_data.items() if k not in ("kind", "register") and v}
    register = form.cleaned_data.get("register") or "vous"
    try:
        made = drafts.contact_draft(contact, form.cleaned_data["kind"], register=register, **asks)
    except DraftError:
        return form, None, _("Name the one precise thing you ask: a person, or a topic.")
    return form, made, ""


@login_required
def contact_draft(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    form, made, error = _draft(request, contact)
    context = {
        "contact": contact,
        "form": form,
        "made": made,
        "error": error,
        "network_rules": rules(),
    }
    return render(request, "network/draft.html", context)


@login_required
def contact_draft_eml(request: AuthedRequest, pk: int) -> HttpResponse:
    contact = owned_or_404(Contact.objects.all(), request.user, pk)
    _, made, _error = _draft(request, contact)
    if made is None:
        return redirect("network:contact-draft", pk=contact.pk)
    response = HttpResponse(drafts.eml_bytes(contact, made.draft), content_type="message/rfc822")
    response["Content-Disposition"] = 'attachment; filename="draft.eml"'
    return response
