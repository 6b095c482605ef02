"""The rejection debrief (C2) and the confidence journal (C4).

Every text a person writes here is journal material: it is stored with `EncryptedTextField`.
Enumerations, numbers and dates stay plain so the timeline and the mood chart can be queried.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rebond.accounts.fields import EncryptedTextField
from rebond.accounts.ownership import OwnedModel, OwnedQuerySet
from rebond.debrief.choices import (
    AssetKind,
    Control,
    Nature,
    ReplayMark,
    SupportEffect,
    SupportRole,
)
from rebond.jobs.models import Application


class Debrief(OwnedModel):
    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        related_name="debriefs",
        verbose_name=_("application"),
    )
    started_at = models.DateTimeField(_("started at"))
    # The cool-down is counted from the rejection, not from the day the debrief was opened.
    rejected_at = models.DateTimeField(_("rejected at"))
    done_steps = models.JSONField(default=list, blank=True)
    skipped_steps = models.JSONField(default=list, blank=True)
    breathing_done = models.BooleanField(default=False)
    reset_emotion = EncryptedTextField(_("the emotion, named"), blank=True)
    reset_fact = EncryptedTextField(_("one objective fact learned"), blank=True)
    reset_intention = EncryptedTextField(_("one constructive intention"), blank=True)
    facts = EncryptedTextField(_("facts"), blank=True)
    interpretations = EncryptedTextField(_("interpretations"), blank=True)
    tests = EncryptedTextField(_("what I can test"), blank=True)
    lessons = EncryptedTextField(_("what I learned"), blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("debrief")
        ordering = ["-started_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "application"], name="one_debrief_per_application"
            )
        ]

    def __str__(self) -> str:
        return str(self.application)

    def get_absolute_url(self) -> str:
        return reverse("debrief:summary", args=[self.pk])


class CheckIn(OwnedModel):
    """An emotion check-in (C2.2), inside a debrief or on its own (`rebond mood`)."""

    debrief = models.ForeignKey(
        Debrief, on_delete=models.CASCADE, null=True, blank=True, related_name="checkins"
    )
    at = models.DateTimeField(_("when"))
    mood = models.PositiveSmallIntegerField(
        _("overall mood (0 low, 10 high)"), null=True, blank=True
    )
    emotion = models.CharField(_("emotion"), max_length=32, blank=True)
    emotion_words = EncryptedTextField(_("in my own words"), blank=True)
    intensity = models.PositiveSmallIntegerField(_("intensity (0–10)"), null=True, blank=True)
    body_signal = EncryptedTextField(_("where I feel it in my body"), blank=True)
    soothing_action = EncryptedTextField(_("soothing action"), blank=True)

    class Meta:
        verbose_name = _("mood check-in")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["user", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d} {self.emotion}".strip()


class Cause(models.Model):
    debrief = models.ForeignKey(Debrief, on_delete=models.CASCADE, related_name="causes")
    text = EncryptedTextField(_("cause"))
    control = models.CharField(_("control"), max_length=16, choices=Control.choices)
    nature = models.CharField(_("kind"), max_length=16, choices=Nature.choices)

    owner_path = "debrief__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"cause #{self.pk}"


class ReplayAnswer(models.Model):
    """One question of the interview replay (C2.7) and the person's rewrite of a weak answer."""

    debrief = models.ForeignKey(Debrief, on_delete=models.CASCADE, related_name="replay")
    position = models.PositiveSmallIntegerField(default=0)
    question = EncryptedTextField(_("question asked"))
    hesitation = EncryptedTextField(_("where I hesitated"), blank=True)
    reaction = EncryptedTextField(_("their reaction"), blank=True)
    mark = models.CharField(
        _("my answer was"), max_length=10, choices=ReplayMark.choices, blank=True
    )
    short_version = EncryptedTextField(_("short version (~20 s)"), blank=True)
    long_version = EncryptedTextField(_("developed version (60–90 s)"), blank=True)

    owner_path = "debrief__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"replay answer #{self.pk}"


class ThoughtRecord(OwnedModel):
    """C4.1: situation → automatic thought → distortions → evidence → balanced reformulation."""

    created_at = models.DateTimeField(_("written at"))
    situation = EncryptedTextField(_("situation"), blank=True)
    thought = EncryptedTextField(_("automatic thought"))
    emotion = models.CharField(_("emotion"), max_length=32, blank=True)
    intensity_before = models.PositiveSmallIntegerField(
        _("intensity before (0–10)"), null=True, blank=True
    )
    distortions = models.JSONField(_("distortions spotted"), default=list, blank=True)
    evidence_for = EncryptedTextField(_("evidence for"), blank=True)
    evidence_against = EncryptedTextField(_("evidence against"), blank=True)
    reformulation = EncryptedTextField(_("balanced reformulation"), blank=True)
    intensity_after = models.PositiveSmallIntegerField(
        _("intensity after (0–10)"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("thought record")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.thought[:80]

    def get_absolute_url(self) -> str:
        return reverse("debrief:thought", args=[self.pk])


class Asset(OwnedModel):
    kind = models.CharField(_("kind"), max_length=10, choices=AssetKind.choices)
    text = EncryptedTextField(_("asset"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("asset")
        ordering = ["kind", "id"]

    def __str__(self) -> str:
        return self.text[:80]


class Attribution(OwnedModel):
    """Healthy attribution of one outcome (C4.2): what came from effort, strategy, context."""

    created_at = models.DateTimeField(_("written at"))
    outcome = EncryptedTextField(_("outcome"))
    effort = EncryptedTextField(_("my effort"), blank=True)
    strategy = EncryptedTextField(_("my strategy"), blank=True)
    context = EncryptedTextField(_("the context"), blank=True)

    class Meta:
        verbose_name = _("attribution")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.outcome[:80]


class Win(OwnedModel):
    day = models.DateField(_("day"))
    text = EncryptedTextField(_("small win"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("small win")
        ordering = ["-day", "-id"]

    def __str__(self) -> str:
        return self.text[:80]


class SupportPerson(OwnedModel):
    name = EncryptedTextField(_("name"))
    role = models.CharField(_("role"), max_length=12, choices=SupportRole.choices)
    effect = models.CharField(
        _("effect on my confidence"), max_length=8, choices=SupportEffect.choices
    )
    note = EncryptedTextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("support person")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name[:80]
