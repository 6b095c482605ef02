"""Enumerations of the search tracker (C1.1). Stage names match `rebond.method.funnel`."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    APPLIED = "applied", _("Applied")
    SCREENING = "screening", _("Screening")
    INTERVIEW_1 = "interview_1", _("Interview, round 1")
    INTERVIEW_2 = "interview_2", _("Interview, round 2")
    INTERVIEW_3 = "interview_3", _("Interview, round 3")
    FINAL = "final", _("Final round")
    OFFER = "offer", _("Offer")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    NO_ANSWER = "no_answer", _("No answer")

    @classmethod
    def progress(cls) -> list["Stage"]:
        """Stages that measure how far an application went, in order."""
        return [
            cls.APPLIED,
            cls.SCREENING,
            cls.INTERVIEW_1,
            cls.INTERVIEW_2,
            cls.INTERVIEW_3,
            cls.FINAL,
            cls.OFFER,
        ]

    @classmethod
    def closed(cls) -> list["Stage"]:
        return [cls.OFFER, cls.REJECTED, cls.WITHDRAWN, cls.NO_ANSWER]

    @property
    def rank(self) -> int:
        """Position in the progress order; outcomes rank below every progress stage."""
        order = Stage.progress()
        return order.index(self) if self in order else -1


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
