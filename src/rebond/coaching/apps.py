from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.web.contributions import ApplicationPanel, ExportSection, PagePanels


class CoachingConfig(AppConfig):
    name = "rebond.coaching"
    label = "coaching"
    verbose_name = _("Coaching")

    def export_sections(self) -> Sequence[ExportSection]:
        from rebond.coaching import exporting

        return (exporting.sections,)

    def application_panels(self) -> Sequence[ApplicationPanel]:
        from rebond.coaching import panels

        return (("coaching/_seeker_threads.html", panels.application_threads),)

    def page_panels(self) -> PagePanels:
        from rebond.coaching import panels

        return {
            "today": (("coaching/_seeker_news.html", panels.today),),
            "plan": (("coaching/_seeker_news.html", panels.plan),),
            "feedback_item": (("coaching/_seeker_threads.html", panels.feedback_item_threads),),
            "plan_action": (("coaching/_seeker_threads.html", panels.plan_action_threads),),
        }

    def navigation(self, user: User) -> Sequence[tuple[str, Any]]:
        """Hosted mode: a coach's caseload and its interviews, first in the menu of coaches."""
        from rebond.coaching.services import is_coach

        if not is_coach(user):
            return []
        return [("coaching:caseload", _("Caseload")), ("coaching:interviews", _("Interviews"))]

    def landing(self, user: User) -> str | None:
        """A coach's home page is the caseload."""
        from rebond.coaching.services import is_coach

        return "coaching:caseload" if is_coach(user) else None
