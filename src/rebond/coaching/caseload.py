"""A coach's caseload (X2): who needs help now, and why, from what each person shared.

Listed: everyone who shares at least one section with the coach (`services.honoured`), everyone
whose `Membership.coach` is the coach (sharing or not), and the coach's pending invitations.
Each section's facts are read with one aggregate query for all the people who share that
section, so a page costs the same number of queries for 5 people or 500. The rules are
`rebond.method.caseload`; the words of each signal are here (`reason`). Only the people shown
on the page get an access-log line, one each, naming the sections read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Count, Min, Q
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from rebond.coaching import activity
from rebond.coaching.choices import COACHING_ROLES, Purpose, Role, Section
from rebond.coaching.models import AccessLog, Invitation, Membership, Share
from rebond.coaching.services import honoured
from rebond.method import caseload as rules
from rebond.method import stages
from rebond.method.caseload import Kind, SearchStage, Signal
from rebond.web import typography

if TYPE_CHECKING:
    from rebond.accounts.models import User

SIGNAL_LABELS = {
    Kind.REJECTION: gettext_lazy("Fresh rejection"),
    Kind.MOOD: gettext_lazy("Falling mood"),
    Kind.INTERVIEW: gettext_lazy("Interview soon"),
    Kind.OFFER: gettext_lazy("Offer"),
    Kind.OVERDUE: gettext_lazy("Overdue actions"),
    Kind.IDLE: gettext_lazy("No activity"),
    Kind.SHARES_NOTHING: gettext_lazy("Shares nothing yet"),
    Kind.NOT_SIGNED_UP: gettext_lazy("Not signed up yet"),
}
STAGE_LABELS = {
    SearchStage.OFFER: gettext_lazy("Offer"),
    SearchStage.INTERVIEWING: gettext_lazy("Interviewing"),
    SearchStage.APPLYING: gettext_lazy("Applying"),
    SearchStage.BETWEEN: gettext_lazy("Between applications"),
    SearchStage.NOT_STARTED: gettext_lazy("Not started"),
}
SORTS = {
    "attention": gettext_lazy("Needs attention"),
    "name": gettext_lazy("Name"),
    "activity": gettext_lazy("Last activity"),
    "interview": gettext_lazy("Next interview"),
}
# Rejections at these stages say "at the Nth interview" rather than the stage's label.
ROUND_OF = {stages.INTERVIEW_1: 1, stages.INTERVIEW_2: 2, stages.INTERVIEW_3: 3}


@dataclass
class Row:
    name: str
    person: Any = None  # the account, None for a pending invitation
    invitation: Invitation | None = None
    membership: Membership | None = None
    sections: tuple[str, ...] = ()
    stage: SearchStage | None = None
    next_interview: datetime | None = None
    last_activity: datetime | None = None
    signals: tuple[Signal, ...] = ()
    reasons: list[tuple[Kind, str]] = field(default_factory=list)
    can_remind: bool = False

    @property
    def stage_label(self) -> str:
        return str(STAGE_LABELS[self.stage]) if self.stage else ""


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    total: int  # after filtering
    number: int
    pages: int
    counts: dict[Kind, int]  # people per signal, before filtering


def coach_zone(coach: User) -> ZoneInfo:
    return ZoneInfo(getattr(coach, "time_zone", "") or settings.DEFAULT_USER_TIME_ZONE)


def display_name(user: User) -> str:
    return user.get_full_name() or user.username


def _people_of(coach: User) -> tuple[dict[int, set[str]], dict[int, datetime], dict[int, Any]]:
    """(person -> sections shared, person -> first share, person -> own-caseload membership)."""
    shared: dict[int, set[str]] = defaultdict(set)
    since: dict[int, datetime] = {}
    for person, section, granted in honoured(Share.objects.filter(coach=coach)).values_list(
        "user_id", "section", "granted_at"
    ):
        shared[person].add(section)
        since[person] = min(granted, since.get(person, granted))
    coaching_in = Membership.objects.filter(user=coach, role__in=COACHING_ROLES).values(
        "organisation_id"
    )
    own = {
        m.user_id: m
        for m in Membership.objects.select_related("user")
        .filter(coach=coach, role=Role.SEEKER, organisation_id__in=coaching_in)
        .exclude(user=coach)
    }
    return shared, since, own


def _sharing(shared: dict[int, set[str]], section: str) -> list[int]:
    return [person for person, sections in shared.items() if section in sections]


def _application_facts(ids: list[int], now: datetime, limits: rules.Thresholds) -> dict[int, Any]:
    from rebond.jobs.models import Application, Interview

    by_stage: dict[int, dict[str, int]] = defaultdict(dict)
    for person, stage, count in (
        Application.objects.filter(user_id__in=ids)
        .order_by()
        .values_list("user_id", "stage")
        .annotate(n=Count("id"))
    ):
        by_stage[person][stage] = count
    rejected: dict[int, tuple[datetime, str]] = {}
    offers: dict[int, datetime] = {}
    recent = now - timedelta(days=max(limits.fresh_rejection_days, limits.offer_days))
    rejected_stages = [s for s in stages.STAGES if stages.is_rejected(s)]
    for person, stage, furthest, moved in (
        Application.objects.filter(
            user_id__in=ids,
            stage__in=[*rejected_stages, stages.OFFER],
            stage_changed_at__gte=recent,
            stage_changed_at__lte=now,
        )
        .order_by("stage_changed_at")
        .values_list("user_id", "stage", "furthest_stage", "stage_changed_at")
    ):
        if stage == stages.OFFER:
            offers[person] = moved
        else:
            rejected[person] = (moved, furthest)
    upcoming = dict(
        Interview.objects.filter(application__user_id__in=ids, scheduled_at__gte=now)
        .exclude(application__stage__in=stages.OUTCOMES)  # an ended application's are off
        .order_by()
        .values_list("application__user_id")
        .annotate(first=Min("scheduled_at"))
    )
    return {
        person: {
            "stage": rules.search_stage(by_stage.get(person, {})),
            "rejected": rejected.get(person),
            "offer_at": offers.get(person),
            "next_interview": upcoming.get(person),
        }
        for person in ids
    }


def _overdue(plan_ids: list[int], journal_ids: list[int], today: Any) -> dict[int, int]:
    from rebond.plan.choices import ActionStatus
    from rebond.plan.models import Action

    from_journal = activity.JOURNAL_ACTION_SOURCES
    late = Action.objects.filter(status__in=ActionStatus.open(), due_on__lt=today)
    shown = late.filter(user_id__in=plan_ids).exclude(source_kind__in=from_journal) | late.filter(
        user_id__in=journal_ids, source_kind__in=from_journal
    )
    return dict(shown.order_by().values_list("user_id").annotate(n=Count("id")))


def _moods(ids: list[int], now: datetime, limits: rules.Thresholds) -> dict[int, list]:
    from django.apps import apps

    if not ids or not apps.is_installed("rebond.debrief"):
        return {}
    check_in = apps.get_model("debrief", "CheckIn")
    found: dict[int, list] = defaultdict(list)
    for person, at, mood in check_in.objects.filter(
        user_id__in=ids,
        mood__isnull=False,
        at__gte=now - timedelta(days=limits.mood_window_days),
        at__lte=now,
    ).values_list("user_id", "at", "mood"):
        found[person].append((at, mood))
    return found


def rows(coach: User, now: datetime | None = None) -> list[Row]:
    """Every person of the caseload with their signals (no access logged: see `page`)."""
    now = now or timezone.now()
    limits = rules.thresholds()
    shared, since, own = _people_of(coach)
    ids = set(shared) | set(own)
    users = {u.pk: u for u in get_user_model().objects.filter(pk__in=ids)}
    applicants = _sharing(shared, Section.APPLICATIONS)
    applications = _application_facts(applicants, now, limits) if applicants else {}
    today = now.astimezone(coach_zone(coach)).date()
    overdue = _overdue(_sharing(shared, Section.PLAN), _sharing(shared, Section.JOURNAL), today)
    moods = _moods(_sharing(shared, Section.JOURNAL), now, limits)
    by_section = {section: _sharing(shared, section) for section in Section.values}
    last = activity.last_activity(by_section, now)
    reminded_before = now - timedelta(days=limits.reminder_every_days)
    found = []
    for person_id, user in users.items():
        sections = shared.get(person_id, set())
        facts_apps = applications.get(person_id, {})
        rejected = facts_apps.get("rejected")
        facts = rules.Facts(
            shared=frozenset(sections),
            shared_since=since.get(person_id),
            last_activity=last.get(person_id),
            rejected_at=rejected[0] if rejected else None,
            rejected_stage=rejected[1] if rejected else None,
            offer_at=facts_apps.get("offer_at"),
            next_interview=facts_apps.get("next_interview"),
            overdue=overdue.get(person_id, 0),
            moods=tuple(moods.get(person_id, ())),
        )
        membership = own.get(person_id)
        found.append(
            Row(
                name=display_name(user),
                person=user,
                membership=membership,
                sections=tuple(s for s in Section.values if s in sections),
                stage=facts_apps.get("stage"),
                next_interview=facts.next_interview,
                last_activity=facts.last_activity,
                signals=rules.signals(facts, now, limits),
                can_remind=bool(
                    not sections
                    and membership is not None
                    and user.email
                    and (membership.reminded_at is None or membership.reminded_at < reminded_before)
                ),
            )
        )
    for invitation in pending_invitations(coach, now):
        facts = rules.Facts(signed_up=False, invited_at=invitation.created_at)
        found.append(
            Row(
                name=invitation.email,
                invitation=invitation,
                signals=rules.signals(facts, now, limits),
            )
        )
    zone = coach_zone(coach)
    for row in found:
        row.reasons = [(s.kind, reason(s, zone)) for s in row.signals]
    return found


def pending_invitations(coach: User, now: datetime) -> Any:
    """Job seekers the coach invited who have not signed up (the link still valid)."""
    return Invitation.objects.filter(
        user=coach, role=Role.SEEKER, used_at__isnull=True, expires_at__gt=now
    ).order_by("-created_at")


def _ago(days: int | None) -> str:
    if not days:
        return _("today")
    return ngettext("%(n)s day ago", "%(n)s days ago", days) % {"n": days}


def _rejected_at(stage: str | None) -> str:
    if stage in ROUND_OF:
        return {
            1: _("rejected after the 1st interview"),
            2: _("rejected after the 2nd interview"),
            3: _("rejected after the 3rd interview"),
        }[ROUND_OF[stage]]
    if stage == stages.FINAL:
        return _("rejected after the final round")
    if stage == stages.SCREENING:
        return _("rejected after screening")
    return _("rejected")


def reason(signal: Signal, zone: ZoneInfo) -> str:
    """The signal in a few words, e.g. "rejected after the final round 1 day ago"."""
    if signal.kind == Kind.REJECTION:
        return f"{_rejected_at(signal.stage)} {_ago(signal.days)}"
    if signal.kind == Kind.INTERVIEW:
        when = date_format(signal.at.astimezone(zone), "l j F, H:i") if signal.at else ""
        if not signal.days:
            return _("interview within 24 hours (%(when)s)") % {"when": when}
        return ngettext(
            "interview in %(n)s day (%(when)s)", "interview in %(n)s days (%(when)s)", signal.days
        ) % {"n": signal.days, "when": when}
    if signal.kind == Kind.OFFER:
        return _("offer received %(ago)s") % {"ago": _ago(signal.days)}
    if signal.kind == Kind.MOOD:
        first, latest = signal.moods or (0, 0)
        return _("mood falling from %(first)s to %(latest)s out of 10") % {
            "first": first,
            "latest": latest,
        }
    if signal.kind == Kind.OVERDUE:
        count = signal.count or 0
        return ngettext("%(n)s action overdue", "%(n)s actions overdue", count) % {"n": count}
    if signal.kind == Kind.IDLE:
        days = signal.days or 0
        if signal.at is None:
            return ngettext(
                "nothing recorded since sharing, %(n)s day ago",
                "nothing recorded since sharing, %(n)s days ago",
                days,
            ) % {"n": days}
        return ngettext("no activity for %(n)s day", "no activity for %(n)s days", days) % {
            "n": days
        }
    if signal.kind == Kind.SHARES_NOTHING:
        return _("a member of your caseload who shares nothing yet")
    return _("invited %(ago)s, not signed up yet") % {"ago": _ago(signal.days)}


FAR = datetime.max.replace(tzinfo=UTC)
NEVER = datetime.min.replace(tzinfo=UTC)


def _sort_key(sort: str) -> Any:
    if sort == "name":
        return lambda r: r.name.casefold()
    if sort == "activity":  # the longest silence first (never: first of all): the ones to call
        return lambda r: (r.last_activity or NEVER, r.name.casefold())
    if sort == "interview":
        return lambda r: (r.next_interview or FAR, r.name.casefold())
    return lambda r: (rules.urgency(r.signals), r.name.casefold())


def page(
    coach: User,
    *,
    sort: str = "attention",
    signal: str = "",
    query: str = "",
    number: int = 1,
    now: datetime | None = None,
) -> Page:
    """One page of the caseload, sorted, filtered by signal kind and searched by name; each
    person shown who shares something gets one access-log line."""
    now = now or timezone.now()
    everyone = rows(coach, now)
    counts = {kind: 0 for kind in Kind}
    for row in everyone:
        for kind in {s.kind for s in row.signals}:
            counts[kind] += 1
    kept = everyone
    if signal in {k.value for k in Kind}:
        kept = [r for r in kept if any(s.kind == signal for s in r.signals)]
    if query.strip():
        needle = query.strip().casefold()
        kept = [r for r in kept if needle in r.name.casefold()]
    kept.sort(key=_sort_key(sort if sort in SORTS else "attention"))
    size = rules.thresholds().page_size
    pages = max(1, -(-len(kept) // size))
    number = min(max(1, number), pages)
    shown = kept[(number - 1) * size : number * size]
    log_looks(coach, shown, Purpose.CASELOAD)
    return Page(shown, len(kept), number, pages, counts)


def log_looks(coach: User, shown: list[Row], purpose: str) -> None:
    """One access-log line per person shown, naming the sections their row was built from."""
    AccessLog.objects.bulk_create(
        [
            AccessLog(
                user=row.person, coach=coach, purpose=purpose, sections=",".join(row.sections)
            )
            for row in shown
            if row.person is not None and row.sections
        ]
    )


@dataclass(frozen=True)
class UpcomingInterview:
    at: datetime
    day: date  # in the coach's time zone
    person: Any
    name: str
    round: int
    role: str
    company: str


def interviews(coach: User, now: datetime | None = None) -> list[UpcomingInterview]:
    """Interviews of the next days (playbook) across the caseload, from shared applications
    only, soonest first; one access-log line per person listed."""
    from rebond.jobs.models import Interview

    now = now or timezone.now()
    limits = rules.thresholds()
    zone = coach_zone(coach)
    shared, _since, _own = _people_of(coach)
    ids = _sharing(shared, Section.APPLICATIONS)
    found = [
        UpcomingInterview(
            at=interview.scheduled_at,
            day=interview.scheduled_at.astimezone(zone).date(),
            person=interview.application.user,
            name=display_name(interview.application.user),
            round=interview.round,
            role=interview.application.role,
            company=interview.application.company.name,
        )
        for interview in Interview.objects.filter(
            application__user_id__in=ids,
            scheduled_at__gte=now,
            scheduled_at__lt=now + timedelta(days=limits.interviews_days),
        )
        .exclude(application__stage__in=stages.OUTCOMES)
        .select_related("application__company", "application__user")
        .order_by("scheduled_at", "id")
    ]
    people = {item.person.pk: item.person for item in found}
    AccessLog.objects.bulk_create(
        [
            AccessLog(
                user=p, coach=coach, purpose=Purpose.INTERVIEWS, sections=Section.APPLICATIONS
            )
            for p in people.values()
        ]
    )
    return found


def timeline(coach: User, person: User, now: datetime | None = None) -> list[activity.Event]:
    """The person's dated events from what they share with `coach` (logged once)."""
    now = now or timezone.now()
    sections = set(
        honoured(Share.objects.filter(coach=coach, user=person)).values_list("section", flat=True)
    )
    if not sections:
        raise Http404
    AccessLog.objects.create(
        user=person,
        coach=coach,
        purpose=Purpose.TIMELINE,
        sections=",".join(s for s in Section.values if s in sections),
    )
    return activity.timeline(person.pk, sections, now)


class ReminderRefused(Exception):
    """Not in the coach's caseload, already sharing, no e-mail, or reminded too recently."""


def remind(coach: User, person_id: int, link: str, now: datetime | None = None) -> None:
    """E-mail a member of the coach's own caseload who shares nothing yet a link to the sharing
    page, at most once per `reminder_every_days` (playbook)."""
    from rebond.accounts.language import speaking_to

    now = now or timezone.now()
    _shared, _since, own = _people_of(coach)
    membership = own.get(person_id)
    sharing = honoured(Share.objects.filter(coach=coach, user_id=person_id)).exists()
    if membership is None or sharing or not membership.user.email:
        raise ReminderRefused
    since = now - timedelta(days=rules.thresholds().reminder_every_days)
    due = Membership.objects.filter(pk=membership.pk).filter(
        Q(reminded_at__isnull=True) | Q(reminded_at__lt=since)
    )
    if not due.update(reminded_at=now):  # reminded lately, or a second click at the same moment
        raise ReminderRefused
    person = membership.user
    with speaking_to(person):
        context = {"coach": display_name(coach), "person": display_name(person), "link": link}
        send_mail(
            subject=typography.text(
                _("%(coach)s invites you to share your search on Rebond") % context
            ),
            message=typography.text(render_to_string("coaching/reminder.txt", context)),
            from_email=settings.REMINDER_FROM_EMAIL,
            recipient_list=[person.email],
        )
