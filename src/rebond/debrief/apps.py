from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DebriefConfig(AppConfig):
    name = "rebond.debrief"
    label = "debrief"
    verbose_name = _("Debrief and confidence")

    def ready(self) -> None:
        # Unfinished debriefs appear in the one agenda once their cool-down is over (C5.5).
        from rebond.plan.agenda import register_agenda_provider

        register_agenda_provider("rebond.debrief.agenda:agenda_items")  # imported on first use
