"""Interview preparation (C7): story bank, pitch versions, drills, mock interviews, checklists."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel, OwnedQuerySet
from rebond.prep.choices import PitchKind, QuestionSource, TranscriptFormat
from rebond.prep.repairs import described


class Story(OwnedModel):
    """A STAR+ story; its check is computed from the text (rules live in rebond.method)."""

    title = models.CharField(_("title"), max_length=200)
    situation = models.TextField(_("situation"), blank=True)
    task = models.TextField(_("task"), blank=True)
    actions = models.TextField(_("actions"), blank=True)
    result = models.TextField(_("result"), blank=True)
    learnings = models.TextField(_("learnings"), blank=True)
    transfer = models.TextField(_("transfer"), blank=True)
    tags = models.CharField(
        _("skills it proves"),
        max_length=500,
        blank=True,
        help_text=_("Comma-separated, e.g. SQL, negotiation, project management."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["title", "id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("prep:story", args=[self.pk])

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]


class PitchVersion(OwnedModel):
    """Every saved pitch or value proposition is kept, so versions can be compared."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=PitchKind.choices, default=PitchKind.PITCH
    )
    text = models.TextField(_("text"))
    label = models.CharField(_("label"), max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("pitch version")
        verbose_name_plural = _("pitch versions")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.label or f"{self.get_kind_display()} #{self.pk}"


class Drill(OwnedModel):
    """One concision drill: a short first answer, then the expansion."""

    source = models.CharField(
        _("question source"),
        max_length=12,
        choices=QuestionSource.choices,
        default=QuestionSource.COMMON,
    )
    question = models.CharField(_("question"), max_length=500)
    short_answer = models.TextField(_("first answer (20–30 s)"), blank=True)
    long_answer = models.TextField(_("expansion"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("concision drill")
        verbose_name_plural = _("concision drills")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("prep:drill", args=[self.pk])


def recording_path(instance: MockSession, filename: str) -> str:
    # The user's id keeps people's files apart; the original name is not kept (it may say
    # more than needed).
    extension = filename.rsplit(".", 1)[-1].lower()[:5] if "." in filename else "webm"
    return f"prep/recordings/{instance.user_id}/session-{instance.pk or 'new'}.{extension}"


class MockSession(OwnedModel):
    """A mock interview: its transcript, the metrics computed from it, an optional recording."""

    title = models.CharField(_("title"), max_length=200)
    held_at = models.DateTimeField(_("held on"))
    interviewer = models.CharField(
        _("interviewer's label in the transcript"), max_length=80, default="Q"
    )
    # The candidate's own name in the transcript when the person chose it (then everyone else
    # asks); blank: every speaker but `interviewer` is the candidate.
    me = models.CharField(_("your name in the transcript"), max_length=80, blank=True)
    source_format = models.CharField(
        _("format"), max_length=8, choices=TranscriptFormat.choices, default=TranscriptFormat.TEXT
    )
    transcript = models.TextField(_("transcript"), blank=True)
    # speech.analyze(...).to_dict(): counts and times only, never the person's sentences.
    metrics = models.JSONField(_("metrics"), default=dict, blank=True)
    # What the reader skipped or repaired: `Repair.as_json()` each, worded by `prep.repairs`.
    warnings = models.JSONField(default=list, blank=True)
    recording = models.FileField(_("recording"), upload_to=recording_path, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("mock interview")
        verbose_name_plural = _("mock interviews")
        ordering = ["-held_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("prep:mock", args=[self.pk])

    def warning_texts(self) -> list[str]:
        """What the reader skipped or repaired, in the current language."""
        return described(self.warnings)


class InterviewChecklist(models.Model):
    """The person's preparation for one interview of the tracker (C7.5)."""

    interview = models.OneToOneField(
        "jobs.Interview", on_delete=models.CASCADE, related_name="checklist"
    )
    description_reread = models.BooleanField(_("I reread the job description"), default=False)
    company_notes = models.TextField(_("company research"), blank=True)
    interviewer_notes = models.TextField(_("interviewer research"), blank=True)
    hypothesis_1 = models.CharField(_("value hypothesis 1"), max_length=300, blank=True)
    hypothesis_2 = models.CharField(_("value hypothesis 2"), max_length=300, blank=True)
    hypothesis_3 = models.CharField(_("value hypothesis 3"), max_length=300, blank=True)
    materials = models.JSONField(_("materials ready"), default=list, blank=True)
    questions_to_ask = models.JSONField(_("questions to ask"), default=list, blank=True)
    rejection_answer = models.TextField(_("my answer about my last rejection"), blank=True)
    ritual_done_at = models.DateTimeField(_("centring ritual done at"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    owner_path = "interview__application__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        verbose_name = _("interview checklist")
        verbose_name_plural = _("interview checklists")

    def __str__(self) -> str:
        return f"checklist {self.interview_id}"

    @property
    def hypotheses(self) -> list[str]:
        return [h for h in (self.hypothesis_1, self.hypothesis_2, self.hypothesis_3) if h]
