"""Enumerations of the insights app (C1.2–C1.4)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Dimension(models.TextChoices):
    """The application fields the funnel can be broken down by."""

    CHANNEL = "channel", _("Channel")
    SECTOR = "sector", _("Sector")
    SIZE = "size", _("Company size")
    LEVEL = "level", _("Level")

    @property
    def field(self) -> str:
        return "company_size" if self is Dimension.SIZE else self.value


class Metric(models.TextChoices):
    """A funnel step, measured per application sent (the experiments' and sweet spot's rate)."""

    ANSWERED = "answered", _("Replies per application sent")
    INTERVIEWED = "interviewed", _("Interviews per application sent")
    OFFERED = "offered", _("Offers per application sent")


class ChangeKind(models.TextChoices):
    CV_VERSION = "cv_version", _("A new CV version")
    WARM_INTRODUCTIONS = "warm_introductions", _("Warm introductions instead of job boards")
    PITCH = "pitch", _("A new pitch or cover message")
    TARGETING = "targeting", _("Different targeting (roles, sectors, sizes)")
    FOLLOW_UP = "follow_up", _("A different follow-up routine")
    OTHER = "other", _("Something else")


class ReportKind(models.TextChoices):
    WEEKLY = "weekly", _("Weekly review")
    MONTHLY = "monthly", _("Monthly review")
