"""`rebond funnel | experiment start|status|stop | report weekly|monthly`: the numbers of the
search, experiments and reviews in a terminal (same services as the web pages)."""

from __future__ import annotations

import contextlib
import json
from datetime import date
from pathlib import Path
from typing import Any

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _
from rebond.method import values

DIMENSIONS = values.DIMENSIONS
METRICS = values.METRICS
CHANGES = values.CHANGE_KINDS
KINDS = values.REPORT_KINDS

experiment_app = typer.Typer(
    help="Two-week experiments: one change, compared with the period before.",
    no_args_is_help=True,
)


def _choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    """`value` if allowed; once the person is known (their language), as every check here."""
    if value not in allowed:
        unknown = {
            "dimension": _("unknown dimension %(value)r"),
            "metric": _("unknown metric %(value)r"),
            "change": _("unknown change %(value)r"),
            "report": _("unknown report %(value)r"),
        }[what]
        setup.fail(
            _("%(unknown)s; choose one of: %(choices)s")
            % {"unknown": unknown % {"value": value}, "choices": ", ".join(allowed)}
        )
    return value


def _day(value: str, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        setup.fail(
            _("%(option)s %(value)r: expected YYYY-MM-DD.") % {"option": option, "value": value}
        )
    return None


def _person() -> Any:
    """The person, with their time zone active so "today" is their today."""
    user = setup.person()
    import zoneinfo

    from django.utils import timezone

    with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
        timezone.activate(zoneinfo.ZoneInfo(getattr(user, "time_zone", "") or "UTC"))
    return user


def _json(data: object) -> None:
    setup.out(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _rate(value: float | None) -> str:
    return setup.percent(value)


def funnel(
    by: str = typer.Option("", "--by", help="Break down by: " + ", ".join(DIMENSIONS)),
    since: str = typer.Option("", "--since", help="Applications sent on or after (YYYY-MM-DD)."),
    until: str = typer.Option("", "--until", help="Applications sent on or before (YYYY-MM-DD)."),
    metric: str = typer.Option("answered", "--metric", help="Rank by: " + ", ".join(METRICS)),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """The funnel (sent → answered → interviewed → offered), its weak step, and breakdowns."""
    user = _person()
    if by:
        _choice(by, DIMENSIONS, "dimension")
    _choice(metric, METRICS, "metric")
    since_day, until_day = _day(since, "--since"), _day(until, "--until")
    from rebond.insights import serialise, services
    from rebond.insights.choices import Dimension, Metric

    view = services.funnel_overview(user, since_day, until_day)
    data = by and services.breakdown(user, Dimension(by), Metric(metric), since_day, until_day)
    if as_json:
        body = serialise.funnel_view(view)
        body["breakdown"] = serialise.breakdown(data) if data else None
        _json(body)
        return
    span_ = _("%(level)s range") % {"level": setup.percent(0.95)}
    step_, count, rate = (_("Step"), _("Count"), _("Rate"))
    lines = [f"{step_.upper():24} {count.upper():>8}  {rate.upper():>5}  {span_.upper()}"]
    for label, step in view.labelled_steps:
        c = step.conversion
        span = f"{_rate(c.low):>5} – {_rate(c.high):>5}" if c else ""
        caution = "  (" + _("too few to conclude") + ")" if step.small_sample and c else ""
        lines.append(
            f"{label[:24]:24} {setup.number(step.count):>8}  "
            f"{_rate(c.rate if c else None):>5}  {span}{caution}"
        )
    lines += ["", view.bottleneck.sentence]
    if data:
        heads = (_("Sent"), _("Hits"), _("Raw"), _("Estimate"))
        sent, hits, raw, estimate = (h.upper() for h in heads)
        lines += [
            "",
            f"{'#':>2}  {Dimension(by).label.upper()[:24]:24} {sent:>8} {hits:>8} {raw:>5} "
            f"{estimate:>11}",
        ]
        for row in data.rows:
            s = row.score
            flag = "  (" + _("few") + ")" if s.small_sample else ""
            lines.append(
                f"{s.rank:>2}  {row.label[:24]:24} {setup.number(s.trials):>8} "
                f"{setup.number(s.successes):>8} {_rate(s.raw_rate):>5} "
                f"{_rate(s.shrunk_rate):>11}{flag}"
            )
    setup.say("\n".join(lines))


def _show(evaluation: Any) -> str:
    """An experiment's line and verdict, in the language spoken."""
    e = evaluation.experiment
    overlap = (
        "  ["
        + _("overlaps %(ids)s") % {"ids": ", ".join(f"#{o.pk}" for o in evaluation.overlaps_with)}
        + "]"
        if evaluation.overlaps_with
        else ""
    )
    status = {"planned": _("planned"), "running": _("running"), "finished": _("finished")}
    head = (
        f"#{e.pk} {e.title} ({setup.day(e.start)} → {setup.day(e.last_day)}, "
        f"{status.get(evaluation.status, evaluation.status)}){overlap}"
    )
    if evaluation.verdict is None:
        return head + "\n    " + _("starts on %(day)s") % {"day": setup.day(e.start)}
    return head + "\n    " + evaluation.verdict.sentence


@experiment_app.command("start")
def experiment_start(
    title: str = typer.Argument(..., help="A short name."),
    hypothesis: str = typer.Option(..., "--hypothesis", help="What you expect, and why."),
    change: str = typer.Option("other", "--change", help=", ".join(CHANGES)),
    detail: str = typer.Option("", "--detail", help="Details of the one change."),
    metric: str = typer.Option("answered", "--metric", help=", ".join(METRICS)),
    start: str = typer.Option("", "--start", help="First day (YYYY-MM-DD; default today)."),
    end: str = typer.Option("", "--end", help="Last day (default: two weeks)."),
) -> None:
    """Define an experiment; the baseline is the same length just before it."""
    user = _person()
    _choice(change, CHANGES, "change")
    _choice(metric, METRICS, "metric")
    start_day, end_day = _day(start, "--start"), _day(end, "--end")
    from django.utils import timezone

    from rebond.insights import services

    try:
        experiment = services.create_experiment(
            user,
            title=title,
            hypothesis=hypothesis,
            change=change,
            change_detail=detail,
            metric=metric,
            start=start_day or timezone.localdate(),
            end=end_day,
        )
    except services.ExperimentError as exc:
        setup.fail(str(exc))
    evaluation = services.evaluate(user, experiment, timezone.localdate())
    setup.say(_show(evaluation))
    if evaluation.overlaps_with:
        setup.say("    " + _("Careful: two changes at once mix their effects."))


@experiment_app.command("status")
def experiment_status(
    experiment_id: int = typer.Argument(None, help="One experiment (default: all)."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """Each experiment's status and verdict (or how many more applications it needs)."""
    user = _person()
    from django.utils import timezone

    from rebond.insights import serialise, services

    evaluations = services.evaluate_all(user, timezone.localdate())
    if experiment_id is not None:
        evaluations = [e for e in evaluations if e.experiment.pk == experiment_id]
        if not evaluations:
            setup.fail(_("no experiment #%(id)s.") % {"id": experiment_id})
    if as_json:
        _json([serialise.evaluation(e) for e in evaluations])
        return
    setup.say("\n".join(_show(e) for e in evaluations) or _("No experiment yet."))


@experiment_app.command("stop")
def experiment_stop(experiment_id: int = typer.Argument(..., help="The experiment.")) -> None:
    """Stop a running experiment today; the verdict uses the data so far."""
    user = _person()
    from django.utils import timezone

    from rebond.insights import services
    from rebond.insights.models import Experiment

    experiment = Experiment.objects.for_user(user).filter(pk=experiment_id).first()
    if experiment is None:
        setup.fail(_("no experiment #%(id)s.") % {"id": experiment_id})
    today = timezone.localdate()
    try:
        services.stop_experiment(experiment, today)
    except services.ExperimentError as exc:
        setup.fail(str(exc))
    setup.say(_show(services.evaluate(user, experiment, today)))


def report(
    kind: str = typer.Argument(..., help="weekly or monthly"),
    day: str = typer.Option("", "--day", help="A day in the period (default: today)."),
    pdf: Path = typer.Option(None, "--pdf", help="Write the review as a PDF file."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """The weekly or monthly review: what was done, funnel, experiments (text, JSON or PDF)."""
    user = _person()
    _choice(kind, KINDS, "report")
    chosen = _day(day, "--day")
    from django.template.loader import render_to_string
    from django.utils import timezone

    from rebond.insights import serialise, services

    today = timezone.localdate()
    data = services.review(user, kind, chosen or today, today)
    if pdf:
        html = render_to_string("insights/report_pdf.html", {"report": data})
        pdf.write_bytes(services.report_pdf(html))
        setup.say(_("Wrote %(file)s") % {"file": pdf})
        return
    if as_json:
        _json(serialise.report(data))
        return
    lines = [f"{data.title}: {setup.day(data.start)} → {setup.day(data.end)}", ""]
    lines += [f"  {label}: {setup.number(count)}" for label, count in data.activity]
    lines += ["", data.now.bottleneck.sentence]
    for item in data.experiments:
        lines += ["", _show(item)]
    for title, items in ((_("Lessons"), data.lessons), (_("Next objectives"), data.objectives)):
        if items:
            lines += ["", _("%(title)s:") % {"title": title}] + [f"  - {item}" for item in items]
    setup.say("\n".join(lines))


def register(app: typer.Typer) -> None:
    app.command()(funnel)
    app.add_typer(experiment_app, name="experiment")
    app.command()(report)
