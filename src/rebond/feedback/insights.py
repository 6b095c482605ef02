"""What the insights dashboard and reviews read from the feedback loop (see insights/hooks.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from rebond.feedback.services.points import recurring_points as _ranked

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.jobs.models import Application


def recurring_points(user: User, since: date | None, until: date) -> list[tuple[str, int]]:
    """The most pressing recurring points raised in the period and how many times."""
    now = datetime.combine(until, time(23, 59), tzinfo=UTC)
    return [(p.point.label, p.point.count) for p in _ranked(user, now, 8, since, until)]


def employer_feedback(user: User, application: Application) -> bool:
    """Whether the recruiter or the hiring manager of `application` wrote feedback to the
    person: a message of theirs with at least one statement (a template "no" holds none)."""
    from rebond.feedback.choices import SourceKind
    from rebond.feedback.models import FeedbackItem

    return (
        FeedbackItem.objects.for_user(user)
        .filter(
            application=application,
            source_kind__in=(SourceKind.RECRUITER, SourceKind.HIRING_MANAGER),
            statements__isnull=False,
        )
        .exists()
    )


def lessons(user: User, since: date, until: date) -> list[str]:
    """Points raised during the period that were raised before too: the lessons to keep."""
    now = datetime.combine(until, time(23, 59), tzinfo=UTC)
    return [p.point.label for p in _ranked(user, now, 5, since, until) if p.point.count > 1]
