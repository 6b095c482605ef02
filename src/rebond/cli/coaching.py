"""`rebond coaching report`: a programme's cohort report from the hosted server (issue 23).

An operator's command, as `rebond invite`: it prints the figures an organisation admin sees on
the report page (the same service, consent and small-number rules), in the language asked.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _

coaching_app = typer.Typer(
    name="coaching",
    help="Hosted organisations: a programme's cohort report.",
    no_args_is_help=True,
)
FORMATS = ("text", "csv")
PRESETS = ("last-month", "last-quarter", "since-start")
DAY = ["%Y-%m-%d"]
LANGUAGES = ("fr", "en")


@coaching_app.command("report")
def report(
    org: str = typer.Option(..., "--org", help="Organisation name (or number)."),
    since: datetime = typer.Option(None, "--since", formats=DAY, help="First day, YYYY-MM-DD."),
    until: datetime = typer.Option(
        None, "--until", formats=DAY, help="Last day, YYYY-MM-DD (default: today)."
    ),
    period: str = typer.Option(
        "last-month", "--period", help="Without --since: last-month, last-quarter, since-start."
    ),
    coach: str = typer.Option("", "--coach", help="Username of a coach: their caseload only."),
    output: str = typer.Option("text", "--format", help="text or csv."),
    lang: str = typer.Option("fr", "--lang", help="fr or en."),
) -> None:
    """Aggregate figures of an organisation or of one coach's caseload over a period."""
    setup.django()
    setup.migrate()
    from django.utils import translation

    translation.activate(lang if lang in LANGUAGES else "fr")
    from rebond.coaching import report as cohort_report

    if lang not in LANGUAGES:
        setup.fail(_("--lang must be one of: %(choices)s") % {"choices": ", ".join(LANGUAGES)})
    if output not in FORMATS:
        setup.fail(_("--format must be one of: %(choices)s") % {"choices": ", ".join(FORMATS)})
    if period not in PRESETS:
        setup.fail(_("--period must be one of: %(choices)s") % {"choices": ", ".join(PRESETS)})
    organisation = _organisation(org)
    chosen_coach = _coach(organisation, coach) if coach else None
    start, end = (moment.date() if moment else None for moment in (since, until))
    preset = "custom" if start else period
    span = cohort_report.period(organisation, preset, start, end)
    built = cohort_report.build(organisation, chosen_coach, span, preset)
    if output == "csv":
        setup.out(cohort_report.as_csv(built))
        return
    setup.say(_text(built))


def _text(built: Any) -> str:
    from rebond.coaching import report as cohort_report

    title = built.organisation.name
    if built.coach is not None:
        title += " / " + (built.coach.get_full_name() or built.coach.username)
    lines = [title, f"{setup.day(built.period.start)} → {setup.day(built.period.end)}", ""]
    lines += [f"  {words}" for _role, words, _count in built.members]
    lines.append("")
    for label, value, hint, base in cohort_report.lines(built):
        lines.append(f"  {label}: {value} ({hint}; {base})")
    for line in built.per_coach:
        name = line.coach.get_full_name() or line.coach.username
        lines += ["", f"{name} ({setup.number(line.seekers)})"]
        lines += [
            f"  {cohort_report.LABELS[f.key]}: {cohort_report.shown(f, built.k)}"
            for f in line.figures
        ]
    return "\n".join(lines)


def _organisation(org: str) -> Any:
    from django.db.models import Q

    from rebond.coaching.models import Organisation

    match = Q(name=org) | (Q(pk=int(org)) if org.isdigit() else Q())
    found = Organisation.objects.filter(match).order_by("pk").first()
    if found is None:
        setup.fail(_("--org %(name)r: no such organisation.") % {"name": org})
    return found


def _coach(organisation: Any, username: str) -> Any:
    from rebond.coaching.choices import COACHING_ROLES
    from rebond.coaching.models import Membership

    found = (
        Membership.objects.filter(
            organisation=organisation, user__username=username, role__in=COACHING_ROLES
        )
        .select_related("user")
        .first()
    )
    if found is None:
        setup.fail(_("--coach %(name)r: no such coach in this organisation.") % {"name": username})
    return found.user


def register(app: typer.Typer) -> None:
    app.add_typer(coaching_app)
