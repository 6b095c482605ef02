"""The navigation: one entry per capability that exists; the others are simply absent."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

NAVIGATION = [
    ("plan:today", _("Today")),
    ("jobs:board", _("Board")),
    ("jobs:list", _("Applications")),
    ("debrief:home", _("Debrief")),
    ("feedback:home", _("Feedback")),
    ("plan:home", _("Plan")),
    ("network:home", _("Network")),
    ("prep:home", _("Preparation")),
    ("documents:home", _("CV")),
    ("insights:dashboard", _("Dashboard")),
    ("jobs:companies", _("Companies")),
    ("privacy:home", _("My data")),
]
# Hosted mode only: apps add entries for the person through `AppConfig.navigation(user)`
# (rebond/web/contributions.py), such as a coach's caseload. They come first: they are the
# pages of the person's role (a coach's home page is the caseload). When an app says the person
# keeps no job search of their own (`AppConfig.has_own_search(user)`: a coach-only account),
# the job seeker's pages above leave the menu.


# The account menu of hosted mode (components/account_menu.html), signing out apart; apps add
# entries for the person after these (`AppConfig.account_menu(user)`).
ACCOUNT_MENU = [
    ("account_email", _("E-mail addresses")),
    ("account_change_password", _("Password")),
    ("mfa_index", _("Two-factor authentication")),
    ("usersessions_list", _("Signed-in devices")),
    ("coaching:sharing", _("Sharing with a coach")),
    ("coaching:organisation", _("My organisation")),
    ("reminders:settings", _("Reminders")),
    ("privacy:home", _("My data")),
]

# URLs by (URL configuration, script prefix), then by name: a process reverses each name once.
_LINKS: dict[tuple[str, str], dict[str, str | None]] = {}


def link(name: str) -> str | None:
    """`reverse(name)`, worked out once per process; None for an app that is not installed."""
    from django.conf import settings

    urls = str(get_urlconf() or settings.ROOT_URLCONF)
    links = _LINKS.setdefault((urls, get_script_prefix()), {})
    if name not in links:
        try:
            links[name] = reverse(name)
        except NoReverseMatch:
            links[name] = None
    return links[name]


def _items(request: HttpRequest) -> list[dict[str, object]]:
    from django.conf import settings

    entries = NAVIGATION
    user = getattr(request, "user", None)
    if not settings.LOCAL_MODE and user is not None and user.is_authenticated:
        from rebond.web.contributions import has_own_search, navigation

        entries = navigation(user) + (NAVIGATION if has_own_search(user) else [])
    return [
        {"url": url, "label": label, "current": request.path == url}
        for name, label in entries
        if (url := link(name)) is not None
    ]


def navigation(request: HttpRequest) -> dict[str, object]:
    """The menu, worked out when a template first reads it (never for a fragment without it),
    then once per request however many templates the request renders. Whether the person
    coaches is read again on every request: a membership an admin changes shows at once."""

    def items() -> list[dict[str, object]]:
        made: list[dict[str, object]] | None = getattr(request, "_rebond_navigation", None)
        if made is None:
            made = _items(request)
            setattr(request, "_rebond_navigation", made)  # noqa: B010
        return made

    return {"navigation": SimpleLazyObject(items)}


def _account_items(request: HttpRequest) -> list[dict[str, object]]:
    from rebond.web.contributions import account_menu

    user = getattr(request, "user", None)
    added = account_menu(user) if user is not None and user.is_authenticated else []
    return [
        {"url": url, "label": label}
        for name, label in [*ACCOUNT_MENU, *added]
        if (url := link(name)) is not None
    ]


def hosting(request: HttpRequest) -> dict[str, object]:
    """Whether the page is served by a hosted Rebond (account menu, sign-up links)."""
    from django.apps import apps
    from django.conf import settings

    hosted = not settings.LOCAL_MODE and apps.is_installed("allauth.account")
    context: dict[str, object] = {"hosted_mode": hosted}
    if hosted:

        def signup_open() -> bool:  # called by the template only where it is used
            from allauth.account.adapter import get_adapter

            return bool(get_adapter(request).is_open_for_signup(request))

        context["signup_open"] = signup_open
        context["account_menu"] = SimpleLazyObject(lambda: _account_items(request))
        context["account_logout_url"] = link("account_logout")
    return context
