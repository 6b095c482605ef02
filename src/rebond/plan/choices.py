"""Enumerations of the plan (C5). Values match `rebond.method.plan` and the playbook's ids."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Axis(models.TextChoices):
    SKILLS = "skills", _("Skills")
    PERSONAL_BRANDING = "personal_branding", _("Personal branding")
    SEARCH_STRATEGY = "search_strategy", _("Search strategy")
    WELLBEING = "wellbeing", _("Wellbeing")


class Theme(models.TextChoices):
    TECHNICAL = "technical", _("Technical")
    BUSINESS = "business", _("Business")
    BEHAVIOURAL = "behavioural", _("Behavioural")
    CONTEXT = "context", _("Context")
    WELLBEING = "wellbeing", _("Wellbeing")


class ActionStatus(models.TextChoices):
    TODO = "todo", _("To do")
    DOING = "doing", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")

    @classmethod
    def open(cls) -> list["ActionStatus"]:
        return [cls.TODO, cls.DOING]


class Cadence(models.TextChoices):
    WEEKLY = "weekly", _("Weekly review")
    MONTHLY = "monthly", _("Monthly review")
    QUARTERLY = "quarterly", _("Quarterly milestone")


class RoutineBlock(models.TextChoices):
    """The daily routine's blocks (`[plan_routine]` ids of the playbook)."""

    SOURCING = "sourcing", _("Targeted sourcing")
    CONNECTING = "connecting", _("Reaching out and networking")
    IMPROVING_TOOLS = "improving_tools", _("Improving CV, profile or portfolio")
    MOVEMENT = "movement", _("Movement")
    SLEEP = "sleep", _("Bedtime kept")
    MINDFULNESS = "mindfulness", _("Mindfulness")


class LessonDimension(models.TextChoices):
    """The feedback checklist's dimensions a lesson can point at (feedback.toml names)."""

    SKILLS = "skills", _("Key skills")
    TECHNICAL = "technical", _("Technical precision")
    RESULTS = "results", _("Quantified results")
    EXAMPLES = "examples", _("Concrete examples")
    CULTURE = "culture", _("Culture fit")
    NONVERBAL = "nonverbal", _("Non-verbal")
    CONCISION = "concision", _("Concision")
    PITCH = "pitch", _("Opening pitch")
    QUESTIONS = "questions", _("Questions asked")
    MOTIVATION = "motivation", _("Motivation and sector knowledge")
    SENIORITY = "seniority", _("Seniority")
    CONTEXT = "context", _("Context")


class AlternativePath(models.TextChoices):
    """`[plan_alternatives]` ids of the playbook (C5.4)."""

    FREELANCE = "freelance", _("Freelance missions")
    CERTIFICATION = "certification", _("Recognised certification")
    STRATEGIC_VOLUNTEERING = "strategic_volunteering", _("Strategic volunteering")
    FLEXIBLE_FORMATS = "flexible_formats", _("Interim, consulting or umbrella company")
    PERSONAL_PROJECT = "personal_project", _("Personal project")
    ENTREPRENEURIAL_PLAN_B = "entrepreneurial_plan_b", _("Entrepreneurial plan B")
