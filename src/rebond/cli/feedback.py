"""`rebond analyze feedback`, `rebond feedback add`, `rebond due`: the feedback loop (C3).

Only Typer and the standard library at module level; `analyze feedback` never sets Django up.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _
from rebond.method import values

feedback_app = typer.Typer(
    name="feedback", help="Record feedback you received.", no_args_is_help=True
)
SOURCES = values.FEEDBACK_SOURCES


def analyze_feedback(
    file: Path = typer.Argument(None, help="One statement per line; '-' or nothing: stdin."),
    lang: setup.LangChoice = typer.Option(setup.LangChoice.auto, "--lang", help="auto, fr or en."),
    email: Path = typer.Option(
        None,
        "--email",
        help="Read whole messages instead: an .eml file, or a text file of messages separated "
        "by a line '---'. Prints what is kept as feedback and what is set aside; stores nothing.",
    ),
) -> None:
    """Classify feedback statements and group those that make the same point (JSON Lines)."""
    if email is not None:
        _analyze_messages(email)
        return
    lines = setup.read_text_input(file).splitlines()
    if not lines:
        setup.fail("no input: give a file or pipe one statement per line.")
    from rebond.method.feedback.batch import analyze_lines

    rows = analyze_lines(lines, None if lang == setup.LangChoice.auto else lang.value)
    sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def _analyze_messages(path: Path) -> None:
    from rebond.method.feedback.batch import analyze_messages, eml_text, split_messages

    try:
        raw = path.read_bytes()
    except OSError as exc:
        setup.fail(f"{path}: {exc.strerror or exc}")
    if path.suffix.lower() == ".eml":
        messages = [eml_text(raw)]
    else:
        messages = split_messages(raw.decode("utf-8", errors="replace"))
    if not any(m.strip() for m in messages):
        setup.fail(f"{path}: no message in it.")
    rows = analyze_messages(messages)
    sys.stdout.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


@feedback_app.command("add")
def add(
    application_id: int = typer.Argument(..., help="The application the feedback is about."),
    source: str = typer.Option("recruiter", "--source", help=f"One of: {', '.join(SOURCES)}."),
    name: str = typer.Option("", "--name", help="Who said it (a name or a role)."),
    received: str = typer.Option("", "--date", help="YYYY-MM-DD; default: today."),
) -> None:
    """Record a pasted e-mail or notes from stdin; prints each statement and its labels."""
    user = setup.person()
    if source not in SOURCES:
        setup.fail(
            _("unknown source %(value)r; choose one of: %(choices)s")
            % {"value": source, "choices": ", ".join(SOURCES)}
        )
    try:
        day = date.fromisoformat(received) if received else None
    except ValueError:
        setup.fail(_("--date: %(value)r is not a YYYY-MM-DD date.") % {"value": received})
    text = sys.stdin.read()
    from rebond.feedback import services
    from rebond.jobs.models import Application

    application = Application.objects.for_user(user).filter(pk=application_id).first()
    if application is None:
        setup.fail(_("no application #%(id)s.") % {"id": application_id})
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
    setup.say(_report(item))  # in the person's language: `setup.person` chose it


def _report(item: Any) -> str:
    """What `feedback add` kept (with labels and questions) and set aside, in the person's
    language."""
    from rebond.feedback.choices import Doubt

    statements = list(item.statements.order_by("position"))
    lines = []
    if statements:
        lines.append(_("Kept as feedback (%(n)s):") % {"n": len(statements)})
    for s in statements:
        labels = ", ".join(
            str(v)
            for v in (
                s.get_polarity_display(),
                s.get_dimension_display(),
                s.get_cause_display() if s.cause else "",
            )
            if v
        )
        question = f" [{Doubt(s.doubt).label}]" if s.doubt else ""
        lines.append(f"- {s.text}\n  {labels}{question}")
    if item.set_aside:
        lines.append(_("Set aside (%(n)s):") % {"n": len(item.set_aside)})
    for piece in item.set_aside_pieces:
        text = " / ".join(piece["text"].splitlines())
        lines.append(f"- [{piece['reason']}] {text[:160]}")
    if not statements:
        lines.append(
            _("No feedback in this message: recorded as a rejection without feedback (#%(pk)s).")
            % {"pk": item.pk}
        )
    else:
        lines.append(_("Recorded feedback #%(pk)s.") % {"pk": item.pk})
    return "\n".join(lines)


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
        setup.say(_("Nothing due."))
    from django.utils import timezone

    from rebond.feedback.choices import MessageKind

    kinds = dict(MessageKind.choices)
    with timezone.override(zone):  # the person's own hours
        for d in found:
            when = setup.moment(d.item.due_at)
            if d.item.window_end:
                end = setup.moment(d.item.window_end)
                when = _("%(start)s until %(end)s") % {"start": when, "end": end}
            late = " (" + _("late") + ")" if d.overdue else ""
            setup.say(
                f"{when}{late}  {kinds.get(d.item.kind, d.item.kind)}  "
                f"#{d.application.pk} {d.application.role} — {d.application.company.name}"
            )


def register(app: typer.Typer) -> None:
    app.add_typer(feedback_app)
    app.command("due")(due)
