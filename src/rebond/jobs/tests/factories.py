"""A tiny keyword-default factory for the tracker's rows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.utils import timezone

from rebond.jobs import services
from rebond.method.stages import OUTCOMES


def make_application(
    user: Any,
    *,
    company: str = "Acme",
    role: str = "Data analyst",
    stages: tuple[str, ...] = (),
    at: datetime | None = None,
    **fields: Any,
):
    application = services.create_application(user, company=company, role=role, at=at, **fields)
    for stage in stages:
        if stage in OUTCOMES:  # an ending goes through the closing service, as in the product
            services.close_application(application, result=stage, at=at or timezone.now())
        else:
            services.move_stage(application, stage, at=at or timezone.now())
    return application
