from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.web.contributions import (
        AgendaSource,
        ExportSection,
    )


class NetworkConfig(AppConfig):
    name = "rebond.network"
    label = "network"
    verbose_name = _("Network")

    def agenda_sources(self) -> Sequence[AgendaSource]:
        # Keep-warm check-ins, informational-interview steps and re-apply windows (C5.5).
        from rebond.network.agenda import due_items

        return (due_items,)

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.network import exporting

        return (exporting.sections,)
