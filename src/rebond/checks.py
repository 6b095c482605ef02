"""System checks with stable ids for configuration a person can get wrong."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def check_configuration(app_configs: Any = None, **kwargs: Any) -> list[Any]:
    problems: list[Any] = []
    engine = str(settings.DATABASES["default"]["ENGINE"])
    if not settings.LOCAL_MODE and "postgresql" not in engine:
        problems.append(
            Error(
                "Hosted mode needs PostgreSQL.",
                id="rebond.E001",
                hint="Set DATABASE_URL=postgres://…",
            )
        )
    if "postgresql" in engine:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            problems.append(
                Error(
                    "DATABASE_URL points to PostgreSQL but psycopg is missing.",
                    id="rebond.E002",
                    hint="pip install 'rebond[postgres]'",
                )
            )
    if not settings.LOCAL_MODE and not settings.FIELD_ENCRYPTION_KEYS:
        problems.append(
            Error(
                "Hosted mode needs REBOND_FIELD_KEYS to encrypt journal texts at rest.",
                id="rebond.E003",
                hint="Make a key with `rebond manage generate_field_key`.",
            )
        )
    if not settings.LOCAL_MODE and not getattr(settings, "TRUSTED_PROXY_COUNT_GIVEN", False):
        problems.append(
            Warning(
                "REBOND_TRUSTED_PROXY_COUNT is not set: behind a reverse proxy every visitor "
                "has the proxy's address, so rate limits lock everyone out at once.",
                id="rebond.W002",
                hint="Set it to the number of proxies in front of Rebond (1 behind one nginx; "
                "0 if clients connect directly). See docs/operations.md.",
            )
        )
    if not any("vendor/htmx" in str(d) for d in settings.STATICFILES_DIRS):
        problems.append(
            Warning(
                "htmx is not installed: pages still work, without in-place updates.",
                id="rebond.W001",
                hint="Run `npm ci` in the checkout.",
            )
        )
    return problems
