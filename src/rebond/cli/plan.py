"""`rebond plan | done | review | ics | today`: the action plan, its reviews and the agenda in a
terminal (same services as the web pages)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _
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
        setup.say(_("No action in the plan yet."))
        return
    heads = (_("ID"), _("Due on"), _("Status"), _("Axis"), _("Action (target)"))
    id_, due, status, axis, action = (h.upper() for h in heads)
    lines = [f"{id_:>5}  {due:12}  {status:10}  {axis:24}  {action}"]
    for a in rows:
        target = f" ({a.target})" if a.target else ""
        lines.append(
            f"{a.pk:>5}  {setup.day(a.due_on):12}  {a.get_status_display()[:10]:10}  "
            f"{a.get_axis_display()[:24]:24}  {a.title}{target}"
        )
    setup.say("\n".join(lines))


def done(
    action_id: int = typer.Argument(..., help="The action's id (see `rebond plan`)."),
    evidence: str = typer.Option(..., "--evidence", help="What shows it is done."),
) -> None:
    """Mark an action done, with the evidence that closes it."""
    user = _person()
    if not evidence.strip():
        setup.fail(_("Say what shows it is done."))
    from rebond.plan import services
    from rebond.plan.models import Action

    action = Action.objects.for_user(user).filter(pk=action_id).first()
    if action is None:
        setup.fail(_("no action #%(id)s.") % {"id": action_id})
    try:
        services.complete_action(action, evidence=evidence)
    except ValueError as exc:
        setup.fail(str(exc))
    setup.say(_("Done: #%(id)s %(title)s") % {"id": action.pk, "title": action.title})


def review(
    cadence: str = typer.Argument(..., help="weekly, monthly or quarterly"),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Print this period's review, pre-filled from the data, as Markdown."""
    user = _person()
    if cadence not in CADENCES:
        setup.fail(
            _("unknown review %(value)r; choose one of: %(choices)s")
            % {"value": cadence, "choices": ", ".join(CADENCES)}
        )
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
