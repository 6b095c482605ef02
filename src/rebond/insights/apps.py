from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.web.contributions import (
        ExportSection,
    )


class InsightsConfig(AppConfig):
    name = "rebond.insights"
    label = "insights"
    verbose_name = _("Insights")

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.insights import exporting

        return (exporting.sections,)
