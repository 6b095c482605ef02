"""Feedback items, corrections, recurring points, strengths and what is due (C3.2–C3.5)."""

from __future__ import annotations

from datetime import UTC, datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST

from rebond.feedback import services
from rebond.feedback.forms import FeedbackForm, LabelsForm
from rebond.feedback.models import FeedbackItem, Statement
from rebond.method.agenda.timings import timings
from rebond.trash.faces import delete_after_asking
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.htmx import is_htmx


def _now() -> datetime:
    return datetime.now(UTC)


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    user, now = request.user, _now()
    context = {
        "due": services.due_items(user, now, user.time_zone),
        "points": services.recurring_points(user, now, limit=5),
        "items": FeedbackItem.objects.for_user(user).select_related("application__company")[:10],
    }
    return render(request, "feedback/home.html", context)


@login_required
def due(request: AuthedRequest) -> HttpResponse:
    items = services.due_items(request.user, _now(), request.user.time_zone)
    return render(request, "feedback/due.html", {"due": items, "timings": timings()})


@login_required
def item_add(request: AuthedRequest) -> HttpResponse:
    initial = {"application": request.GET.get("application")}
    form = FeedbackForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            item = services.add_feedback(request.user, **form.cleaned_data)
        except services.FeedbackInputError as exc:
            form.add_error("text", str(exc))
        else:
            messages.success(request, _recorded_message(item))
            return redirect(item)
    return render(request, "feedback/item_form.html", {"form": form})


def _recorded_message(item: FeedbackItem) -> str:
    kept = item.statements.count()
    if not kept:
        return _(
            "Nothing in this message is feedback: it is recorded as a rejection without "
            "feedback. Every sentence is kept below, set aside."
        )
    asked = item.statements.exclude(doubt="").count()
    found = ngettext("%(n)s statement kept", "%(n)s statements kept", kept) % {"n": kept}
    aside = len(item.set_aside)
    if aside:
        found += ", " + ngettext("%(n)s piece set aside", "%(n)s pieces set aside", aside) % {
            "n": aside
        }
    if asked:
        found += ", " + ngettext("%(n)s question for you", "%(n)s questions for you", asked) % {
            "n": asked
        }
    return found + "."


@login_required
def item_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    item = owned_or_404(
        FeedbackItem.objects.select_related("application__company"), request.user, pk
    )
    statements = list(item.statements.prefetch_related("corrections"))
    context = {
        "item": item,
        "statements": statements,
        "asked": [s for s in statements if s.doubt],
        "no_feedback": not statements,
        "application_open": bool(item.application and not item.application.is_closed),
    }
    return render(request, "feedback/item_detail.html", context)


@login_required
@require_POST
def answer(request: AuthedRequest, pk: int) -> HttpResponse:
    """One click on a doubtful statement: praise, criticism, neutral, or not feedback."""
    statement = owned_or_404(Statement.objects.select_related("item"), request.user, pk)
    item = statement.item
    try:
        kept = services.answer(request.user, statement, request.POST.get("answer", ""))
    except services.FeedbackInputError as exc:
        messages.error(request, str(exc))
        return redirect(item)
    if is_htmx(request) and kept is not None:
        return render(request, "feedback/_statement.html", {"statement": kept})
    messages.success(request, _("Noted.") if kept else _("Set aside: it is no longer feedback."))
    return redirect(item)


@login_required
@require_POST
def restore(request: AuthedRequest, pk: int, index: int) -> HttpResponse:
    """A set-aside sentence brought back as feedback."""
    item = owned_or_404(FeedbackItem.objects, request.user, pk)
    try:
        statement = services.restore(request.user, item, index)
    except services.FeedbackInputError as exc:
        messages.error(request, str(exc))
        return redirect(item)
    messages.success(request, _("Brought back as feedback and classified."))
    return redirect(f"{item.get_absolute_url()}#statement-{statement.pk}")


@login_required
@require_http_methods(["GET", "POST"])
def item_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    item = owned_or_404(FeedbackItem.objects, request.user, pk)
    return delete_after_asking(
        request,
        what=str(item),
        cancel=item.get_absolute_url(),
        back="feedback:home",
        discard=lambda: services.delete_item(request.user, item),
    )


@login_required
@require_POST
def correct(request: AuthedRequest, pk: int) -> HttpResponse:
    statement = owned_or_404(Statement.objects, request.user, pk)
    form = LabelsForm(request.POST, prefix=f"s{statement.pk}")
    error = ""
    try:
        if not form.is_valid():
            raise services.FeedbackInputError(_("That value is not possible for this label."))
        services.correct_labels(request.user, statement, form.changes(request.POST))
    except services.FeedbackInputError as exc:
        error = str(exc)
    if is_htmx(request):
        context = {"statement": statement, "error": error}
        return render(request, "feedback/_statement.html", context)
    (messages.error if error else messages.success)(request, error or _("Labels saved."))
    return redirect(statement.item)


@login_required
def points(request: AuthedRequest) -> HttpResponse:
    found = services.recurring_points(request.user, _now(), limit=12)
    return render(request, "feedback/points.html", {"points": found})


@login_required
@require_POST
def point_action(request: AuthedRequest, group: int) -> HttpResponse:
    try:
        action = services.action_from_point(request.user, group, _now())
    except LookupError:
        messages.error(request, _("That point changed since the page was shown; try again."))
        return redirect("feedback:points")
    messages.success(request, _("Added to your plan: %(title)s") % {"title": action.title})
    return redirect("feedback:points")


@login_required
def strengths(request: AuthedRequest) -> HttpResponse:
    found = services.strength_points(request.user, _now())
    return render(request, "feedback/strengths.html", {"points": found})
