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
    if value not in allowed:
        setup.fail(f"unknown {what} {value!r}; choose one of: {', '.join(allowed)}")
    return value


def _day(value: str, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        setup.fail(f"{option} {value!r}: expected YYYY-MM-DD.")
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
    return "   –" if value is None else f"{value * 100:3.0f}%"


def funnel(
    by: str = typer.Option("", "--by", help="Break down by: " + ", ".join(DIMENSIONS)),
    since: str = typer.Option("", "--since", help="Applications sent on or after (YYYY-MM-DD)."),
    until: str = typer.Option("", "--until", help="Applications sent on or before (YYYY-MM-DD)."),
    metric: str = typer.Option("answered", "--metric", help="Rank by: " + ", ".join(METRICS)),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """The funnel (sent → answered → interviewed → offered), its weak step, and breakdowns."""
    if by:
        _choice(by, DIMENSIONS, "dimension")
    _choice(metric, METRICS, "metric")
    since_day, until_day = _day(since, "--since"), _day(until, "--until")
    user = _person()
    from rebond.insights import serialise, services
    from rebond.insights.choices import Dimension, Metric

    view = services.funnel_overview(user, since_day, until_day)
    data = by and services.breakdown(user, Dimension(by), Metric(metric), since_day, until_day)
    if as_json:
        body = serialise.funnel_view(view)
        body["breakdown"] = serialise.breakdown(data) if data else None
        _json(body)
        return
    lines = [f"{'STEP':24} {'COUNT':>6}  {'RATE':>5}  95% RANGE"]
    for label, step in view.labelled_steps:
        c = step.conversion
        span = f"{_rate(c.low)} – {_rate(c.high)}" if c else ""
        caution = "  (too few to conclude)" if step.small_sample and c else ""
        lines.append(
            f"{label[:24]:24} {step.count:>6}  {_rate(c.rate if c else None):>5}  {span}{caution}"
        )
    lines += ["", view.bottleneck.sentence]
    if data:
        lines += [
            "",
            f"{'#':>2}  {by.upper()[:24]:24} {'SENT':>5} {'HITS':>5} {'RAW':>5} {'ESTIMATE':>9}",
        ]
        for row in data.rows:
            s = row.score
            flag = "  (few)" if s.small_sample else ""
            lines.append(
                f"{s.rank:>2}  {row.label[:24]:24} {s.trials:>5} {s.successes:>5} "
                f"{_rate(s.raw_rate):>5} {_rate(s.shrunk_rate):>9}{flag}"
            )
    setup.out("\n".join(lines))


def _show(evaluation: Any) -> str:
    e = evaluation.experiment
    overlap = (
        "  [overlaps #" + ", #".join(str(o.pk) for o in evaluation.overlaps_with) + "]"
        if evaluation.overlaps_with
        else ""
    )
    head = f"#{e.pk} {e.title} ({e.start} → {e.last_day}, {evaluation.status}){overlap}"
    if evaluation.verdict is None:
        return head + "\n    starts on " + e.start.isoformat()
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
    _choice(change, CHANGES, "change")
    _choice(metric, METRICS, "metric")
    start_day, end_day = _day(start, "--start"), _day(end, "--end")
    user = _person()
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
    setup.out(_show(evaluation))
    if evaluation.overlaps_with:
        setup.out("    Careful: two changes at once mix their effects.")


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
            setup.fail(f"no experiment #{experiment_id}.")
    if as_json:
        _json([serialise.evaluation(e) for e in evaluations])
        return
    setup.out("\n".join(_show(e) for e in evaluations) or "No experiment yet.")


@experiment_app.command("stop")
def experiment_stop(experiment_id: int = typer.Argument(..., help="The experiment.")) -> None:
    """Stop a running experiment today; the verdict uses the data so far."""
    user = _person()
    from django.utils import timezone

    from rebond.insights import services
    from rebond.insights.models import Experiment

    experiment = Experiment.objects.for_user(user).filter(pk=experiment_id).first()
    if experiment is None:
        setup.fail(f"no experiment #{experiment_id}.")
    today = timezone.localdate()
    try:
        services.stop_experiment(experiment, today)
    except services.ExperimentError as exc:
        setup.fail(str(exc))
    setup.out(_show(services.evaluate(user, experiment, today)))


def report(
    kind: str = typer.Argument(..., help="weekly or monthly"),
    day: str = typer.Option("", "--day", help="A day in the period (default: today)."),
    pdf: Path = typer.Option(None, "--pdf", help="Write the review as a PDF file."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """The weekly or monthly review: what was done, funnel, experiments (text, JSON or PDF)."""
    _choice(kind, KINDS, "report")
    chosen = _day(day, "--day")
    user = _person()
    from django.template.loader import render_to_string
    from django.utils import timezone

    from rebond.insights import serialise, services

    today = timezone.localdate()
    data = services.review(user, kind, chosen or today, today)
    if pdf:
        html = render_to_string("insights/report_pdf.html", {"report": data})
        pdf.write_bytes(services.report_pdf(html))
        setup.out(f"Wrote {pdf}")
        return
    if as_json:
        _json(serialise.report(data))
        return
    from django.utils.formats import date_format
    from django.utils.translation import gettext as _

    from rebond.web import typography

    start, end = date_format(data.start, "DATE_FORMAT"), date_format(data.end, "DATE_FORMAT")
    lines = [f"{data.title}: {start} → {end}", ""]
    lines += [f"  {label}: {count}" for label, count in data.activity]
    lines += ["", data.now.bottleneck.sentence]
    for item in data.experiments:
        lines += ["", _show(item)]
    for title, items in ((_("Lessons"), data.lessons), (_("Next objectives"), data.objectives)):
        if items:
            lines += ["", title + ":"] + [f"  - {item}" for item in items]
    setup.out(typography.text("\n".join(lines)))


def register(app: typer.Typer) -> None:
    app.command()(funnel)
    app.add_typer(experiment_app, name="experiment")
    app.command()(report)
