"""A CV version against a job description, requirement by requirement (C8.3, issue 21)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from rebond.documents.models import CvVersion, DismissedTerm, KeywordCheck
from rebond.jobs.models import Application
from rebond.method import playbook
from rebond.method.cv.coverage import MatchResult, match
from rebond.method.cv.requirements import Requirement, RequirementCheck
from rebond.method.cv.requirements import check as check_requirements
from rebond.method.cv.terms import fold
from rebond.method.errors import ServiceError
from rebond.method.text.language import Lang

if TYPE_CHECKING:
    from rebond.accounts.models import User

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
    "variant": _("a variant or an acronym"),
    "other_words": _("in other words"),
}
KIND_LABELS = {
    "required": _("required"),
    "nice": _("nice to have"),
    "duty": _("duty"),
}


def create_check(
    user: User, cv: CvVersion, job_text: str = "", application: Application | None = None
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


def result(check: KeywordCheck, lang: Lang) -> MatchResult:
    """Matched and missing keywords, the score and its explanation, worded in `lang`."""
    return match(check.cv.text, check.job_text, lang)


def requirements(check: KeywordCheck, lang: Lang) -> RequirementCheck:
    """The ad's requirements one by one, less the keywords this person dismissed."""
    return check_requirements(check.cv.text, check.job_text, lang, dismissed(check.user))


def dismissed(user: User) -> list[str]:
    return list(DismissedTerm.objects.for_user(user).values_list("term", flat=True))


def dismiss(user: User, term: str) -> None:
    """ "Not relevant for me": remembered for every later check (case and accents ignored)."""
    term = " ".join(term.split())[:200]
    key = fold(term).strip()
    if not key:
        return
    try:
        with transaction.atomic():
            DismissedTerm.objects.create(user=user, key=key, term=term)
    except IntegrityError:
        pass  # already dismissed (a double click)


def restore(user: User, term: str) -> None:
    DismissedTerm.objects.for_user(user).filter(key=fold(term).strip()).delete()


@dataclass(frozen=True)
class Advice:
    """What to do about one requirement the CV does not show."""

    requirement: Requirement
    add: str  # add it, if real, and where
    prepare: str  # else the interview answer
    stories: int  # stories of the bank that show one of its keywords
    stories_note: str


def advice(user: User, checked: RequirementCheck, lang: Lang) -> dict[int, Advice]:
    """Requirement index -> advice, for the requirements not covered."""
    from rebond.method.skills import match_skills
    from rebond.prep.models import Story

    texts = playbook.section(lang, "cv_requirements")
    stories = [
        " ".join([s.title, s.situation, s.task, s.actions, s.result, s.tags])
        for s in Story.objects.for_user(user)
    ]
    found: dict[int, Advice] = {}
    for index, req in enumerate(checked.requirements):
        if req.covered or req.dismissed:
            continue
        gaps = [k.term for k in req.missing_keywords]
        if gaps:
            where = texts["where_skills"] if req.kind != "duty" else texts["where_experience"]
            add = texts["advice_add"].format(term=", ".join(gaps), where=where)
            prepare = texts["advice_prepare"]
            wanted = gaps
        else:
            add, prepare, wanted = texts["advice_line"], "", [req.text]
        count = sum(any(match_skills(story, wanted, lang).values()) for story in stories)
        note = texts["stories"].format(count=count) if count else texts["no_story"]
        found[index] = Advice(req, add, prepare, count, note)
    return found


def recent(user: User, limit: int = 10) -> list[KeywordCheck]:
    rows = KeywordCheck.objects.for_user(user).select_related("cv", "application__company")
    return list(rows[:limit])
