from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "rebond.network"
    label = "network"
    verbose_name = _("Network")

    def ready(self) -> None:
        # Keep-warm check-ins, informational-interview steps and re-apply windows flow into the
        # one agenda (C5.5) when the plan app provides it.
        try:
            from rebond.plan.agenda import register_agenda_provider
        except ImportError:
            return

        register_agenda_provider("rebond.network.agenda:due_items")  # imported on first use
