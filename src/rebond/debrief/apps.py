from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.web.contributions import (
        AgendaSource,
        ApplicationPanel,
        ExportSection,
        InsightHook,
    )


class DebriefConfig(AppConfig):
    name = "rebond.debrief"
    label = "debrief"
    verbose_name = _("Debrief and confidence")

    def agenda_sources(self) -> Sequence[AgendaSource]:
        # Unfinished debriefs, once their cool-down is over (C5.5).
        from rebond.debrief.agenda import agenda_items

        return (agenda_items,)

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.debrief import exporting

        return (exporting.sections,)

    def insight_hooks(self) -> Mapping[str, InsightHook]:
        from rebond.debrief.insights import mood_series
        from rebond.debrief.services import assets_for, troubled_questions_for

        return {
            "mood": mood_series,
            "assets": assets_for,
            "troubled_questions": troubled_questions_for,
        }

    def application_panels(self) -> Sequence[ApplicationPanel]:
        from rebond.debrief.templatetags.debrief_tags import debrief_offer

        return (("debrief/_offer.html", debrief_offer),)
