"""`rebond serve`, `rebond login-link`, `rebond manage`."""

from __future__ import annotations

import typer

from rebond.cli import setup


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # As the server itself binds: a port left in TIME_WAIT by a crashed run is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def serve(
    port: int = typer.Option(8000, "--port", "-p", min=1, max=65535, help="Port on 127.0.0.1."),
    threads: int = typer.Option(4, min=1, max=64, help="Worker threads."),
) -> None:
    """Start Rebond on this computer (127.0.0.1 only) and print a one-time login link."""
    host = "127.0.0.1"
    if not _port_free(host, port):
        setup.fail(f"port {port} is already in use; try `rebond serve --port {port + 1}`.")
    setup.django()
    setup.migrate()
    from django.conf import settings

    from rebond.accounts.services import issue_login_link

    base = f"http://{host}:{port}"
    link = issue_login_link(base)
    setup.out(f"Rebond is running on {base} (data: {settings.DATA_DIR})")
    setup.out(f"Open this one-time login link in your browser:\n\n    {link}\n")
    setup.out("Press Ctrl+C to stop.")
    from rebond.privacy.erasure import resume_in_background

    resume_in_background()  # an erasure the last run was stopped in the middle of
    from waitress import serve as waitress_serve

    from rebond.wsgi import application

    waitress_serve(application, host=host, port=port, threads=threads, ident="rebond", _quiet=True)


def login_link(port: int = typer.Option(8000, "--port", "-p", min=1, max=65535)) -> None:
    """Print a fresh one-time login link for the running local server."""
    user = setup.person()
    from rebond.accounts.services import issue_login_link

    setup.out(issue_login_link(f"http://127.0.0.1:{port}", user))


def manage(
    args: list[str] = typer.Argument(None, help="Django management command and options."),
) -> None:
    """Run a Django management command (migrate, check, createsuperuser, …)."""
    setup.django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["rebond manage", *(args or ["help"])])


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command("login-link")(login_link)
    app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})(manage)
