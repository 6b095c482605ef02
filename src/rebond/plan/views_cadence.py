"""Today, the agenda, reviews, the daily routine and the calendar feed (C5.3, C5.5, C9.1)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rebond.accounts.language import speaking_to
from rebond.plan import feed, reviews, routine
from rebond.plan.agenda import agenda as full_agenda
from rebond.plan.choices import Cadence
from rebond.plan.forms import CalendarPrivacyForm, ReviewForm, RoutineForm
from rebond.plan.models import Review
from rebond.plan.today import today as today_data
from rebond.web.access import AuthedRequest, owned_or_404
from rebond.web.context import link

AGENDA_DAYS = 30
ICS = "text/calendar; charset=utf-8"


def _tz(request: HttpRequest) -> str:
    return timezone.get_current_timezone_name()


@login_required
def today(request: AuthedRequest) -> HttpResponse:
    data = today_data(request.user, timezone.now(), _tz(request))
    return render(request, "plan/today.html", {"today": data, "agenda_url": link("plan:agenda")})


@login_required
def agenda(request: AuthedRequest) -> HttpResponse:
    data = full_agenda(request.user, timezone.now(), _tz(request), AGENDA_DAYS)
    context = {"agenda": data, "days": AGENDA_DAYS, "agenda_url": link("plan:agenda")}
    return render(request, "plan/agenda.html", context)


@login_required
def review_list(request: AuthedRequest) -> HttpResponse:
    rows = Review.objects.for_user(request.user).order_by("-done_at", "-id")[:100]
    return render(request, "plan/reviews.html", {"reviews": rows, "cadences": Cadence})


@login_required
def review_new(request: AuthedRequest, cadence: str) -> HttpResponse:
    if cadence not in Cadence.values:
        raise Http404
    day = timezone.localdate()
    draft = reviews.draft(request.user, cadence, day, day)
    form = ReviewForm(draft.questions, draft.suggestions, request.POST or None)
    if request.method == "POST" and form.is_valid():
        review = reviews.save(request.user, draft, form.answers())
        messages.success(request, _("Review saved. See you at the next one."))
        return redirect(review)
    return render(request, "plan/review_form.html", {"draft": draft, "form": form})


@login_required
def review_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    review = owned_or_404(Review.objects.all(), request.user, pk)
    return render(request, "plan/review_detail.html", {"review": review})


@login_required
def routine_day(request: AuthedRequest) -> HttpResponse:
    day = timezone.localdate()
    data = routine.day(request.user, day)
    form = RoutineForm(data.blocks, request.POST or None)
    if request.method == "POST" and form.is_valid():
        routine.log(request.user, day, form.minutes(), form.checked())
        messages.success(request, _("Logged. Regular short blocks beat marathons."))
        return redirect("plan:routine")
    return render(request, "plan/routine.html", {"routine": data, "form": form})


@login_required
def calendar_settings(request: AuthedRequest) -> HttpResponse:
    # The secret is shown once, right after it was made, then only its hash is left.
    token = request.session.pop("plan_feed_token", None)
    url = request.build_absolute_uri(f"/plan/feed/{token}.ics") if token else ""
    context = {
        "active": feed.active_token(request.user),
        "feed_url": url,
        "privacy": CalendarPrivacyForm(instance=request.user),
    }
    return render(request, "plan/calendar.html", context)


@login_required
@require_POST
def calendar_titles(request: AuthedRequest) -> HttpResponse:
    form = CalendarPrivacyForm(request.POST, instance=request.user)
    if form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
    return redirect("plan:calendar")


@login_required
@require_POST
def calendar_link(request: AuthedRequest) -> HttpResponse:
    request.session["plan_feed_token"] = feed.issue_token(request.user)
    return redirect("plan:calendar")


@login_required
@require_POST
def calendar_revoke(request: AuthedRequest) -> HttpResponse:
    feed.revoke(request.user)
    messages.success(request, _("The subscription link no longer works."))
    return redirect("plan:calendar")


@login_required
def ics_download(request: AuthedRequest) -> HttpResponse:
    body = feed.calendar(
        request.user, timezone.now(), _tz(request), request.build_absolute_uri("/")
    )
    response = HttpResponse(body, content_type=ICS)
    response["Content-Disposition"] = 'attachment; filename="rebond-plan.ics"'
    return response


def ics_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscription: no login, the secret in the URL is the key; read-only."""
    user = feed.owner_of(token)
    if user is None:
        raise Http404
    base = request.build_absolute_uri("/")
    # A calendar program, not the person, is asking: the titles are in the person's language.
    with speaking_to(user):
        body = feed.calendar(user, timezone.now(), feed.time_zone_of(user), base)
    response = HttpResponse(body, content_type=ICS)
    response["Cache-Control"] = "private, max-age=300"
    return response
