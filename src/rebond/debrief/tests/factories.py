"""A tiny keyword-default factory for the debrief app's rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone

from rebond.debrief.models import Debrief
from rebond.debrief.services import flow, journal
from rebond.jobs import services as jobs
from rebond.jobs.tests.factories import make_application


def make_rejected(
    user: Any, *, role: str = "Data analyst", questions: str = "", at: datetime | None = None
):
    """An application that reached the first interview round, then was rejected."""
    at = at or timezone.now()
    application = make_application(user, role=role, stages=("interview_1",), at=at)
    if questions:
        jobs.log_interview(application, round=1, scheduled_at=at, questions=questions)
    jobs.close_application(application, at=at)
    return application


def make_debrief(user: Any, **fields: Any) -> Debrief:
    application = fields.pop("application", None) or make_rejected(user)
    debrief = flow.start(user, application)
    for name, value in fields.items():
        setattr(debrief, name, value)
    debrief.save()
    return debrief


def make_thought(user: Any, thought: str = "Je suis nul en entretien.", **fields: Any):
    return journal.save_thought(user, {"thought": thought, **fields})
