from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "rebond.feedback"
    label = "feedback"
    verbose_name = _("Feedback loop")

    def ready(self) -> None:
        from rebond.feedback.models import FeedbackItem
        from rebond.trash.services import restored

        restored.connect(_item_restored, sender=FeedbackItem, dispatch_uid="feedback-item-restored")

        # Feedback requests, follow-ups and thank-yous join the one agenda (C5.5).
        try:
            from rebond.plan.agenda import register_agenda_provider
        except ImportError:
            return

        register_agenda_provider(
            "rebond.feedback.services.due:agenda_items"
        )  # imported on first use


def _item_restored(sender: object, instance: object, user: object, **kwargs: object) -> None:
    from rebond.feedback.services.items import item_restored

    item_restored(user, instance)
