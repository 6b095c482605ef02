from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, cast

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.feedback.models import FeedbackItem
    from rebond.web.contributions import (
        AgendaSource,
        ApplicationPanel,
        ExportSection,
        InsightHook,
    )


class FeedbackConfig(AppConfig):
    name = "rebond.feedback"
    label = "feedback"
    verbose_name = _("Feedback loop")

    def ready(self) -> None:
        from rebond.feedback.models import FeedbackItem
        from rebond.trash.services import restored

        restored.connect(_item_restored, sender=FeedbackItem, dispatch_uid="feedback-item-restored")

    def agenda_sources(self) -> Sequence[AgendaSource]:
        # Feedback requests, follow-ups and thank-yous (C5.5).
        from rebond.feedback.services.due import agenda_items

        return (agenda_items,)

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.feedback import exporting

        return (exporting.sections,)

    def insight_hooks(self) -> Mapping[str, InsightHook]:
        from rebond.feedback import insights
        from rebond.feedback.services import strengths_for

        return {
            "recurring_feedback": insights.recurring_points,
            "lessons": insights.lessons,
            "employer_feedback": insights.employer_feedback,
            "strengths": strengths_for,
        }

    def application_panels(self) -> Sequence[ApplicationPanel]:
        from rebond.feedback.templatetags.feedback_tags import feedback_section

        return (("feedback/_application_section.html", feedback_section),)


def _item_restored(sender: object, instance: object, user: object, **kwargs: object) -> None:
    from rebond.feedback.services.items import item_restored

    item_restored(cast("User", user), cast("FeedbackItem", instance))
