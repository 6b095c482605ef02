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
        """Hosted mode: a coach's caseload and its interviews, first in the menu of coaches."""
        from rebond.coaching.services import is_coach

        if not is_coach(user):
            return []
        return [("coaching:caseload", _("Caseload")), ("coaching:interviews", _("Interviews"))]

    def landing(self, user: Any) -> str | None:
        """A coach's home page is the caseload."""
        from rebond.coaching.services import is_coach

        return "coaching:caseload" if is_coach(user) else None
