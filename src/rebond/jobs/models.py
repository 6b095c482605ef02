from __future__ import annotations

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel, OwnedQuerySet
from rebond.jobs.choices import Channel, CompanySize, InterviewFormat, Level, Stage
from rebond.method import stages


class Company(OwnedModel):
    name = models.CharField(_("name"), max_length=200)
    sector = models.CharField(_("sector"), max_length=120, blank=True)
    size = models.CharField(_("size"), max_length=20, choices=CompanySize.choices, blank=True)
    website = models.URLField(_("website"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        ordering = [Lower("name")]
        constraints = [
            models.UniqueConstraint("user", Lower("name"), name="company_name_unique_per_user")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("jobs:company", args=[self.pk])


class ApplicationQuerySet(OwnedQuerySet):
    def open(self) -> ApplicationQuerySet:
        return self.exclude(stage__in=Stage.closed())

    def rejected(self) -> ApplicationQuerySet:
        """The rejected applications: the one rule is `rebond.method.stages.is_rejected` (the
        current stage), which `Application.is_rejected` applies to one row."""
        return self.filter(stage__in=[s for s in Stage if stages.is_rejected(s)])


class Application(OwnedModel):
    company = models.ForeignKey(
        Company, on_delete=models.PROTECT, related_name="applications", verbose_name=_("company")
    )
    role = models.CharField(_("role"), max_length=200)
    job_description = models.TextField(_("job description"), blank=True)
    job_url = models.URLField(_("job ad link"), max_length=1000, blank=True)
    channel = models.CharField(
        _("channel"), max_length=24, choices=Channel.choices, default=Channel.JOB_BOARD
    )
    sector = models.CharField(_("sector"), max_length=120, blank=True)
    company_size = models.CharField(
        _("company size"), max_length=20, choices=CompanySize.choices, blank=True
    )
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    source = models.CharField(_("where I found it"), max_length=200, blank=True)
    applied_on = models.DateField(_("applied on"))
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.APPLIED
    )
    # Denormalised from the stage history so the funnel and the board need no subquery.
    furthest_stage = models.CharField(
        _("furthest stage reached"), max_length=20, choices=Stage.choices, default=Stage.APPLIED
    )
    stage_changed_at = models.DateTimeField(_("stage changed at"))
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # OwnedModel's manager, with ApplicationQuerySet's methods; the plugin types the base's
    # manager as a class variable, this one as an instance variable (django-stubs#1870).
    objects = ApplicationQuerySet.as_manager()  # type: ignore[misc]

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-applied_on", "-id"]
        indexes = [
            models.Index(fields=["user", "stage"]),
            models.Index(fields=["user", "-applied_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.role} — {self.company.name}"

    def get_absolute_url(self) -> str:
        return reverse("jobs:application", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        return self.stage in Stage.closed()

    @property
    def is_rejected(self) -> bool:
        return stages.is_rejected(self.stage)


class StageEvent(models.Model):
    """Append-only history: the furthest stage reached must survive a rejection."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices)
    occurred_at = models.DateTimeField(_("when"))
    note = models.CharField(_("note"), max_length=500, blank=True)

    owner_path = "application__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["occurred_at", "id"]
        indexes = [models.Index(fields=["application", "occurred_at"])]

    def __str__(self) -> str:
        return f"{self.stage} @ {self.occurred_at:%Y-%m-%d}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("Stage history is append-only.")
        super().save(*args, **kwargs)


class Interview(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviews"
    )
    round = models.PositiveSmallIntegerField(_("round"), default=1)
    scheduled_at = models.DateTimeField(_("date and time"))
    format = models.CharField(
        _("format"), max_length=12, choices=InterviewFormat.choices, default=InterviewFormat.VIDEO
    )
    interviewers = models.TextField(
        _("interviewers"), blank=True, help_text=_("One person per line: name, role.")
    )
    questions = models.TextField(
        _("questions asked"), blank=True, help_text=_("One question per line.")
    )
    notes = models.TextField(_("my notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    owner_path = "application__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["scheduled_at", "id"]

    def __str__(self) -> str:
        return f"{self.application} — {self.round}"


class Outcome(models.Model):
    """How an application ended when it did not become an offer."""

    application = models.OneToOneField(
        Application, on_delete=models.CASCADE, related_name="outcome"
    )
    result = models.CharField(
        _("result"), max_length=20, choices=Stage.choices, default=Stage.REJECTED
    )
    stage_reached = models.CharField(_("stage reached"), max_length=20, choices=Stage.choices)
    decided_on = models.DateField(_("date"))
    reason = models.TextField(_("reason given"), blank=True)
    message = models.TextField(_("their message"), blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)

    owner_path = "application__user"
    objects = OwnedQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.result} at {self.stage_reached}"
