"""Enumerations of the search tracker (C1.1): the values come from `rebond.method.stages` and
`rebond.method.values` (pure, read by the CLI without Django); the labels are translated here."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from rebond.method import stages


class Stage(models.TextChoices):
    """The stages of `rebond.method.stages` with their labels; the rules live there."""

    APPLIED = stages.APPLIED, _("Applied")
    SCREENING = stages.SCREENING, _("Screening")
    INTERVIEW_1 = stages.INTERVIEW_1, _("Interview, round 1")
    INTERVIEW_2 = stages.INTERVIEW_2, _("Interview, round 2")
    INTERVIEW_3 = stages.INTERVIEW_3, _("Interview, round 3")
    FINAL = stages.FINAL, _("Final round")
    OFFER = stages.OFFER, _("Offer")
    REJECTED = stages.REJECTED, _("Rejected")
    WITHDRAWN = stages.WITHDRAWN, _("Withdrawn")
    NO_ANSWER = stages.NO_ANSWER, _("No answer")

    @classmethod
    def progress(cls) -> list[Stage]:
        """Stages that measure how far an application went, in order."""
        return [cls(name) for name in stages.PROGRESS]

    @classmethod
    def outcomes(cls) -> list[Stage]:
        """Stages that end an application: only the closing service records them."""
        return [cls(name) for name in stages.OUTCOMES]

    @classmethod
    def closed(cls) -> list[Stage]:
        return [cls(name) for name in stages.CLOSED]

    @classmethod
    def reached_for(cls, outcome: str) -> list[Stage]:
        """The stages at which `outcome` may be recorded (a rejection: before an offer)."""
        return [cls(name) for name in stages.stages_reached_for(outcome)]

    @property
    def rank(self) -> int:
        """Position in the progress order; outcomes rank below every progress stage."""
        return stages.rank(self.value)


class Channel(models.TextChoices):
    JOB_BOARD = "job_board", _("Job board")
    COMPANY_SITE = "company_site", _("Company careers site")
    REFERRAL = "referral", _("Referral")
    NETWORK = "network", _("Network")
    COLD_OUTREACH = "cold_outreach", _("Cold outreach")
    RECRUITER = "recruiter", _("Recruiter or firm")
    INTERNAL = "internal", _("Internal move")
    FREELANCE = "freelance_platform", _("Freelance platform")
    OTHER = "other", _("Other")


class CompanySize(models.TextChoices):
    MICRO = "micro", _("1–10")
    SMALL = "small", _("11–50")
    MEDIUM = "medium", _("51–250")
    LARGE = "large", _("251–5,000")
    ENTERPRISE = "enterprise", _("Over 5,000")


class Level(models.TextChoices):
    INTERN = "intern", _("Intern or apprentice")
    JUNIOR = "junior", _("Junior")
    MID = "mid", _("Intermediate")
    SENIOR = "senior", _("Senior")
    LEAD = "lead", _("Lead or principal")
    MANAGER = "manager", _("Manager")
    EXECUTIVE = "executive", _("Executive")


class InterviewFormat(models.TextChoices):
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video call")
    ONSITE = "onsite", _("On site")
    PANEL = "panel", _("Panel")
    CASE = "case", _("Case study or take-home")
