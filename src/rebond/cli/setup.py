"""Set Django up lazily, for the commands that touch data."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rebond.accounts.models import User


def django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rebond.settings")
    import django as _django
    from django.core.exceptions import ImproperlyConfigured

    try:
        _django.setup()
    except ImproperlyConfigured as exc:
        fail(f"configuration error: {exc}")


def migrate(verbosity: int = 0) -> None:
    """Apply pending migrations, one process at a time (a server and a command may start
    together on the first run)."""
    from django.conf import settings
    from django.core.management import call_command

    if _all_applied_fast() or not _pending_migrations():
        return  # the common case: the quick check costs a few ms, a full `migrate` run over 1 s
    with _data_dir_lock(settings.DATA_DIR):
        call_command("migrate", interactive=False, verbosity=verbosity)


def _all_applied_fast() -> bool:
    """True when every migration file on disk is recorded as applied: one query and a listing
    of the migrations folders, without importing them (loading the graph costs ~0.15 s).
    Anything unusual (no table yet, custom migration modules) answers False: the full check."""
    from django.apps import apps
    from django.conf import settings
    from django.db import DatabaseError
    from django.db.migrations.recorder import MigrationRecorder

    if getattr(settings, "MIGRATION_MODULES", None):
        return False
    on_disk: set[tuple[str, str]] = set()
    for config in apps.get_app_configs():
        folder = Path(config.path) / "migrations"
        if folder.is_dir():
            on_disk.update(
                (config.label, entry.stem)
                for entry in folder.iterdir()
                if entry.suffix == ".py" and not entry.name.startswith(("_", "~", "."))
            )
    try:
        applied = set(MigrationRecorder.Migration.objects.values_list("app", "name"))
    except DatabaseError:
        return False
    return on_disk <= applied


def _pending_migrations() -> bool:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


@contextmanager
def _data_dir_lock(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".migrate.lock", "w") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: one process per data folder is the norm there
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def person() -> User:
    """The person the CLI acts for: the local user (local mode) or REBOND_USER (hosted).

    From here on the command speaks the person's chosen language (the language policy,
    `rebond.accounts.language`): no interface is looking, so Django's default would not do."""
    django()
    migrate()
    from django.contrib.auth import get_user_model

    from rebond.accounts.services import local_user

    username = os.environ.get("REBOND_USER")
    if not username:
        return _speaking_to(local_user())
    user = get_user_model().objects.filter(username=username).first()
    if user is None:  # nobody to speak to yet: the product's default language
        fail(gettext("REBOND_USER=%(name)r: no such account.") % {"name": username})
    return _speaking_to(user)


def _speaking_to(user: User) -> User:
    import click

    from rebond.accounts.language import speak_to, speaking_to

    context = click.get_current_context(silent=True)
    if context is None:
        speak_to(user)
    else:  # until the command ends (and no further: tests run many commands in one process)
        context.with_resource(speaking_to(user))
    return user


class LangChoice(StrEnum):
    """The `--lang` option of the text-analysis commands."""

    auto = "auto"
    fr = "fr"
    en = "en"


def read_text_input(file: Path | None) -> str:
    """A command's text input: FILE (UTF-8 with or without BOM, else cp1252), or stdin."""
    if file is None or str(file) == "-":
        return sys.stdin.read()
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        fail(f"{file}: no such file.")
    except UnicodeDecodeError:
        return file.read_bytes().decode("cp1252", errors="replace")
    except OSError as exc:
        fail(f"{file}: {exc.strerror or exc}")
    return ""


def fail(message: str, code: int = 2) -> NoReturn:
    """Stop with a message on standard error (French spacing when French is spoken)."""
    typer.echo(f"rebond: {_typeset(message)}", err=True)
    raise typer.Exit(code)


def out(text: str) -> None:
    """Write text as it is: JSON, Markdown or files' contents (see `say` for sentences)."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def say(text: str) -> None:
    """Write text for the person in the language spoken (French spacing when French)."""
    out(_typeset(text))


def _typeset(text: str) -> str:
    if "django.conf" not in sys.modules:  # a text-only command: Django stays out of it
        return text
    from django.conf import settings

    if not settings.configured:
        return text
    from rebond.web import typography

    return typography.text(text)


# What the person reads goes through Django's gettext, imported only when a command runs (the
# command modules load Typer and the standard library only). `makemessages` finds the msgids:
# the command modules import these as `_` and `ngettext`.


def gettext(message: str) -> str:
    from django.utils.translation import gettext as translate

    return translate(message)


def ngettext(singular: str, plural: str, number: int) -> str:
    from django.utils.translation import ngettext as translate

    return translate(singular, plural, number)


def day(value: Any) -> str:
    """A date (or a moment, in the active time zone) as the language writes it: 2 mars 2026,
    2 Mar 2026; a dash when there is none."""
    if not value:
        return "–"
    from datetime import datetime

    from django.utils import timezone
    from django.utils.formats import date_format

    if isinstance(value, datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
        value = value.date()
    return date_format(value, "DAY_MONTH_YEAR_FORMAT")


def moment(value: Any) -> str:
    """A moment in the active time zone: its day as `day` writes it, and the time (09:00)."""
    from django.utils import timezone

    local = timezone.localtime(value)
    return f"{day(local.date())} {local:%H:%M}"


def number(value: float, digits: int | None = None) -> str:
    """A number as the language spoken writes it: 3,5 and 10 000 in French, 3.5 and 10,000 in
    English."""
    from django.utils.formats import number_format

    return number_format(value, digits, force_grouping=True)


def percent(rate: float | None) -> str:
    """A rate as a whole percentage in the language spoken (12 %, 12%); a dash when none."""
    if rate is None:
        return "–"
    from rebond.accounts.language import playbook_lang
    from rebond.method.funnel.settings import format_percent

    return format_percent(rate, playbook_lang())
