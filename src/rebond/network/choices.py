"""Enumerations of the networking CRM (C6)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContactKind(models.TextChoices):
    RECRUITER = "recruiter", _("Recruiter")
    INTERVIEWER = "interviewer", _("Interviewer")
    HIRING_MANAGER = "hiring_manager", _("Hiring manager")
    ALUMNI = "alumni", _("Alumni")
    MENTOR = "mentor", _("Mentor")
    PEER = "peer", _("Peer")
    FORMER_EMPLOYEE = "former_employee", _("Former employee of a target company")
    COMMUNITY = "community", _("Community member")
    OTHER = "other", _("Other")


class InteractionChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video call")
    MEETING = "meeting", _("In person")
    MESSAGE = "message", _("Message on a network")
    EVENT = "event", _("Event")


class ContributionKind(models.TextChoices):
    INTRODUCTION = "introduction", _("Introduction made")
    RESOURCE = "resource", _("Resource shared")
    FEEDBACK = "feedback", _("Feedback offered")
    OTHER = "other", _("Other help")


class InfoStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    THANKED = "thanked", _("Summary and thanks sent")
    FOLLOWED_UP = "followed_up", _("Followed up")


class TargetKind(models.TextChoices):
    TARGET_ROLE = "target_role", _("Person in the target role")
    FORMER_EMPLOYEE = "former_employee", _("Former employee of a company that said no")
    SECTOR_GROUP = "sector_group", _("Sector group")
    COMMUNITY = "community", _("Community")
