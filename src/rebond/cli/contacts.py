"""`rebond contacts add | list | show | log | import | export`: the network in a terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from rebond.cli import setup
from rebond.cli.setup import gettext as _
from rebond.cli.setup import ngettext
from rebond.method import values

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.network.models import Contact

KINDS = values.CONTACT_KINDS
CHANNELS = values.INTERACTION_CHANNELS

contacts_app = typer.Typer(
    help="Your network: contacts, exchanges, keep-warm check-ins, vCard and CSV import/export.",
    no_args_is_help=True,
)


def _contact(user: User, pk: int) -> Contact:
    from rebond.network.models import Contact

    found = Contact.objects.for_user(user).filter(pk=pk).first()
    if found is None:
        setup.fail(_("no contact #%(id)s.") % {"id": pk})
    return found


def _plain(contact: object) -> dict[str, object]:
    from rebond.network.exporting import CONTACT_FIELDS

    values = {name: getattr(contact, name) for name in CONTACT_FIELDS}
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in values.items()}


@contacts_app.command("add")
def add(
    name: str = typer.Argument(..., help='Full name, e.g. "Zoé Lefèvre".'),
    company: str = typer.Option("", help="Company."),
    role: str = typer.Option("", help="Role."),
    kind: str = typer.Option("other", help=f"One of: {', '.join(KINDS)}."),
    email: str = typer.Option("", help="E-mail address."),
    how_met: str = typer.Option("", "--how-met", help="How you met."),
    every: int = typer.Option(0, "--every", help="Keep-warm cadence in months (default 3)."),
    no_reminder: bool = typer.Option(False, "--no-reminder", help="No keep-warm reminder."),
) -> None:
    """Add a contact; the first check-in falls one cadence from today."""
    user = setup.person()
    if kind not in KINDS:
        setup.fail(
            _("unknown kind %(value)r; choose one of: %(choices)s")
            % {"value": kind, "choices": ", ".join(KINDS)}
        )
    if every and not 1 <= every <= 24:
        setup.fail(_("--every must be between 1 and 24 months."))
    from rebond.method.network.card import split_name
    from rebond.network import services

    first, last = split_name(name)
    contact = services.create_contact(
        user, first_name=first, last_name=last, company_name=company, role=role, kind=kind,
        email=email, how_met=how_met, cadence_months=every or None, keep_warm=not no_reminder,
    )  # fmt: skip
    setup.say(
        _("#%(id)s %(name)s — next check-in %(day)s")
        % {"id": contact.pk, "name": contact.display_name, "day": _day(contact.due_at)}
    )


def _day(moment: object) -> str:
    return setup.day(moment) if moment else _("none")


@contacts_app.command("list")
def list_(
    search: str = typer.Option("", help="Text in the name, company or role."),
    kind: str = typer.Option("", help="Only this kind."),
    due: bool = typer.Option(False, "--due", help="Only people due for a check-in today."),
    as_json: bool = typer.Option(False, "--json", help="JSON instead of a table."),
) -> None:
    """List contacts (alphabetical), or those due for a check-in (longest waiting first)."""
    user = setup.person()
    from django.utils import timezone

    from rebond.network import services

    if due:
        rows = services.due_contacts(user, timezone.now())
    else:
        rows = services.search_contacts(user, search, kind)
    if as_json:
        setup.out(json.dumps([_plain(c) for c in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        setup.say(_("Nobody due for a check-in.") if due else _("No contact yet."))
    for c in rows:
        company = f" ({c.company_name})" if c.company_name else ""
        following = _day(c.due_at) if c.keep_warm else "–"
        setup.say(
            f"#{c.pk:<5} {c.display_name}{company}  " + _("next: %(day)s") % {"day": following}
        )


@contacts_app.command("show")
def show(contact_id: int = typer.Argument(..., help="Contact number.")) -> None:
    """A contact's details and latest exchanges."""
    user = setup.person()
    from rebond.network.models import Contact

    contact = _contact(user, contact_id)
    for key, value in _plain(contact).items():
        if value in ("", None):
            continue
        raw = getattr(contact, key)
        if key == "kind":
            value = contact.get_kind_display()
        elif isinstance(raw, bool):
            value = _("yes") if raw else _("no")
        elif hasattr(raw, "isoformat"):
            value = setup.day(raw)
        names = {"id": _("ID"), "created_at": _("Added on")}
        label = names.get(key) or str(Contact._meta.get_field(key).verbose_name)  # type: ignore[union-attr]
        label = label[:1].upper() + label[1:]
        setup.say(_("%(label)s: %(value)s") % {"label": label, "value": value})
    for item in contact.interactions.all()[:10]:
        setup.say(f"- {_day(item.occurred_at)} [{item.get_channel_display()}] {item.summary}")


@contacts_app.command("log")
def log(
    contact_id: int = typer.Argument(..., help="Contact number."),
    summary: str = typer.Option(..., "--summary", help="What was exchanged."),
    channel: str = typer.Option("email", help=f"One of: {', '.join(CHANNELS)}."),
    next_step: str = typer.Option("", "--next-step", help="The next step agreed."),
) -> None:
    """Log an exchange: the next check-in is counted from it."""
    user = setup.person()
    if channel not in CHANNELS:
        setup.fail(
            _("unknown channel %(value)r; choose one of: %(choices)s")
            % {"value": channel, "choices": ", ".join(CHANNELS)}
        )
    from rebond.network import services

    contact = _contact(user, contact_id)
    try:
        services.log_interaction(contact, summary=summary, channel=channel, next_step=next_step)
    except ValueError as exc:
        setup.fail(str(exc))
    setup.say(_("Logged; next check-in %(day)s.") % {"day": _day(contact.due_at)})


@contacts_app.command("import")
def import_(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help=".vcf or Connections.csv"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Check only; save nothing."),
    keep_warm: bool = typer.Option(False, "--keep-warm", help="A check-in reminder for each."),
) -> None:
    """Import a vCard file or the network's Connections.csv; all lines or none."""
    user = setup.person()
    from rebond.network.importing import import_contacts

    report = import_contacts(
        user, file.read_bytes(), file.name, dry_run=dry_run, keep_warm=keep_warm
    )
    for issue in report.issues:
        where = _("%(file)s: line %(line)s:") % {"file": file.name, "line": issue.line}
        typer.echo(f"{where} {issue.message}", err=True)
    for warning in report.warnings:
        typer.echo(f"{file.name}: {warning}", err=True)
    if not report.ok:
        setup.fail(_("nothing imported."), code=1)
    numbers = {"n": report.created, "format": report.format, "known": len(report.duplicates)}
    if dry_run:
        done = ngettext(
            "Would import %(n)s contact (%(format)s); %(known)s already known.",
            "Would import %(n)s contacts (%(format)s); %(known)s already known.",
            report.created,
        )
    else:
        done = ngettext(
            "Imported %(n)s contact (%(format)s); %(known)s already known.",
            "Imported %(n)s contacts (%(format)s); %(known)s already known.",
            report.created,
        )
    setup.say(done % numbers)


@contacts_app.command("export")
def export(
    vcf: Path = typer.Option(..., "--vcf", dir_okay=False, help="vCard file to write."),
) -> None:
    """Write every contact to a vCard 3.0 file."""
    user = setup.person()
    from rebond.network.importing import export_vcf

    vcf.write_text(export_vcf(user), encoding="utf-8", newline="")
    setup.say(_("Wrote %(file)s") % {"file": vcf})


def register(app: typer.Typer) -> None:
    app.add_typer(contacts_app, name="contacts")
