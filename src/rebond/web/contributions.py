"""What an app contributes to the others, declared on its `AppConfig` (issue 20).

A feature app that knows of something due, keeps rows for the export, answers one of the
insights' questions, adds to the menu or to an application's page, says a person keeps no job
search of their own (the job seeker's pages leave the menu), or claims a person's home page
says so with a method of its `AppConfig`. The consumer (the agenda, the export, the
dashboard and reviews, the navigation, the application page, the home page) asks Django's app
registry, so it names no feature app, and the feature app names no consumer: the apps stay
siblings (docs/architecture.md, "App dependencies").

    class DebriefConfig(AppConfig):
        def agenda_sources(self) -> Sequence[AgendaSource]:
            from rebond.debrief.agenda import agenda_items  # imported when the agenda is read

            return (agenda_items,)

Methods rather than attributes: their imports run when the agenda, the export or the dashboard
is first read, not in every command's start-up. The imports are plain ones, so grep, the IDE,
mypy and the dependency guard all see them. Contributions come in `INSTALLED_APPS` order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from django.apps import apps

if TYPE_CHECKING:
    from rebond.accounts.models import User

# source(user, now, tz[, until=None]) -> AgendaEntry rows or the method's DueItems
AgendaSource = Callable[["User", datetime, str], Iterable[Any]]
# sections(user) -> {section name: (columns, rows)}
# Rows: a list, or a query of dicts (read in chunks by rebond.data_export).
ExportSection = Callable[["User"], Mapping[str, tuple[list[str], Iterable[dict[str, Any]]]]]
# One of the questions listed in rebond/insights/hooks.py, by name.
InsightHook = Callable[..., Any]
# panel(context, application) -> the context of `template`, shown on the application's page
ApplicationPanel = tuple[str, Callable[[Any, Any], dict[str, Any]]]
# page name -> panels on that page of the person's own ("today", "plan", "feedback_item")
PagePanels = Mapping[str, Sequence[ApplicationPanel]]
# (URL name, label) entries added to the menu (or the account menu) for this person
NavigationEntries = Callable[["User"], Sequence[tuple[str, Any]]]


@runtime_checkable
class ContributesAgendaSources(Protocol):
    def agenda_sources(self) -> Sequence[AgendaSource]: ...


@runtime_checkable
class ContributesExportSections(Protocol):
    def export_sections(self) -> Sequence[ExportSection]: ...


@runtime_checkable
class ContributesInsightHooks(Protocol):
    def insight_hooks(self) -> Mapping[str, InsightHook]: ...


@runtime_checkable
class ContributesApplicationPanels(Protocol):
    def application_panels(self) -> Sequence[ApplicationPanel]: ...


@runtime_checkable
class ContributesPagePanels(Protocol):
    def page_panels(self) -> PagePanels: ...


@runtime_checkable
class ContributesNavigation(Protocol):
    def navigation(self, user: User) -> Sequence[tuple[str, Any]]: ...


@runtime_checkable
class ContributesOwnSearch(Protocol):
    def has_own_search(self, user: User) -> bool: ...


@runtime_checkable
class ContributesAccountMenu(Protocol):
    def account_menu(self, user: User) -> Sequence[tuple[str, Any]]: ...


@runtime_checkable
class ContributesLanding(Protocol):
    def landing(self, user: User) -> str | None: ...


def agenda_sources() -> list[AgendaSource]:
    return [
        source
        for config in apps.get_app_configs()
        if isinstance(config, ContributesAgendaSources)
        for source in config.agenda_sources()
    ]


def export_sections() -> list[ExportSection]:
    return [
        section
        for config in apps.get_app_configs()
        if isinstance(config, ContributesExportSections)
        for section in config.export_sections()
    ]


def insight_hook(name: str) -> InsightHook | None:
    """The function an installed app offers for question `name`, or None (the first app wins)."""
    for config in apps.get_app_configs():
        if isinstance(config, ContributesInsightHooks):
            hook = config.insight_hooks().get(name)
            if hook is not None:
                return hook
    return None


def application_panels() -> list[ApplicationPanel]:
    return [
        panel
        for config in apps.get_app_configs()
        if isinstance(config, ContributesApplicationPanels)
        for panel in config.application_panels()
    ]


def page_panels(page: str) -> list[ApplicationPanel]:
    """The panels apps add to one page (`{% page_panels "today" %}`), as `application_panels`."""
    return [
        panel
        for config in apps.get_app_configs()
        if isinstance(config, ContributesPagePanels)
        for panel in config.page_panels().get(page, ())
    ]


def navigation(user: User) -> list[tuple[str, Any]]:
    return [
        entry
        for config in apps.get_app_configs()
        if isinstance(config, ContributesNavigation)
        for entry in config.navigation(user)
    ]


def has_own_search(user: User) -> bool:
    """Whether the menu lists the job seeker's own pages: yes, unless an app says the person
    keeps no job search of their own (a coach-only account: the coach's menu only)."""
    return all(
        config.has_own_search(user)
        for config in apps.get_app_configs()
        if isinstance(config, ContributesOwnSearch)
    )


def account_menu(user: User) -> list[tuple[str, Any]]:
    """(URL name, label) entries apps add to the person's account menu (hosted mode)."""
    return [
        entry
        for config in apps.get_app_configs()
        if isinstance(config, ContributesAccountMenu)
        for entry in config.account_menu(user)
    ]


def landing(user: User) -> str | None:
    """The URL name of the person's home page when an app claims it (a coach: the caseload)."""
    for config in apps.get_app_configs():
        if isinstance(config, ContributesLanding) and (name := config.landing(user)):
            return name
    return None
