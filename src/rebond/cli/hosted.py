"""`rebond worker | digest | invite | purge-inactive | erasures | empty-bins`: a hosted
server's background side."""

from __future__ import annotations

import typer

from rebond.cli import setup

LANGUAGE_NAMES = {"fr": "French", "en": "English"}


def worker(
    once: bool = typer.Option(False, "--once", help="Stop when the queue is empty."),
    max_tasks: int = typer.Option(0, "--max-tasks", min=0, help="Stop after N tasks (0: never)."),
    queue: str = typer.Option("default", help="Queue to take tasks from."),
) -> None:
    """Run queued background tasks (reminder e-mails) until stopped; several may run at once."""
    setup.django()
    setup.migrate()
    from rebond.reminders.worker import work

    done = work(queue=queue, max_tasks=max_tasks or None, stop_when_empty=once, handle_signals=True)
    setup.out(f"{done} task(s) run.")


def digest() -> None:
    """Queue today's reminder digest for every person who opted in (run once a day)."""
    setup.django()
    setup.migrate()
    from django.utils import timezone

    from rebond.reminders.services import enqueue_daily_digests

    setup.out(f"{enqueue_daily_digests(timezone.now())} digest(s) queued.")


def invite(
    email: str = typer.Argument(..., help="Address of the person to invite."),
    organisation: str = typer.Option(..., help="Organisation name (made if new)."),
    role: str = typer.Option("seeker", help="seeker, coach or admin (an organisation admin)."),
    by: str = typer.Option(..., help="Username of the account that sends the invitation."),
    base_url: str = typer.Option("https://localhost", help="The site's address, for the link."),
    no_email: bool = typer.Option(
        False, "--no-email", help="Only print the link (hand it over yourself)."
    ),
) -> None:
    """E-mail a one-use sign-up link into an organisation (sign-up is by invitation), in the
    inviting account's language, and print the link."""
    setup.django()
    from django.contrib.auth import get_user_model

    from rebond.accounts.language import speaking_to
    from rebond.coaching import inviting
    from rebond.coaching.choices import Role
    from rebond.coaching.invitations import InvitationError
    from rebond.coaching.models import Organisation

    if role not in Role.values:
        setup.fail(f"--role must be one of {', '.join(Role.values)}.")
    inviter = get_user_model().objects.filter(username=by).first()
    if inviter is None:
        setup.fail(f"--by {by!r}: no such account.")
    found = Organisation.objects.filter(name=organisation).first()
    found = found or Organisation.objects.create(name=organisation)
    site = base_url.rstrip("/")
    with speaking_to(inviter) as lang:  # the e-mail is written in the inviter's language
        try:
            sent = inviting.send(
                inviter, found, email, role, lambda path: site + path, by_email=not no_email
            )
        except InvitationError as refused:  # the organisation's job seeker seats are all taken
            setup.fail(str(refused))
    if sent.emailed:  # to the operator, in English, as the other server commands
        setup.out(f"Invitation e-mailed to {email} (in {LANGUAGE_NAMES[lang]}).")
    elif not no_email:
        setup.out(f"The e-mail to {email} did not leave (see the log): send this link yourself.")
    setup.out(sent.link)


def purge_inactive(
    dry_run: bool = typer.Option(False, "--dry-run", help="Only count the accounts."),
) -> None:
    """Erase accounts nobody signed in to for REBOND_RETENTION_DAYS days (0: keep them all)."""
    setup.django()
    from django.conf import settings

    from rebond.privacy.services import erase, inactive_accounts

    if not settings.RETENTION_DAYS:
        setup.out("REBOND_RETENTION_DAYS is 0: no account is erased.")
        return
    accounts = list(inactive_accounts(settings.RETENTION_DAYS))
    if not dry_run:
        for user in accounts:
            erase(user)
    verb = "would be erased" if dry_run else "erased"
    setup.out(f"{len(accounts)} inactive account(s) {verb}.")


def erasures() -> None:
    """Run the account erasures waiting or stopped half-way (a crash, a killed worker)."""
    setup.django()
    setup.migrate()
    from rebond.privacy.erasure import run_pending

    setup.out(f"{run_pending()} erasure(s) finished.")


def empty_bins() -> None:
    """Purge what people deleted more than 30 days ago (their bins keep it that long)."""
    setup.django()
    from rebond.trash.services import purge_expired

    setup.out(f"{purge_expired()} bin entry(ies) older than 30 days purged.")


def register(app: typer.Typer) -> None:
    app.command()(worker)
    app.command()(digest)
    app.command()(invite)
    app.command("purge-inactive")(purge_inactive)
    app.command("empty-bins")(empty_bins)
    app.command()(erasures)
