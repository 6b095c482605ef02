"""Enumerations of the debrief and the confidence toolkit (C2, C4).

Emotions are not an enumeration here: they are playbook data (X4) a coach may extend, so a
check-in stores the playbook key and forms validate it against the current playbook.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Step(models.TextChoices):
    """The debrief's steps; their order comes from the playbook (`[debrief.steps]`)."""

    CHECKIN = "checkin", _("Emotion check-in")
    RESET = "reset", _("The 10-minute reset")
    COOLDOWN = "cooldown", _("24-hour cool-down")
    COLUMNS = "columns", _("Facts, interpretations, tests")
    CAUSES = "causes", _("Causes")
    REPLAY = "replay", _("Interview replay")
    SUMMARY = "summary", _("What I take away")


class Control(models.TextChoices):
    CONTROLLABLE = "controllable", _("Within my control")
    EXTERNAL = "external", _("Outside my control")


class Nature(models.TextChoices):
    STRUCTURAL = "structural", _("Structural (work around it)")
    IMPROVABLE = "improvable", _("Improvable (work on it)")


class ReplayMark(models.TextChoices):
    NONE = "", _("Not marked")
    TOO_LONG = "too_long", _("Too long")
    VAGUE = "vague", _("Vague")
    STRONG = "strong", _("Strong")


class AssetKind(models.TextChoices):
    SKILL = "skill", _("Key skill")
    PROJECT = "project", _("Delivered project")
    PRAISE = "praise", _("Positive feedback")
    RESULT = "result", _("Quantified result")


class SupportRole(models.TextChoices):
    BUDDY = "buddy", _("Practice buddy")
    MENTOR = "mentor", _("Mentor")
    COMMUNITY = "community", _("Community")
    FRIEND = "friend", _("Friend or family")
    OTHER = "other", _("Other")


class SupportEffect(models.TextChoices):
    LIFTS = "lifts", _("Lifts my confidence")
    MIXED = "mixed", _("It depends")
    DRAINS = "drains", _("Drains my confidence")
