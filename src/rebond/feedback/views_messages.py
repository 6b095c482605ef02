"""Message drafts, their three ways out (mailto:, .eml, SMTP) and the SMTP settings (C3.1)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.accounts.language import content_lang
from rebond.feedback import services
from rebond.feedback.choices import SentVia
from rebond.feedback.forms import DraftForm, MessageForm, SmtpForm
from rebond.feedback.models import Message
from rebond.jobs.models import Application
from rebond.method.messages.mail import MailError
from rebond.web.access import AuthedRequest, owned_or_404


@login_required
def draft(request: AuthedRequest, pk: int) -> HttpResponse:
    application = owned_or_404(Application.objects.select_related("company"), request.user, pk)
    initial = {"kind": request.GET.get("kind"), "lang": content_lang(request.user)}
    form = DraftForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "doubts"}
        message = services.new_draft(
            request.user, application=application, doubts=form.doubt_lines(), **data
        )
        return redirect(message)
    context = {"application": application, "form": form, "assets": _assets(request.user)}
    return render(request, "feedback/draft_form.html", context)


def _assets(user) -> list[str]:
    # The person's assets (C4.2), reread before writing, once an app (debrief) offers them.
    from rebond.insights import hooks

    return [str(a) for a in hooks.call("assets", user) or []][:6]


@login_required
def message_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    message = owned_or_404(Message.objects.select_related("application__company"), request.user, pk)
    form = MessageForm(request.POST or None, instance=message)
    if request.method == "POST" and not message.is_sent and form.is_valid():
        form.save()
        messages.success(request, _("Draft saved."))
        return redirect(message)
    now = timezone.now()
    context = {
        "message": message,
        "form": form,
        "issues": services.issues(message),
        "window": services.send_window(request.user, message, now),
        "now": now,
    }
    context.update(_ways_out(request.user, message))
    return render(request, "feedback/message_detail.html", context)


def _ways_out(user, message: Message) -> dict:
    try:
        link, fits = services.mailto(message)
    except MailError:
        link, fits = "", False
    return {"mailto": link, "mailto_fits": fits, "smtp": services.smtp_account(user)}


@login_required
def message_eml(request: AuthedRequest, pk: int) -> HttpResponse:
    message = owned_or_404(Message.objects, request.user, pk)
    try:
        data = services.eml(request.user, message)
    except MailError as exc:
        messages.error(request, str(exc))
        return redirect(message)
    response = HttpResponse(data, content_type="message/rfc822")
    name = slugify(message.subject)[:60] or "message"
    response["Content-Disposition"] = f'attachment; filename="{name}.eml"'
    return response


@login_required
@require_POST
def message_send(request: AuthedRequest, pk: int) -> HttpResponse:
    message = owned_or_404(Message.objects, request.user, pk)
    try:
        services.send_saved(request.user, message)
    except (MailError, ValueError) as exc:
        messages.error(request, _("Not sent: %(reason)s") % {"reason": exc})
    else:
        messages.success(request, _("Sent and recorded on the application."))
    return redirect(message)


@login_required
@require_POST
def message_mark_sent(request: AuthedRequest, pk: int) -> HttpResponse:
    message = owned_or_404(Message.objects.select_related("application"), request.user, pk)
    if message.is_sent:
        return redirect(message)
    window = services.send_window(request.user, message, timezone.now())
    if window and window.cool_down_until and not request.POST.get("confirm_early"):
        # Inside the 24-hour cool-down: ask once, on a page that works without JavaScript.
        return render(
            request, "feedback/confirm_early.html", {"message": message, "window": window}
        )
    services.mark_sent(message, SentVia.MAIL_CLIENT)
    messages.success(request, _("Recorded as sent."))
    return redirect(message)


@login_required
def smtp_settings(request: AuthedRequest) -> HttpResponse:
    account = services.smtp_account(request.user)
    form = SmtpForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "password"}
        services.save_smtp(request.user, password=form.cleaned_data["password"], **data)
        messages.success(request, _("Mail settings saved."))
        return redirect("feedback:smtp")
    return render(request, "feedback/smtp_form.html", {"form": form, "account": account})


@login_required
@require_POST
def smtp_test(request: AuthedRequest) -> HttpResponse:
    try:
        address = services.send_test(request.user)
    except MailError as exc:
        messages.error(request, _("The test failed: %(reason)s") % {"reason": exc})
    else:
        messages.success(request, _("Test message sent to %(address)s.") % {"address": address})
    return redirect("feedback:smtp")
