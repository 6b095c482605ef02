from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DebriefConfig(AppConfig):
    name = "rebond.debrief"
    label = "debrief"
    verbose_name = _("Debrief and confidence")
