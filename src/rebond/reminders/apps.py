from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    name = "rebond.reminders"
    label = "reminders"
    verbose_name = _("Reminders")

    def ready(self) -> None:
        from rebond.coaching import signals
        from rebond.reminders import notices

        signals.comment_posted.connect(notices.comment_posted, dispatch_uid="reminders-comment")
        signals.proposal_made.connect(notices.proposal_made, dispatch_uid="reminders-proposal")
