from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentKind(models.TextChoices):
    PDF = "pdf", _("PDF")
    DOCX = "docx", _("Word (DOCX)")
    TEXT = "text", _("Plain text")


class ProofKind(models.TextChoices):
    MINI_CASE = "mini_case", _("Mini case study")
    DEMO = "demo", _("Demo")
    POST = "post", _("Post or article")
    CERTIFICATION = "certification", _("Certification")
    PROJECT = "project", _("Project")
    OTHER = "other", _("Other")


class LetterKind(models.TextChoices):
    COVER_LETTER = "cover_letter", _("Cover letter")
    HEADLINE = "headline", _("Profile headline")
    SUMMARY = "summary", _("Profile summary")
    MESSAGE = "message", _("Message or e-mail")
