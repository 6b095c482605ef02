"""CV versions, keyword checks, the central message and its texts, the proof portfolio (C8)."""

from __future__ import annotations

import uuid
from pathlib import PurePath

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel, OwnedQuerySet
from rebond.documents.choices import DocumentKind, LetterKind, ProofKind


def cv_path(instance: CvVersion, filename: str) -> str:
    # A random name: the person's file name (often their own name) never reaches the disk path.
    suffix = PurePath(filename).suffix.lower()[:8]
    return f"cv/{instance.user_id}/{uuid.uuid4().hex}{suffix}"


class CvVersion(OwnedModel):
    """One uploaded CV file, its extracted content, and the applications it was sent with."""

    label = models.CharField(_("label"), max_length=120)
    file = models.FileField(_("file"), upload_to=cv_path, max_length=255)
    original_name = models.CharField(_("original file name"), max_length=255)
    kind = models.CharField(_("format"), max_length=8, choices=DocumentKind.choices)
    byte_size = models.PositiveIntegerField(_("size in bytes"))
    lang = models.CharField(_("language"), max_length=2, default="fr")
    # The extracted document (lines, pages, fonts, tables) as plain JSON: the reports are
    # recomputed from it in the reader's language, without opening the file again.
    content = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    applications = models.ManyToManyField(
        "jobs.Application", through="CvUse", related_name="cv_versions", blank=True
    )

    class Meta:
        verbose_name = _("CV version")
        verbose_name_plural = _("CV versions")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("documents:cv", args=[self.pk])

    @property
    def text(self) -> str:
        return "\n".join(line["text"] for line in self.content.get("lines", []))


class CvUse(models.Model):
    """A CV version sent with an application (so the funnel can compare versions)."""

    cv = models.ForeignKey(CvVersion, on_delete=models.CASCADE, related_name="uses")
    application = models.ForeignKey(
        "jobs.Application", on_delete=models.CASCADE, related_name="cv_uses"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    owner_path = "cv__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        verbose_name = _("CV sent with an application")
        constraints = [
            # One CV version per application: sending a new version replaces the link.
            models.UniqueConstraint("application", name="one_cv_version_per_application"),
        ]

    def __str__(self) -> str:
        return f"{self.cv} → {self.application}"


class KeywordCheck(OwnedModel):
    """A CV compared with a job description, pasted or taken from an application."""

    cv = models.ForeignKey(CvVersion, on_delete=models.CASCADE, related_name="checks")
    application = models.ForeignKey(
        "jobs.Application", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    job_text = models.TextField(_("job description"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("keyword check")
        verbose_name_plural = _("keyword checks")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.cv} · {self.created_at:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("documents:check", args=[self.pk])


class DismissedTerm(OwnedModel):
    """A keyword the person marked "not relevant for me": later checks leave it out."""

    key = models.CharField(_("key"), max_length=200)  # folded: case and accents ignored
    term = models.CharField(_("keyword"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("keyword not relevant for me")
        verbose_name_plural = _("keywords not relevant for me")
        ordering = ["term", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="documents_dismissed_term_once")
        ]

    def __str__(self) -> str:
        return self.term


class BrandText(OwnedModel):
    """A text that should carry the central message: headline, summary, letter, message."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=LetterKind.choices, default=LetterKind.COVER_LETTER
    )
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("brand text")
        verbose_name_plural = _("brand texts")
        ordering = ["kind", "title", "id"]

    def __str__(self) -> str:
        return self.title


class ValueProposition(OwnedModel):
    """The central message written here (used when the preparation app has none)."""

    text = models.TextField(_("value proposition"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("value proposition")
        constraints = [models.UniqueConstraint("user", name="one_value_proposition_per_user")]

    def __str__(self) -> str:
        return self.text[:60]


class ProofItem(OwnedModel):
    """A proof of skill: mini case, demo, post, certification, with a link."""

    kind = models.CharField(_("kind"), max_length=20, choices=ProofKind.choices)
    title = models.CharField(_("title"), max_length=160)
    url = models.URLField(_("link"), blank=True, max_length=500)
    description = models.TextField(_("what it proves"), blank=True)
    skills = models.CharField(_("skills shown"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    applications = models.ManyToManyField(
        "jobs.Application", through="ProofUse", related_name="proofs", blank=True
    )

    class Meta:
        verbose_name = _("proof")
        verbose_name_plural = _("proofs")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class ProofUse(models.Model):
    """A proof attached to an application."""

    proof = models.ForeignKey(ProofItem, on_delete=models.CASCADE, related_name="uses")
    application = models.ForeignKey(
        "jobs.Application", on_delete=models.CASCADE, related_name="proof_uses"
    )

    owner_path = "proof__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint("proof", "application", name="proof_once_per_application")
        ]

    def __str__(self) -> str:
        return f"{self.proof} → {self.application}"
