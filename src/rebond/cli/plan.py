"""`rebond plan | done | review | ics | today`: the action plan, its reviews and the agenda in a
terminal (same services as the web pages)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import typer

from rebond.cli import setup
from rebond.method import values

CADENCES = values.CADENCES


def _person() -> Any:
    """The person, with their time zone active so "today" is their today."""
    user = setup.person()
    import zoneinfo

    from django.utils import timezone

    with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
        timezone.activate(zoneinfo.ZoneInfo(getattr(user, "time_zone", "") or "UTC"))
    return user


def plan(
    show_all: bool = typer.Option(False, "--all", help="Include done and dropped actions."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """List the plan's actions (open ones by default), soonest due first."""
    user = _person()
    from rebond.plan import serialise, services

    rows = list(services.actions(user, status="" if show_all else "open"))
    if as_json:
        setup.out(json.dumps([serialise.action(a) for a in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        setup.out("No action in the plan yet.")
        return
    lines = [f"{'ID':>5}  {'DUE':10}  {'STATUS':7}  {'AXIS':17}  ACTION (TARGET)"]
    for a in rows:
        due = a.due_on.isoformat() if a.due_on else "–"
        target = f" ({a.target})" if a.target else ""
        lines.append(f"{a.pk:>5}  {due:10}  {a.status:7}  {a.axis:17}  {a.title}{target}")
    setup.out("\n".join(lines))


def done(
    action_id: int = typer.Argument(..., help="The action's id (see `rebond plan`)."),
    evidence: str = typer.Option(..., "--evidence", help="What shows it is done."),
) -> None:
    """Mark an action done, with the evidence that closes it."""
    user = _person()
    from rebond.plan import services
    from rebond.plan.models import Action

    action = Action.objects.for_user(user).filter(pk=action_id).first()
    if action is None:
        setup.fail(f"no action #{action_id}.")
    try:
        services.complete_action(action, evidence=evidence)
    except ValueError as exc:
        setup.fail(str(exc))
    setup.out(f"Done: #{action.pk} {action.title}")


def review(
    cadence: str = typer.Argument(..., help="weekly, monthly or quarterly"),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Print this period's review, pre-filled from the data, as Markdown."""
    if cadence not in CADENCES:
        setup.fail(f"unknown review {cadence!r}; choose one of: {', '.join(CADENCES)}")
    user = _person()
    from django.utils import timezone

    from rebond.plan import reviews, serialise

    day = timezone.localdate()
    draft = reviews.draft(user, cadence, day, day)
    if as_json:
        setup.out(json.dumps(serialise.draft(draft), ensure_ascii=False, indent=2, default=str))
        return
    setup.out(reviews.as_markdown(draft))


def ics(
    base_url: str = typer.Option(
        "http://127.0.0.1:8000/", "--base-url", help="Address of the server, for links."
    ),
) -> None:
    """Write the agenda as an iCalendar file to standard output: `rebond ics > plan.ics`."""
    import sys

    user = _person()
    from django.utils import timezone

    from rebond.plan import feed

    body = feed.calendar(user, timezone.now(), timezone.get_current_timezone_name(), base_url)
    sys.stdout.buffer.write(body)
    sys.stdout.flush()


def today(as_json: bool = typer.Option(False, "--json", help="JSON output.")) -> None:
    """What is due today and overdue, the next best action, mood and the funnel in one line."""
    user = _person()
    from django.utils import timezone

    from rebond.plan import serialise
    from rebond.plan.today import as_text
    from rebond.plan.today import today as today_data

    data = today_data(user, timezone.now(), timezone.get_current_timezone_name())
    if as_json:
        setup.out(json.dumps(serialise.today(data), ensure_ascii=False, indent=2))
        return
    setup.out(as_text(data))


def register(app: typer.Typer) -> None:
    app.command()(plan)
    app.command()(done)
    app.command()(review)
    app.command()(ics)
    app.command()(today)
