"""`rebond add | list | move | reject | export | import`: the search tracker in a terminal."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _
from rebond.cli.setup import ngettext
from rebond.method import stages, values

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.jobs.models import Application

STAGES = stages.STAGES
CHANNELS = values.CHANNELS


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"


def _choice(value: str, allowed: tuple[str, ...], what: str) -> str:
    """`value` as Rebond names it: its own name, or a French or English word for it
    ("Entretien 2", "site carrière"), as the spreadsheet import reads them."""
    if value in allowed:
        return value
    from rebond.method.vocabulary import read

    found = read(what, value, allowed)
    if found is None:
        unknown = {"stage": _("unknown stage %(value)r"), "channel": _("unknown channel %(value)r")}
        setup.fail(
            _("%(unknown)s; choose one of: %(choices)s")
            % {"unknown": unknown[what] % {"value": value}, "choices": ", ".join(allowed)}
        )
    return found.value


def _application(user: User, pk: int) -> Application:
    from rebond.jobs.models import Application

    found = Application.objects.for_user(user).select_related("company").filter(pk=pk).first()
    if found is None:
        setup.fail(_("no application #%(id)s.") % {"id": pk})
    return found


def add(
    company: str = typer.Argument("", help="Company name (read from the ad with --url)."),
    role: str = typer.Argument("", help="Role applied for (read from the ad with --url)."),
    channel: str = typer.Option("job_board", "--channel", "-c", help=", ".join(CHANNELS)),
    url: str = typer.Option("", "--url", help="Link to the job ad; read when a name is missing."),
    page: Path = typer.Option(
        None, "--page", help="A saved page (.html) or the ad's text, for sites behind a login."
    ),
) -> None:
    """Quick add an application; from the job ad's page when company or role is not given."""
    user = setup.person()
    channel = _choice(channel, CHANNELS, "channel")
    description = location = ""
    if not (company and role):
        if not url and page is None:
            setup.fail(_("give the company and the role, or the ad with --url or --page."))
        from rebond.jobs.job_ads import JobAdError, read_ad, read_ad_at

        try:
            if page is not None:
                ad = read_ad(page.read_text(encoding="utf-8", errors="replace"))
            else:
                ad = read_ad_at(url)
        except (JobAdError, OSError) as exc:
            setup.fail(str(exc))
        company, role = company or ad.company, role or ad.title
        description, location = ad.description, ad.location
        if not company:
            setup.fail(
                _("the ad names no company (%(title)r): give it as the first argument.")
                % {"title": ad.title}
            )
    from rebond.jobs import services

    try:
        application = services.create_application(
            user,
            company=company,
            role=role,
            channel=channel,
            job_url=url,
            job_description=description,
            location=location,
        )
    except ValueError as exc:
        setup.fail(str(exc))
    setup.say(
        _("#%(id)s %(role)s — %(company)s (%(stage)s)")
        % {
            "id": application.pk,
            "role": application.role,
            "company": application.company.name,
            "stage": application.get_stage_display(),
        }
    )


def list_(
    stage: str = typer.Option("", "--stage", help="Only this stage."),
    channel: str = typer.Option("", "--channel", help="Only this channel."),
    text: str = typer.Option("", "--search", "-s", help="Text in the role or company."),
    since: str = typer.Option("", "--since", help="Applied on or after (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="JSON output."),
) -> None:
    """List applications (filters, table or JSON)."""
    user = setup.person()
    if stage:
        stage = _choice(stage, STAGES, "stage")
    if channel:
        channel = _choice(channel, CHANNELS, "channel")
    try:
        since_day = date.fromisoformat(since) if since else None
    except ValueError:
        setup.fail(_("--since %(value)r: expected YYYY-MM-DD.") % {"value": since})
    from rebond.jobs import services

    rows = services.search(user, stage=stage, channel=channel, text=text, since=since_day)
    if as_json:
        setup.out(
            json.dumps(
                [
                    {
                        "id": a.pk,
                        "company": a.company.name,
                        "role": a.role,
                        "stage": a.stage,
                        "furthest_stage": a.furthest_stage,
                        "channel": a.channel,
                        "applied_on": a.applied_on.isoformat(),
                    }
                    for a in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    if not rows:
        setup.say(_("No application yet.") if not any((stage, channel, text, since)) else
                  _("No application matches."))  # fmt: skip
        return
    head = (_("ID"), _("Applied on"), _("Stage"), _("Company"), _("Role"))
    id_, applied, stage_, company, role = (h.upper() for h in head)
    lines = [f"{id_:>5}  {applied:12}  {stage_:20}  {company:24}  {role}"]
    for a in rows:
        lines.append(
            f"{a.pk:>5}  {setup.day(a.applied_on):12}  {a.get_stage_display()[:20]:20}  "
            f"{a.company.name[:24]:24}  {a.role}"
        )
    setup.say("\n".join(lines))


def move(application_id: int, stage: str, note: str = typer.Option("", "--note")) -> None:
    """Move an application to a new stage (kept in its history); `rebond reject` ends one."""
    user = setup.person()
    from rebond.jobs.choices import Stage

    stage = _choice(stage, STAGES, "stage")
    if stages.is_outcome(stage):
        result = "" if stage == stages.REJECTED else f" --result {stage}"
        setup.fail(
            _("%(stage)s ends an application: record it with `%(command)s`.")
            % {
                "stage": Stage(stage).label,
                "command": f"rebond reject {application_id}{result} [--stage STAGE] "
                "[--reason TEXT]",
            }
        )
    from rebond.jobs import services

    application = services.move_stage(_application(user, application_id), stage, note=note)
    setup.say(
        _("#%(id)s is now at %(stage)s (furthest: %(furthest)s).")
        % {
            "id": application.pk,
            "stage": application.get_stage_display(),
            "furthest": Stage(application.furthest_stage).label,
        }
    )


def reject(
    application_id: int,
    stage: str = typer.Option("", "--stage", help="Stage reached (default: the furthest)."),
    reason: str = typer.Option("", "--reason", help="Reason given, if any."),
    result: str = typer.Option(
        stages.REJECTED, "--result", help="How it ended: " + ", ".join(stages.OUTCOMES) + "."
    ),
) -> None:
    """Mark an application rejected (or withdrawn, or unanswered), with the stage it reached."""
    user = setup.person()
    if result not in stages.OUTCOMES:
        setup.fail(
            _("%(unknown)s; choose one of: %(choices)s")
            % {
                "unknown": _("unknown result %(value)r") % {"value": result},
                "choices": ", ".join(stages.OUTCOMES),
            }
        )
    if stage:
        stage = _choice(stage, stages.stages_reached_for(result), "stage")
    from rebond.jobs import services
    from rebond.jobs.choices import Stage

    try:
        outcome = services.close_application(
            _application(user, application_id),
            result=result,
            stage_reached=stage or None,
            reason=reason,
        )
    except ValueError as exc:
        setup.fail(str(exc))
    setup.say(
        _("#%(id)s %(result)s (stage reached: %(stage)s).")
        % {
            "id": application_id,
            "result": outcome.get_result_display(),
            "stage": Stage(outcome.stage_reached).label,
        }
    )


def export(
    format: ExportFormat = typer.Option(ExportFormat.json, "--format", "-f"),
    output: Path = typer.Option(
        None,
        "--output",
        "-o",
        help="File to write (JSON defaults to standard output; CSV is a zip and needs a file).",
    ),
) -> None:
    """Export all of your data (JSON, or a zip of CSV files); schema in docs/export.md."""
    user = setup.person()
    from rebond import data_export

    if format is ExportFormat.json:
        text = data_export.as_json(user)
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            setup.out(text)
        return
    target = output or Path(f"rebond-export-{date.today().isoformat()}.zip")
    target.write_bytes(data_export.as_csv_zip(user))
    setup.say(_("Wrote %(file)s") % {"file": target})


def import_(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, readable=True),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check and report; write nothing."),
    mapping: list[str] = typer.Option(
        None, "--map", help="field=Column header, to override a guess."
    ),
) -> None:
    """Import applications from a CSV or XLSX spreadsheet (all rows or none)."""
    user = setup.person()
    overrides = {}
    for item in mapping or []:
        name, sep, header = item.partition("=")
        if not sep:
            setup.fail(_("--map %(value)r: expected field=Header") % {"value": item})
        overrides[name.strip()] = header.strip()
    from rebond.jobs.importing import ImportFailed, import_applications
    from rebond.jobs.tabular import TableError

    try:
        report = import_applications(
            user, file.read_bytes(), file.name, dry_run=dry_run, overrides=overrides
        )
    except ImportFailed as exc:
        for error in exc.errors[:50]:
            typer.echo(f"rebond: {file.name}: {error}", err=True)
        setup.fail(
            ngettext(
                "nothing was imported (%(n)s problem).",
                "nothing was imported (%(n)s problems).",
                len(exc.errors),
            )
            % {"n": len(exc.errors)},
            code=1,
        )
    except TableError as exc:
        setup.fail(f"{file.name}: {exc}", code=1)
    counts = {
        "n": setup.number(report.applications),
        "file": file.name,
        "encoding": report.encoding,
        "companies": setup.number(len(report.new_companies)),
    }
    if report.dry_run:
        done = ngettext(
            "Would import %(n)s application from %(file)s (%(encoding)s); new companies: "
            "%(companies)s.",
            "Would import %(n)s applications from %(file)s (%(encoding)s); new companies: "
            "%(companies)s.",
            report.applications,
        )
    else:
        done = ngettext(
            "Imported %(n)s application from %(file)s (%(encoding)s); new companies: "
            "%(companies)s.",
            "Imported %(n)s applications from %(file)s (%(encoding)s); new companies: "
            "%(companies)s.",
            report.applications,
        )
    setup.say(done % counts)
    for warning in report.encoding_warnings:
        typer.echo(f"{file.name}: {warning}", err=True)
    mapped = ", ".join(f"{k} ← {v!r}" for k, v in report.mapping.items())
    setup.say(_("Columns: %(list)s") % {"list": mapped})
    if report.ignored_columns:
        setup.say(_("Ignored columns: %(list)s") % {"list": ", ".join(report.ignored_columns)})
    if report.noted_columns:
        setup.say(_("Kept in the notes: %(list)s") % {"list": ", ".join(report.noted_columns)})
    if report.month_first_dates:
        setup.say(_("Dates read month first (11/21/2026), as the file writes them."))
    for note in report.values:
        lines = ", ".join(str(n) for n in note.lines[:8]) + (" …" if len(note.lines) > 8 else "")
        found = {"field": note.field, "text": note.text, "value": note.value, "lines": lines}
        if note.value is None and note.field == "channel":
            message = _("Unknown %(field)s %(text)r (other, kept in the notes): line %(lines)s")
        elif note.value is None:
            message = _(
                "Unknown %(field)s %(text)r (left empty, kept in the notes): line %(lines)s"
            )
        elif note.how == "close":
            message = _("%(field)s %(text)r → %(value)s (close spelling: check it): line %(lines)s")
        else:
            message = _("%(field)s %(text)r → %(value)s: line %(lines)s")
        setup.say(message % found)


def register(app: typer.Typer) -> None:
    app.command()(add)
    app.command("list")(list_)
    app.command()(move)
    app.command()(reject)
    app.command()(export)
    app.command("import")(import_)
