from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.web.contributions import (
        ExportSection,
    )


class CoachingConfig(AppConfig):
    name = "rebond.coaching"
    label = "coaching"
    verbose_name = _("Coaching")

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.coaching import exporting

        return (exporting.sections,)

    def navigation(self, user: Any) -> Sequence[tuple[str, Any]]:
        """Hosted mode: a coach's caseload, in the menu of coaches only."""
        from rebond.coaching.services import is_coach

        return [("coaching:caseload", _("Caseload"))] if is_coach(user) else []
