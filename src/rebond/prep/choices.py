"""Enumerations of interview preparation (C7)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PitchKind(models.TextChoices):
    PITCH = "pitch", _("Opening pitch")
    VALUE_PROPOSITION = "value_proposition", _("Value proposition")


class QuestionSource(models.TextChoices):
    COMMON = "common", _("Common question")
    PAST = "past", _("Asked in a past interview")
    TROUBLE = "trouble", _("Caused trouble before")
    REJECTION = "rejection", _("Your last rejection")


class TranscriptFormat(models.TextChoices):
    VTT = "vtt", "WebVTT"
    SRT = "srt", "SRT"
    TEXT = "text", _("Pasted text")


class Material(models.TextChoices):
    """Things to have at hand before an interview (C7.5)."""

    PORTFOLIO = "portfolio", _("Portfolio or examples of work")
    FIGURES = "figures", _("Key figures of my results")
    CV = "cv", _("The CV I sent")
    QUESTIONS = "questions", _("My questions to ask, written down")
    LOGISTICS = "logistics", _("Link, address or phone number checked")
