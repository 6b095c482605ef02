from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlanConfig(AppConfig):
    name = "rebond.plan"
    label = "plan"
    verbose_name = _("Action plan")

    def ready(self) -> None:
        from rebond.plan import agenda_sources

        agenda_sources.register()
