"""Enumerations of the feedback loop (C3). Values match `rebond.method.feedback` and `messages`."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SourceKind(models.TextChoices):
    RECRUITER = "recruiter", _("Recruiter")
    HIRING_MANAGER = "hiring_manager", _("Hiring manager")
    MENTOR = "mentor", _("Mentor")
    MOCK_INTERVIEW = "mock_interview", _("Mock interview")
    SELF = "self", _("Self-assessment")


class Theme(models.TextChoices):
    TECHNICAL = "technical", _("Technical")
    BUSINESS = "business", _("Business")
    BEHAVIOURAL = "behavioural", _("Behavioural")
    CONTEXT = "context", _("Context")


class Dimension(models.TextChoices):
    SKILLS = "skills", _("Key skills")
    EXAMPLES = "examples", _("Concrete examples")
    RESULTS = "results", _("Quantified results")
    CULTURE = "culture", _("Culture fit")
    NONVERBAL = "nonverbal", _("Non-verbal")
    CONCISION = "concision", _("Concision")
    PITCH = "pitch", _("Opening pitch")
    TECHNICAL = "technical", _("Technical precision")
    QUESTIONS = "questions", _("Questions asked")
    MOTIVATION = "motivation", _("Motivation and sector knowledge")
    SENIORITY = "seniority", _("Seniority")
    CONTEXT = "context", _("Context")


class Polarity(models.TextChoices):
    STRENGTH = "strength", _("Strength")
    WEAKNESS = "weakness", _("To improve")
    NEUTRAL = "neutral", _("Neutral")


class Nature(models.TextChoices):
    OBJECTIVE = "objective", _("Objective")
    SUBJECTIVE = "subjective", _("Subjective")


class Cause(models.TextChoices):
    STRUCTURAL = "structural", _("Structural")
    IMPROVABLE = "improvable", _("Improvable")


class LabelField(models.TextChoices):
    """The labels a person may correct on a statement."""

    THEME = "theme", _("Theme")
    DIMENSION = "dimension", _("Dimension")
    POLARITY = "polarity", _("Polarity")
    NATURE = "nature", _("Nature")
    CAUSE = "cause", _("Cause")


class MessageKind(models.TextChoices):
    """The rejection-side kinds of `rebond.method.messages.KINDS`."""

    FEEDBACK_REQUEST = "feedback_request", _("Thank-you and feedback request")
    FOLLOW_UP = "follow_up", _("Single follow-up")
    THANKS_NO_FEEDBACK = "thanks_no_feedback", _("Thank-you, even without feedback")
    THANKS_FOR_FEEDBACK = "thanks_for_feedback", _("Thank-you for the feedback")
    STRUCTURED_DEBRIEF = "structured_debrief", _("15-minute debrief request")
    REAPPLY_PERMISSION = "reapply_permission", _("Permission to re-apply")


class MessageStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENT = "sent", pgettext_lazy("a message", "Sent")


class SentVia(models.TextChoices):
    SMTP = "smtp", _("My mail account (SMTP)")
    MAIL_CLIENT = "mail_client", _("My mail program")


class Security(models.TextChoices):
    STARTTLS = "starttls", _("STARTTLS (port 587)")
    SSL = "ssl", _("SSL/TLS (port 465)")
    NONE = "none", _("None (local test server only)")


class Register(models.TextChoices):
    VOUS = "vous", _("Formal (vous)")
    TU = "tu", _("Informal (tu)")


class Lang(models.TextChoices):
    FR = "fr", _("French")
    EN = "en", _("English")


class Doubt(models.TextChoices):
    """What the product is unsure of about a stored statement; the person answers in one click."""

    SURE = "", _("Sure")
    FEEDBACK = "feedback", _("Is this feedback?")
    POLARITY = "polarity", _("Praise or criticism?")


class SetAsideKind(models.TextChoices):
    """Why a piece of a message was not kept as feedback (shown, and reversible)."""

    COURTESY = "courtesy", _("courtesy and standard wording")
    GREETING = "greeting", _("greeting")
    SIGNATURE = "signature", _("signature and contact details")
    QUOTED = "quoted", _("quoted or forwarded message")
    HEADER = "header", _("message headers")
    LEGAL = "legal", _("legal and data-protection notices")
    HEADING = "heading", _("heading")
    SHORT = "short", _("too short to be a point")
    PERSON = "person", _("set aside by you")
