from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskStatus(models.TextChoices):
    """Mirrors django_tasks.TaskResultStatus, stored."""

    READY = "READY", _("Waiting")
    RUNNING = "RUNNING", _("Running")
    FAILED = "FAILED", _("Failed")
    SUCCESSFUL = "SUCCESSFUL", _("Done")
