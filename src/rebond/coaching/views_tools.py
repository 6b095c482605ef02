"""The coach's tools around a person: private notes, threads on shared items (both sides),
proposed actions (both sides). Services in notes.py, threads.py and proposals.py."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.coaching import notes, proposals, services, threads
from rebond.coaching.access import hosted_login_required
from rebond.coaching.forms import MessageForm, NoteForm, ProposalForm
from rebond.coaching.models import Comment, Note, Proposal
from rebond.method.errors import ServiceError
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404


def _back(request: HttpRequest, fallback: str) -> str:
    """Where the form came from (`back`, same site only), else `fallback`."""
    back = request.POST.get("back") or request.GET.get("back") or ""
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return back
    return fallback


def _person_page(pk: int, anchor: str) -> str:
    return reverse("coaching:person", args=[pk]) + anchor


# Private notes (the coach's own rows) ------------------------------------------------------


@require_POST
@hosted_login_required
def note_add(request: AuthedRequest, pk: int) -> HttpResponse:
    person = services.seeker_for_coach(request.user, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        notes.add(request.user, person, form.cleaned_data["text"])
        messages.success(request, _("Note saved."))
    else:
        messages.error(request, _("A note needs some text (4000 characters at most)."))
    return redirect(_person_page(pk, "#notes"))


@hosted_login_required
def note_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    note = owned_or_404(Note.objects.select_related("person"), request.user, pk)
    form = NoteForm(request.POST or None, initial={"text": note.text})
    if request.method == "POST" and form.is_valid():
        notes.edit(request.user, note, form.cleaned_data["text"])
        messages.success(request, _("Note saved."))
        return redirect(_person_page(note.person_id, "#notes"))
    return render(request, "coaching/note_edit.html", {"note": note, "form": form})


@hosted_login_required
def note_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    note = owned_or_404(Note.objects, request.user, pk)
    back = _person_page(note.person_id, "#notes")
    return delete_after_asking(
        request,
        what=str(note),
        cancel=back,
        back=back,
        discard=lambda: notes.delete(request.user, note),
    )


# Threads on shared items (the person and the coach) -----------------------------------------


def _message(request: AuthedRequest, pk: int, *, own: bool) -> Comment:
    try:
        if own:
            return threads.written_by(request.user, pk)
        return threads.visible_to(request.user, pk)
    except Comment.DoesNotExist:
        raise Http404 from None


def _thread_page(request: HttpRequest, message: Comment) -> str:
    """Where the thread is shown to the one asking: the coach's section page, the person's own
    page of the item, else their sharing page."""
    if message.coach_id == request.user.pk and message.user_id != request.user.pk:
        return reverse("coaching:section", args=[message.user_id, message.section])
    return threads.item_page(message.item) or reverse("coaching:sharing")


@require_POST
@hosted_login_required
def message_reply(request: AuthedRequest, pk: int) -> HttpResponse:
    anchor = _message(request, pk, own=False)
    form = MessageForm(request.POST)
    if form.is_valid():
        threads.reply(request.user, anchor, form.cleaned_data["text"])
        messages.success(request, _("Answer sent."))
    else:
        messages.error(request, _("A comment needs some text (2000 characters at most)."))
    return redirect(_back(request, _thread_page(request, anchor)))


@hosted_login_required
def message_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    message = _message(request, pk, own=True)
    form = MessageForm(request.POST or None, initial={"text": message.text})
    back = _back(request, _thread_page(request, message))
    if request.method == "POST" and form.is_valid():
        threads.edit(request.user, message, form.cleaned_data["text"])
        messages.success(request, _("Comment saved."))
        return redirect(back)
    context = {"message": message, "form": form, "back": back}
    return render(request, "coaching/message_edit.html", context)


@hosted_login_required
def message_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    message = _message(request, pk, own=True)
    back = _back(request, _thread_page(request, message))
    return delete_after_asking(
        request,
        what=str(message),
        cancel=back,
        back=back,
        discard=lambda: threads.delete(request.user, message),
    )


# Proposed actions ---------------------------------------------------------------------------


@require_POST
@hosted_login_required
def proposal_add(request: AuthedRequest, pk: int) -> HttpResponse:
    person = services.seeker_for_coach(request.user, pk)
    form = ProposalForm(request.POST)
    if form.is_valid():
        proposals.propose(request.user, person, **form.cleaned_data)
        messages.success(request, _("Action proposed."))
    else:
        messages.error(request, _("A proposed action needs a title."))
    return redirect(_person_page(pk, "#proposals"))


def _answer(request: AuthedRequest, pk: int, accept: bool) -> HttpResponse:
    proposal = owned_or_404(Proposal.objects, request.user, pk)
    try:
        if accept:
            proposals.accept(request.user, proposal)
            messages.success(request, _("Added to your plan."))
        else:
            proposals.decline(request.user, proposal)
            messages.success(request, _("Proposal declined."))
    except (Proposal.DoesNotExist, ServiceError):
        messages.info(request, _("This proposal was already answered."))
    return redirect(_back(request, reverse("plan:home")))


@require_POST
@hosted_login_required
def proposal_accept(request: AuthedRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, accept=True)


@require_POST
@hosted_login_required
def proposal_decline(request: AuthedRequest, pk: int) -> HttpResponse:
    return _answer(request, pk, accept=False)
