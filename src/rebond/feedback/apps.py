from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "rebond.feedback"
    label = "feedback"
    verbose_name = _("Feedback loop")

    def ready(self) -> None:
        # Feedback requests, follow-ups and thank-yous join the one agenda (C5.5).
        try:
            from rebond.plan.agenda import register_agenda_provider
        except ImportError:
            return

        register_agenda_provider(
            "rebond.feedback.services.due:agenda_items"
        )  # imported on first use
