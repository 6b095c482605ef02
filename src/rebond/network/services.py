"""Use cases of the networking CRM (C6.1–C6.4), shared by the web views, the API and the CLI.

Import/export live in `importing.py`, message drafts in `drafts.py`, the agenda provider in
`agenda.py`. Every date rule is a `rebond.method` function; this module only stores.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from rebond.jobs.models import Company, Interview
from rebond.method.agenda.rules import keep_warm_due
from rebond.method.errors import ServiceError
from rebond.method.network.card import identity_key, split_name
from rebond.method.network.rules import default_follow_up_on
from rebond.network.choices import ContactKind, InfoStatus
from rebond.network.models import (
    CompanyKeepWarm,
    Contact,
    Contribution,
    InfoInterview,
    Interaction,
    Target,
)

if TYPE_CHECKING:
    from rebond.accounts.models import User

# What the contact form edits; imports and the API also set the two after it.
EDITABLE_CONTACT_FIELDS = (
    "first_name",
    "last_name",
    "kind",
    "company_name",
    "role",
    "how_met",
    "email",
    "other_emails",
    "phone",
    "profile_url",
    "tags",
    "notes",
    "keep_warm",
    "cadence_months",
)
CONTACT_FIELDS = (*EDITABLE_CONTACT_FIELDS, "interview", "connected_on")


def person_tz(user: User) -> str:
    return getattr(user, "time_zone", "") or "UTC"


def next_check_in(contact: Contact, tz: str) -> datetime | None:
    """When to check in next: one cadence after the latest real exchange (C6.2)."""
    if not contact.keep_warm:
        return None
    since = contact.created_at or timezone.now()
    latest = [contact.last_interaction_at] if contact.last_interaction_at else []
    return keep_warm_due(since, tz, latest, every_months=contact.cadence_months).due_at


def _tracker_company(user: User, name: str) -> Company | None:
    clean = " ".join(name.split())
    return Company.objects.for_user(user).filter(name__iexact=clean).first() if clean else None


def _prepare(contact: Contact) -> None:
    contact.company = _tracker_company(contact.user, contact.company_name)
    contact.identity = identity_key(
        contact.first_name, contact.last_name, contact.company_name, contact.profile_url
    )


def _check(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(CONTACT_FIELDS)
    if unknown:
        raise TypeError(f"Unknown contact fields: {', '.join(sorted(unknown))}")


@transaction.atomic
def create_contact(user: User, **fields: Any) -> Contact:
    _check(fields)
    if not (fields.get("first_name", "").strip() or fields.get("last_name", "").strip()):
        raise ServiceError("A contact needs a first or last name.")
    contact = Contact(user=user, **fields)
    _prepare(contact)
    contact.save()
    # created_at exists only once saved; the first check-in counts from it.
    contact.due_at = next_check_in(contact, person_tz(user))
    contact.save(update_fields=["due_at"])
    return contact


@transaction.atomic
def update_contact(contact: Contact, **fields: Any) -> Contact:
    _check(fields)
    for name, value in fields.items():
        setattr(contact, name, value)
    _prepare(contact)
    contact.due_at = next_check_in(contact, person_tz(contact.user))
    contact.save()
    return contact


def search_contacts(user: User, text: str = "", kind: str = "", tag: str = "") -> QuerySet[Contact]:
    rows = Contact.objects.for_user(user)
    for word in text.split():
        rows = rows.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(company_name__icontains=word)
            | Q(role__icontains=word)
        )
    if kind:
        rows = rows.filter(kind=kind)
    if tag:
        rows = rows.filter(tags__icontains=tag)
    return rows


def due_contacts(user: User, until: datetime) -> QuerySet[Contact]:
    """Contacts whose next check-in falls before `until`, the most overdue first."""
    return (
        Contact.objects.for_user(user)
        .filter(keep_warm=True, due_at__lte=until)
        .order_by("due_at", "id")
    )


@transaction.atomic
def log_interaction(
    contact: Contact, *, summary: str, occurred_at: datetime | None = None, **fields: Any
) -> Interaction:
    """Record a real exchange; the keep-warm clock restarts from the latest one (C6.2)."""
    if not summary.strip():
        raise ServiceError("Say in a few words what was exchanged.")
    occurred_at = occurred_at or timezone.now()
    interaction = Interaction.objects.create(
        contact=contact, summary=summary.strip(), occurred_at=occurred_at, **fields
    )
    if contact.last_interaction_at is None or occurred_at > contact.last_interaction_at:
        contact.last_interaction_at = occurred_at
    contact.due_at = next_check_in(contact, person_tz(contact.user))
    contact.save(update_fields=["last_interaction_at", "due_at"])
    return interaction


def log_contribution(
    contact: Contact, *, kind: str, description: str, given_on: date | None = None
) -> Contribution:
    return Contribution.objects.create(
        contact=contact,
        kind=kind,
        description=description.strip(),
        given_on=given_on or timezone.localdate(),
    )


def interviewer_lines(interview: Interview) -> list[tuple[str, str]]:
    """(name, role) for each "name, role" line of an interview's interviewers."""
    people = []
    for line in interview.interviewers.splitlines():
        name, _, role = line.partition(",")
        if name.strip():
            people.append((" ".join(name.split()), role.strip()))
    return people


@transaction.atomic
def contact_from_interviewer(interview: Interview, name: str, role: str = "") -> Contact:
    """The interviewer as a contact linked to the interview (found again, not duplicated)."""
    user = interview.application.user
    first, last = split_name(name)
    company = interview.application.company.name
    key = identity_key(first, last, company, "")
    found = Contact.objects.for_user(user).filter(identity=key).first()
    if found:
        if found.interview_id is None:
            found.interview = interview
            found.save(update_fields=["interview"])
        return found
    return create_contact(
        user,
        first_name=first,
        last_name=last,
        kind=ContactKind.INTERVIEWER,
        company_name=company,
        role=role,
        how_met=str(interview.application.role),
        interview=interview,
    )


def plan_info_interview(contact: Contact, **fields: Any) -> InfoInterview:
    return InfoInterview.objects.create(contact=contact, **fields)


@transaction.atomic
def record_info_interview(
    info: InfoInterview, *, notes: str, key_points: str, next_step: str, held_at: datetime,
    follow_up_on: date | None = None,
) -> InfoInterview:  # fmt: skip
    """The call took place: keep notes, set the follow-up date, count it as an exchange."""
    info.notes, info.key_points, info.next_step = notes, key_points, next_step
    info.held_at = held_at
    info.follow_up_on = follow_up_on or default_follow_up_on(held_at, person_tz(info.contact.user))
    if info.status == InfoStatus.PLANNED:
        info.status = InfoStatus.HELD
    info.save()
    log_interaction(
        info.contact,
        summary=f"{info.topic} ({info.scheduled_at:%Y-%m-%d})",
        occurred_at=held_at,
        channel="video",
        next_step=next_step,
    )
    return info


def mark_info_step(info: InfoInterview, step: str, at: datetime | None = None) -> InfoInterview:
    """Thanks sent or follow-up done; each only once the call has been held."""
    at = at or timezone.now()
    if info.held_at is None:
        raise ServiceError("Record the conversation first.")
    if step == InfoStatus.THANKED:
        info.thanks_sent_at = info.thanks_sent_at or at
    elif step == InfoStatus.FOLLOWED_UP:
        info.followed_up_at = info.followed_up_at or at
    else:
        raise ServiceError(f"Unknown step: {step}")
    info.status = step
    info.save(update_fields=["thanks_sent_at", "followed_up_at", "status"])
    return info


def add_target(user: User, **fields: Any) -> Target:
    if fields.get("contact") is not None and fields["contact"].user_id != user.pk:
        raise ServiceError("Unknown contact.")
    return Target.objects.create(user=user, **fields)


def start_company_plan(application: Any, contact: Contact | None = None) -> CompanyKeepWarm:
    """A keep-warm plan with a company that said no (C6.2); one per application."""
    if not application.is_rejected:
        raise ServiceError("Only a rejected application gets a keep-warm plan.")
    plan, _ = CompanyKeepWarm.objects.get_or_create(
        user=application.user, application=application, defaults={"contact": contact}
    )
    return plan


def close_gap(plan: CompanyKeepWarm, evidence: str, at: datetime | None = None) -> None:
    """The gap behind the "no" is closed: the re-apply window may open sooner."""
    if not evidence.strip():
        raise ServiceError("Say what shows the gap is closed (a project, a certificate…).")
    plan.gap_closed_at = at or timezone.now()
    plan.gap_evidence = evidence.strip()
    plan.save(update_fields=["gap_closed_at", "gap_evidence"])
