"""A programme's cohort report (issue 23): aggregate figures for whoever pays for the programme.

Who sees what: an organisation admin, the whole organisation and each coach's caseload; a coach,
their own caseload; anyone else, a 404. Figures come from `rebond.method.cohort` (consent per
section, small numbers withheld, small counts shown as "fewer than k"); this module only
gathers, per person, what those rules need, in a fixed number of queries whatever the cohort's
size. Consent is read as it stands today: for the organisation, a section shared with any coach
of the organisation; for a caseload, a section shared with that coach. No person is named here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Min, Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from rebond.coaching.choices import COACHING_ROLES, Role, Section
from rebond.coaching.models import Membership, Organisation, Share
from rebond.coaching.services import honoured
from rebond.method import cohort, stages
from rebond.method.cohort import Figure, Period, Person
from rebond.method.funnel.settings import format_percent

if TYPE_CHECKING:
    from collections.abc import Mapping

    from rebond.accounts.models import User

LABELS = {
    "active": gettext_lazy("People active"),
    "applications": gettext_lazy("Applications sent"),
    "interviews": gettext_lazy("Interviews"),
    "offers": gettext_lazy("Offers"),
    "days_to_interview": gettext_lazy("Median time to a first interview"),
    "days_to_offer": gettext_lazy("Median time to a first offer"),
    "with_plan": gettext_lazy("People with a plan"),
}
HINTS = {
    "active": gettext_lazy("recorded an application or a step in the period"),
    "applications": gettext_lazy("sent in the period"),
    "interviews": gettext_lazy("interview rounds reached in the period"),
    "offers": gettext_lazy("offers received in the period"),
    "days_to_interview": gettext_lazy("days from joining the programme"),
    "days_to_offer": gettext_lazy("days from joining the programme"),
    "with_plan": gettext_lazy("at least one action in their plan"),
}


@dataclass(frozen=True)
class CoachLine:
    coach: Any
    seekers: int
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class Report:
    organisation: Organisation
    period: Period
    preset: str
    k: int
    coach: Any | None  # the caseload's coach; None: the whole organisation
    members: tuple[tuple[str, str, int], ...]  # (role, "7 job seekers", 7): shown whole
    figures: tuple[Figure, ...]
    per_coach: tuple[CoachLine, ...]  # organisation-wide reports only


def scope(viewer: User, organisation_pk: int, coach_pk: int | None) -> tuple[Organisation, Any]:
    """(organisation, coach or None) `viewer` may see; 404 for anything else.

    An admin sees the organisation (coach None) or any coach's caseload in it; a coach only
    their own caseload, whatever they ask; a job seeker or an outsider nothing.
    """
    mine = Membership.objects.filter(
        user=viewer, organisation_id=organisation_pk, role__in=COACHING_ROLES
    ).first()
    if mine is None:
        raise Http404
    if mine.role != Role.ADMIN:
        if coach_pk not in (None, viewer.pk):
            raise Http404
        return mine.organisation, viewer
    if coach_pk is None:
        return mine.organisation, None
    coach = Membership.objects.filter(
        organisation_id=organisation_pk, user_id=coach_pk, role__in=COACHING_ROLES
    ).first()
    if coach is None:
        raise Http404
    return mine.organisation, coach.user


def first_organisation(viewer: User) -> int:
    """The organisation of `viewer`'s report when none is named (their first as a coach)."""
    found = (
        Membership.objects.filter(user=viewer, role__in=COACHING_ROLES)
        .order_by("organisation__name", "organisation_id")
        .values_list("organisation_id", flat=True)
        .first()
    )
    if found is None:
        raise Http404
    return found


def period(organisation: Organisation, preset: str, start: date | None, end: date | None) -> Period:
    """The period asked: a preset (dates left in the form are then ignored), else from/to dates
    (a missing end is today, a missing start the programme's start), else last month."""
    today = _local_day(timezone.now())
    since = _local_day(organisation.created_at)
    if preset and preset != cohort.Preset.CUSTOM:
        return cohort.period_for(preset, today, since)
    if start or end:
        first, last = start or since, end or today
        return Period(min(first, last), max(first, last))
    return cohort.period_for(cohort.Preset.LAST_MONTH, today, since)


def build(organisation: Organisation, coach: User | None, span: Period, preset: str = "") -> Report:
    """The report of `organisation` (or of `coach`'s caseload in it) over `span`."""
    k = settings.REPORT_MIN_PEOPLE
    until = _midnight(span.end + timedelta(days=1))
    rows = list(
        Membership.objects.filter(organisation=organisation, joined_at__lt=until).values_list(
            "user_id", "role", "coach_id", "joined_at"
        )
    )
    seekers = {
        user: (coach_id, joined) for user, role, coach_id, joined in rows if role == Role.SEEKER
    }
    coaches = {user for user, role, _c, _j in rows if role in COACHING_ROLES}
    if coach is not None:
        seekers = {u: v for u, v in seekers.items() if v[0] == coach.pk}
    shared = _shared(seekers, {coach.pk} if coach is not None else coaches)
    people = _people(seekers, shared, span)
    per_coach: tuple[CoachLine, ...] = ()
    counts: list[tuple[str, int]]
    if coach is None:
        per_coach = _per_coach(seekers, coaches, shared, people, span, k)
        counts = [(value, sum(1 for _u, role, _c, _j in rows if role == value)) for value in Role]
    else:
        counts = [(Role.SEEKER.value, len(seekers))]
    members = tuple((role, members_label(role, count), count) for role, count in counts)
    figures = cohort.figures([_as_person(people[u], shared, u, None) for u in people], span, k)
    return Report(organisation, span, preset, k, coach, members, figures, per_coach)


def members_label(role: str, count: int) -> str:
    """How many members of a role, in words: "7 job seekers"."""
    from django.utils.formats import number_format

    words = {
        Role.SEEKER: ngettext("%(n)s job seeker", "%(n)s job seekers", count),
        Role.COACH: ngettext("%(n)s coach", "%(n)s coaches", count),
        Role.ADMIN: ngettext("%(n)s organisation admin", "%(n)s organisation admins", count),
    }[Role(role)]
    return words % {"n": number_format(count)}


# Days are the server's (settings.TIME_ZONE), not the viewer's: the page, the PDF, the CSV and
# the CLI give the same figures to everyone.


def _midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def _local_day(moment: datetime) -> date:
    return timezone.localdate(moment, timezone.get_default_timezone())


def _shared(seekers: dict[int, Any], coach_ids: set[int]) -> dict[int, dict[str, set[int]]]:
    """person -> section -> the coaches (of those asked) it is shared with, honoured today."""
    found: dict[int, dict[str, set[int]]] = {}
    rows = honoured(
        Share.objects.filter(
            user_id__in=list(seekers),
            coach_id__in=list(coach_ids),
            section__in=[Section.APPLICATIONS, Section.PLAN],
        )
    ).values_list("user_id", "section", "coach_id")
    for user_id, section, coach_id in rows:
        found.setdefault(user_id, {}).setdefault(section, set()).add(coach_id)
    return found


def _people(
    seekers: dict[int, Any], shared: dict[int, dict[str, set[int]]], span: Period
) -> dict[int, Person]:
    """person -> their figures over `span`, read only from the sections they share."""
    from rebond.jobs.models import Application, StageEvent
    from rebond.plan.models import Action

    applying = [u for u, s in shared.items() if Section.APPLICATIONS in s]
    planning = [u for u, s in shared.items() if Section.PLAN in s]
    start, until = _midnight(span.start), _midnight(span.end + timedelta(days=1))
    sent = dict(
        Application.objects.filter(user_id__in=applying, applied_on__range=(span.start, span.end))
        .order_by()
        .values("user_id")
        .annotate(n=Count("id"))
        .values_list("user_id", "n")
    )
    in_period = Q(occurred_at__gte=start, occurred_at__lt=until)
    interview = Q(stage__in=cohort.INTERVIEW_STAGES)
    offer = Q(stage=stages.OFFER)
    events = {
        row["application__user_id"]: row
        for row in StageEvent.objects.filter(application__user_id__in=applying)
        .order_by()
        .values("application__user_id")
        .annotate(
            moves=Count("id", filter=in_period),
            interviews=Count("id", filter=in_period & interview),
            offers=Count("id", filter=in_period & offer),
            first_interview=Min("occurred_at", filter=interview),
            first_offer=Min("occurred_at", filter=offer),
        )
    }
    with_plan = set(
        Action.objects.filter(user_id__in=planning, created_at__lt=until)
        .order_by()
        .values_list("user_id", flat=True)
        .distinct()
    )
    people = {}
    row: Mapping[str, Any]
    for user_id, (_coach, joined) in seekers.items():
        row = events.get(user_id, {})
        people[user_id] = Person(
            joined=_local_day(joined),
            applications=sent.get(user_id, 0),
            interviews=row.get("interviews", 0),
            offers=row.get("offers", 0),
            moves=row.get("moves", 0),
            first_interview=_day(row.get("first_interview")),
            first_offer=_day(row.get("first_offer")),
            has_plan=user_id in with_plan,
        )
    return people


def _day(moment: datetime | None) -> date | None:
    return _local_day(moment) if moment else None


def _as_person(
    person: Person, shared: dict[int, dict[str, set[int]]], user_id: int, coach_id: int | None
) -> Person:
    """`person` with the consent that counts: shared with any coach asked, or with `coach_id`."""
    sections = shared.get(user_id, {})

    def shares(section: str) -> bool:
        coaches = sections.get(section, set())
        return bool(coaches) if coach_id is None else coach_id in coaches

    return replace(
        person,
        shares_applications=shares(Section.APPLICATIONS),
        shares_plan=shares(Section.PLAN),
    )


def _per_coach(
    seekers: dict[int, Any],
    coaches: set[int],
    shared: dict[int, dict[str, set[int]]],
    people: dict[int, Person],
    span: Period,
    k: int,
) -> tuple[CoachLine, ...]:
    users = get_user_model().objects.filter(pk__in=coaches).order_by("last_name", "username")
    lines = []
    for user in users:
        caseload = [u for u, (coach_id, _j) in seekers.items() if coach_id == user.pk]
        if not caseload:
            continue  # an admin who coaches nobody: a line of nothing
        mine = [_as_person(people[u], shared, u, user.pk) for u in caseload]
        lines.append(CoachLine(user, len(caseload), cohort.figures(mine, span, k)))
    return tuple(lines)


# Faces: the same words and figures for the page, the PDF, the CSV and the CLI.


def shown(figure: Figure, k: int, short: bool = False) -> str:
    """A figure as the language writes it: 12, 57 %, 34 jours, "fewer than 5" (too few people,
    or a count between 1 and 4), or "not shown (a count under 5)" (a share resting on such a
    count; `short`: "not shown", for a table cell, the page's rules saying why)."""
    from django.utils.formats import number_format

    if figure.reason == cohort.Hidden.SMALL_RATE:
        return _("not shown") if short else _("not shown (a count under %(k)s)") % {"k": k}
    if figure.withheld:
        return _("fewer than %(k)s") % {"k": k}
    if figure.value is None:
        return "–"
    if figure.kind == cohort.Kind.SHARE:
        french = (get_language() or "fr").startswith("fr")
        return format_percent(figure.value, "fr" if french else "en")
    if figure.kind == cohort.Kind.DAYS:
        days = figure.value
        written = number_format(days, 0 if days == int(days) else 1)
        return ngettext("%(days)s day", "%(days)s days", round(days)) % {"days": written}
    return number_format(int(figure.value))


def people_count(count: int, k: int) -> str:
    """A number of people, "fewer than k" below k."""
    from django.utils.formats import number_format

    return _("fewer than %(k)s") % {"k": k} if count < k else number_format(count)


def rests_on(figure: Figure, k: int) -> str:
    """On how many people the figure rests ("out of 38 people who share their applications")."""
    sharing = people_count(figure.sharing, k)
    if figure.needs == cohort.Needs.PLAN:
        return _("out of %(n)s people who share their plan") % {"n": sharing}
    if figure.kind == cohort.Kind.DAYS:
        return _("from %(base)s people, among %(n)s who share their applications") % {
            "base": people_count(figure.base, k),
            "n": sharing,
        }
    return _("out of %(n)s people who share their applications") % {"n": sharing}


def lines(report: Report) -> list[tuple[str, str, str, str]]:
    """(figure, value, what it counts, what it rests on), as the page and the text show them."""
    return [
        (str(LABELS[f.key]), shown(f, report.k), str(HINTS[f.key]), rests_on(f, report.k))
        for f in report.figures
    ]


CSV_COLUMNS = (
    "scope",
    "figure",
    "label",
    "value",
    "withheld",
    "rests_on",
    "sharing",
    "section",
    "as_shown",
    "reason",
)


def as_csv(report: Report) -> str:
    """One row per figure (the organisation or caseload, then each coach): values as numbers
    (a dot for decimals, empty when withheld), labels in the language spoken; `as_shown` is the
    value as the page writes it ("fewer than 5"), `reason` why a value is withheld
    (`few_people`, `small_count`, `small_rate`: rebond.method.cohort.Hidden)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for key, label, day in (
        ("from", _("First day"), report.period.start),
        ("to", _("Last day"), report.period.end),
    ):
        writer.writerow(["period", key, label, day.isoformat(), "", "", "", "", "", ""])
    main = _scope_name(report.organisation, report.coach)
    for role, words, count in report.members:
        label = str(Role(role).label)
        writer.writerow([main, f"members_{role}", label, count, "no", "", "", "", words, ""])
    for name, figures in [(main, report.figures)] + [
        (_scope_name(report.organisation, line.coach), line.figures) for line in report.per_coach
    ]:
        writer.writerows(_csv_rows(name, figures, report.k))
    return out.getvalue()


def _csv_rows(name: str, figures: Iterable[Figure], k: int) -> Iterable[list[object]]:
    """Counts of people below `k` are left empty, as the page writes "fewer than k"."""
    for f in figures:
        value = "" if f.value is None else round(f.value, 3)
        withheld = "yes" if f.withheld else "no"
        base, sharing = (n if n >= k else "" for n in (f.base, f.sharing))
        words = shown(f, k)
        yield [
            name,
            f.key,
            str(LABELS[f.key]),
            value,
            withheld,
            base,
            sharing,
            f.needs,
            words,
            f.reason,
        ]


def _scope_name(organisation: Organisation, coach: User | None) -> str:
    if coach is None:
        return organisation.name
    return f"{organisation.name} / {coach.get_full_name() or coach.username}"
