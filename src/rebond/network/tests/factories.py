"""Tiny keyword-default factories for the network tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rebond.jobs import services as jobs
from rebond.network import services
from rebond.network.models import CompanyKeepWarm, Contact, InfoInterview, Target


def contact(user: Any, **fields: Any) -> Contact:
    fields.setdefault("first_name", "Zoé")
    fields.setdefault("last_name", "Lefèvre")
    fields.setdefault("company_name", "Acme")
    fields.setdefault("email", "zoe@acme.example")
    return services.create_contact(user, **fields)


def info(person: Contact, **fields: Any) -> InfoInterview:
    fields.setdefault("topic", "data governance")
    fields.setdefault("goal", "explore_role")
    fields.setdefault("scheduled_at", datetime(2026, 12, 1, 9, tzinfo=UTC))
    fields.setdefault("questions", "What does a typical week look like?")
    return services.plan_info_interview(person, **fields)


def interview(user: Any, interviewers: str = "Léa Martin, head of data\nPaul Roy, recruiter"):
    application = jobs.create_application(user, company="Doctolib", role="Data analyst")
    return jobs.log_interview(
        application, scheduled_at=datetime(2026, 11, 2, 10, tzinfo=UTC), interviewers=interviewers
    )


def rejected_plan(user: Any) -> CompanyKeepWarm:
    application = jobs.create_application(user, company="Qonto", role="Product analyst")
    jobs.close_application(application, reason="A more senior profile")
    return services.start_company_plan(application)


def target(user: Any, **fields: Any) -> Target:
    fields.setdefault("kind", "target_role")
    fields.setdefault("name", "Head of data at a fintech")
    fields.setdefault("next_step", "Find two names on the network")
    return services.add_target(user, **fields)
