"""Keyword coverage of a CV version against a job description (C8.3)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from rebond.documents.models import CvVersion, KeywordCheck
from rebond.jobs.models import Application
from rebond.method import cv as cv_method
from rebond.method.errors import ServiceError
from rebond.method.language import Lang

MAX_JOB_CHARS = 30_000  # a long posting is about 8,000 characters

ZONE_LABELS = {
    "title": _("job title"),
    "requirements": _("requirements"),
    "unstructured": _("requirements"),
    "missions": _("responsibilities"),
    "nice_to_have": _("nice to have"),
}
HOW_LABELS = {
    "exact": _("same words"),
    "equivalent": _("other wording"),
    "alternative": _("an accepted alternative"),
    "semantic": _("close meaning"),
}


def create_check(
    user: Any, cv: CvVersion, job_text: str = "", application: Application | None = None
) -> KeywordCheck:
    """Keep a comparison; the job text is the pasted one, else the application's description."""
    if cv.user_id != user.pk or (application is not None and application.user_id != user.pk):
        raise PermissionError("not this person's CV or application")
    text = (job_text or (application.job_description if application else "")).strip()
    if not text:
        raise ServiceError("no job description")
    with transaction.atomic():
        return KeywordCheck.objects.create(
            user=user, cv=cv, application=application, job_text=text[:MAX_JOB_CHARS]
        )


def result(check: KeywordCheck, lang: Lang) -> cv_method.MatchResult:
    """Matched and missing keywords, the score and its explanation, worded in `lang`."""
    return cv_method.match(check.cv.text, check.job_text, lang)


def recent(user: Any, limit: int = 10) -> list[KeywordCheck]:
    rows = KeywordCheck.objects.for_user(user).select_related("cv", "application__company")
    return list(rows[:limit])
