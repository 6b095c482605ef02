"""The `rebond` command. Command modules import only Typer and the standard library at module
level: Django and the language models load inside the commands that need them."""

from __future__ import annotations

from typing import NoReturn

import typer

from rebond import method_environment
from rebond.cli import analyze, contacts, documents, feedback, insights, prep, server, tracker
from rebond.cli import coaching as coaching_cli
from rebond.cli import debrief as debrief_cli
from rebond.cli import hosted as hosted_cli
from rebond.cli import plan as plan_cli

app = typer.Typer(
    name="rebond",
    help="Rebond: turn a job-interview rejection into a measured plan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: rendering it with rich costs ~0.5 s of imports on every `--help`.
    rich_markup_mode=None,
)
server.register(app)
tracker.register(app)
insights.register(app)
analyze.register(app)
prep.register(app)
documents.register(app)
feedback.register(app)
contacts.register(app)
debrief_cli.register(app)
plan_cli.register(app)
hosted_cli.register(app)
coaching_cli.register(app)


def main() -> NoReturn:
    method_environment.configure()
    try:
        app()
    except SystemExit as stop:
        leave(stop.code)
    leave(0)


def leave(code: object) -> NoReturn:
    """Exit without tearing the interpreter down. Freeing the ~100,000 objects that Django and
    a command loaded costs ~0.15 s of CPU, a fifth of a short command; the process is ending
    anyway. What a normal exit would do that matters still happens first: database
    connections closed, exit handlers run (temporary files removed), logs and output flushed.
    """
    import atexit
    import logging
    import os
    import sys

    if isinstance(code, str):  # sys.exit("message")
        print(code, file=sys.stderr)
        code = 1
    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()
    atexit._run_exitfuncs()
    logging.shutdown()
    status = code if isinstance(code, int) else 0
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`rebond list | head`): nothing to add
            status = status or 1
    os._exit(status)
