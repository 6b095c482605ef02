from __future__ import annotations

import hashlib

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rebond.accounts.fields import EncryptedTextField
from rebond.accounts.ownership import OwnedModel
from rebond.plan.choices import ActionStatus, Axis, Cadence, RoutineBlock, Theme


class Sprint(OwnedModel):
    """Two weeks of focused actions (C5.1)."""

    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sprint")
        ordering = ["-starts_on", "-id"]
        indexes = [models.Index(fields=["user", "-starts_on"])]

    def __str__(self) -> str:
        return f"{self.starts_on} → {self.ends_on}"


class Action(OwnedModel):
    sprint = models.ForeignKey(
        Sprint, on_delete=models.SET_NULL, null=True, blank=True, related_name="actions"
    )
    # Encrypted at rest like the journal: a title can say what the person felt or fears
    # (actions born in a debrief). It is never filtered or ordered on.
    title = EncryptedTextField(_("action"), max_length=300)
    axis = models.CharField(_("axis"), max_length=20, choices=Axis.choices)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    target = models.CharField(
        _("measurable target"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 3 informational interviews"),
    )
    hours = models.FloatField(_("estimated hours"), default=0)
    template_id = models.CharField(max_length=64, blank=True)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ActionStatus.choices, default=ActionStatus.TODO
    )
    evidence = models.TextField(_("evidence"), blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    # Where the action came from (a lesson, a debrief…), so the source app can link back.
    source_kind = models.CharField(max_length=32, blank=True)
    source_id = models.PositiveIntegerField(null=True, blank=True)
    # The skill-gap ladder: each step follows the previous one.
    follows = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="next_steps"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("action")
        ordering = ["due_on", "id"]
        indexes = [
            models.Index(fields=["user", "status", "due_on"]),
            models.Index(fields=["user", "done_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("plan:action", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in ActionStatus.open()


class Review(OwnedModel):
    """A dated weekly, monthly or quarterly review (C5.3): figures known then, and answers."""

    cadence = models.CharField(_("review"), max_length=10, choices=Cadence.choices)
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    figures = models.JSONField(default=dict)
    answers = models.JSONField(default=list)  # [[question, answer], …]
    objective = models.TextField(_("objective for the next period"), blank=True)
    done_at = models.DateTimeField(_("done at"))

    class Meta:
        verbose_name = _("review")
        ordering = ["-done_at", "-id"]
        indexes = [models.Index(fields=["user", "cadence", "-done_at"])]

    def __str__(self) -> str:
        return f"{self.cadence} {self.period_start}"

    def get_absolute_url(self) -> str:
        return reverse("plan:review", args=[self.pk])


class RoutineLog(OwnedModel):
    """Minutes spent on a timebox block, or a check-off, on one local day (C1.5, C4.3)."""

    day = models.DateField(_("day"))
    block = models.CharField(_("block"), max_length=20, choices=RoutineBlock.choices)
    minutes = models.PositiveSmallIntegerField(_("minutes"), default=0)
    done = models.BooleanField(_("done"), default=False)

    class Meta:
        ordering = ["-day", "block"]
        constraints = [
            models.UniqueConstraint(fields=["user", "day", "block"], name="routine_once_per_day")
        ]


class FeedToken(OwnedModel):
    """The secret of a person's calendar subscription URL, kept only as a hash."""

    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_fetched_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"calendar feed of {self.user_id} ({'revoked' if self.revoked_at else 'active'})"

    @staticmethod
    def hash(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()
