from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.web.contributions import (
        ExportSection,
    )


class PrepConfig(AppConfig):
    name = "rebond.prep"
    label = "prep"
    verbose_name = _("Interview preparation")

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.prep import exporting

        return (exporting.sections,)
