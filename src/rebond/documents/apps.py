from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.web.contributions import (
        ExportSection,
    )


class DocumentsConfig(AppConfig):
    name = "rebond.documents"
    label = "documents"
    verbose_name = _("CV and documents")

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.documents import exporting

        return (exporting.sections,)
