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
        """Hosted mode: a coach's caseload and its interviews, first in the menu of coaches; a
        coach-only account's whole menu (coaching/own_search.py)."""
        from rebond.coaching.own_search import menu_role

        role = menu_role(user)
        if not role.coaches:
            return []
        entries = [("coaching:caseload", _("Caseload")), ("coaching:interviews", _("Interviews"))]
        if role.coach_only:
            entries += [
                ("coaching:organisation", _("Organisation")),
                ("coaching:report-home", _("Reports")),
            ]
        return entries

    def has_own_search(self, user: User) -> bool:
        """A coach-only account keeps no job search of its own: no job seeker's pages in its
        menu until it starts one."""
        from rebond.coaching.own_search import coach_only

        return not coach_only(user)

    def account_menu(self, user: User) -> Sequence[tuple[str, Any]]:
        """A coach-only account can start a job search of its own from the account menu."""
        from rebond.coaching.own_search import coach_only

        return [("coaching:own-search", _("Start my own job search"))] if coach_only(user) else []

    def landing(self, user: User) -> str | None:
        """A coach's home page is the caseload."""
        from rebond.coaching.own_search import menu_role

        return "coaching:caseload" if menu_role(user).coaches else None
