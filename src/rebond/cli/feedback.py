"""`rebond analyze feedback`, `rebond feedback add`, `rebond due`: the feedback loop (C3).

Only Typer and the standard library at module level; `analyze feedback` never sets Django up.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import typer

from rebond.cli import setup

feedback_app = typer.Typer(
    name="feedback", help="Record feedback you received.", no_args_is_help=True
)
SOURCES = ("recruiter", "hiring_manager", "mentor", "mock_interview", "self")


def analyze_feedback(
    file: Path = typer.Argument(None, help="One statement per line; '-' or nothing: stdin."),
    lang: setup.LangChoice = typer.Option(setup.LangChoice.auto, "--lang", help="auto, fr or en."),
) -> None:
    """Classify feedback statements and group those that make the same point (JSON Lines)."""
    lines = setup.read_text_input(file).splitlines()
    if not lines:
        setup.fail("no input: give a file or pipe one statement per line.")
    from rebond.method.feedback_batch import analyze_lines

    rows = analyze_lines(lines, None if lang == setup.LangChoice.auto else lang.value)
    sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


@feedback_app.command("add")
def add(
    application_id: int = typer.Argument(..., help="The application the feedback is about."),
    source: str = typer.Option("recruiter", "--source", help=f"One of: {', '.join(SOURCES)}."),
    name: str = typer.Option("", "--name", help="Who said it (a name or a role)."),
    received: str = typer.Option("", "--date", help="YYYY-MM-DD; default: today."),
) -> None:
    """Record a pasted e-mail or notes from stdin; prints each statement and its labels."""
    if source not in SOURCES:
        setup.fail(f"unknown source {source!r}; choose one of: {', '.join(SOURCES)}")
    try:
        day = date.fromisoformat(received) if received else None
    except ValueError:
        setup.fail(f"--date: {received!r} is not a YYYY-MM-DD date.")
    text = sys.stdin.read()
    user = setup.person()
    from rebond.feedback import services
    from rebond.jobs.models import Application

    application = Application.objects.for_user(user).filter(pk=application_id).first()
    if application is None:
        setup.fail(f"no application #{application_id}.")
    try:
        item = services.add_feedback(
            user,
            text=text,
            source_kind=source,
            source_name=name,
            received_on=day,
            application=application,
        )
    except services.FeedbackInputError as exc:
        setup.fail(str(exc))
    for s in item.statements.all():
        cause = f", {s.cause}" if s.cause else ""
        setup.out(f"- {s.text}\n  {s.polarity}, {s.theme}/{s.dimension}, {s.nature}{cause}")
    setup.out(f"Recorded feedback #{item.pk} ({item.statements.count()} statements).")


def due(
    as_json: bool = typer.Option(False, "--json", help="JSON instead of a table."),
) -> None:
    """Feedback requests, follow-ups and thank-yous due, oldest first."""
    user = setup.person()
    from zoneinfo import ZoneInfo

    from rebond.feedback import services

    zone = ZoneInfo(user.time_zone)
    found = services.due_items(user, datetime.now(UTC), user.time_zone)
    rows = [
        {
            "kind": d.item.kind,
            "application": d.application.pk,
            "role": d.application.role,
            "company": d.application.company.name,
            "due_at": d.item.due_at.astimezone(zone).isoformat(timespec="minutes"),
            "until": d.item.window_end.astimezone(zone).isoformat(timespec="minutes")
            if d.item.window_end
            else None,
            "overdue": d.overdue,
        }
        for d in found
    ]
    if as_json:
        setup.out(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        setup.out("Nothing due.")
    for r in rows:
        late = " (late)" if r["overdue"] else ""
        until = f" until {r['until'][:16].replace('T', ' ')}" if r["until"] else ""
        setup.out(
            f"{r['due_at'][:16].replace('T', ' ')}{until}{late}  {r['kind']:16}  "
            f"#{r['application']} {r['role']} — {r['company']}"
        )


def register(app: typer.Typer) -> None:
    app.add_typer(feedback_app)
    app.command("due")(due)
