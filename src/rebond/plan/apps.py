from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.web.contributions import (
        AgendaSource,
        ExportSection,
        InsightHook,
    )


class PlanConfig(AppConfig):
    name = "rebond.plan"
    label = "plan"
    verbose_name = _("Action plan")

    def agenda_sources(self) -> Sequence[AgendaSource]:
        from rebond.plan import agenda_sources as sources

        return (sources.actions, sources.reviews, sources.routine, sources.reapply)

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.plan import exporting

        return (exporting.sections,)

    def insight_hooks(self) -> Mapping[str, InsightHook]:
        from rebond.plan import insights

        return {"plan_progress": insights.progress, "next_objectives": insights.next_objectives}
