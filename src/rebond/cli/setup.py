"""Set Django up lazily, for the commands that touch data."""

from __future__ import annotations

import os
import sys
from typing import Any

import typer


def django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rebond.settings")
    import django as _django
    from django.core.exceptions import ImproperlyConfigured

    try:
        _django.setup()
    except ImproperlyConfigured as exc:
        fail(f"configuration error: {exc}")


def migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


def person() -> Any:
    """The person the CLI acts for: the local user (local mode) or REBOND_USER (hosted)."""
    django()
    migrate()
    from django.contrib.auth import get_user_model

    from rebond.accounts.services import local_user

    username = os.environ.get("REBOND_USER")
    if not username:
        return local_user()
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        fail(f"REBOND_USER={username!r}: no such account.")
    return user


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"rebond: {message}", err=True)
    raise typer.Exit(code)


def out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
