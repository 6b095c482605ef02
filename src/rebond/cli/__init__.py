"""The `rebond` command. Command modules import only Typer and the standard library at module
level: Django and the language models load inside the commands that need them."""

from __future__ import annotations

import typer

from rebond.cli import analyze, contacts, documents, feedback, insights, prep, server, tracker
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


def main() -> None:
    app()
