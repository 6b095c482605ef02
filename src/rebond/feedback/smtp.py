"""Sending a message through the person's own SMTP server (C3.1): network input/output, so it
lives in the app, beside the person's SMTP settings; the message itself is built by the pure
`rebond.method.messages.mail`.

Every failure (refused connection, timeout, TLS, refused login, refused sender or recipient)
becomes one `MailError` with a `kind` and a plain message that never contains the password.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from typing import Literal

from rebond.method.messages.mail import MailError

Security = Literal["starttls", "ssl", "none"]


@dataclass(frozen=True)
class SmtpSettings:
    """The person's outgoing server. `cafile` trusts a private certificate authority."""

    host: str
    port: int = 587
    security: Security = "starttls"
    username: str = ""
    password: str = field(default="", repr=False)
    timeout: float = 15.0
    cafile: str | None = None


@dataclass(frozen=True)
class SendResult:
    """Who the server accepted, who it refused (address -> reason), and the Message-ID."""

    accepted: tuple[str, ...]
    refused: dict[str, str]
    message_id: str


@dataclass(frozen=True)
class ConnectionCheck:
    """What `test_connection` established with the server."""

    host: str
    port: int
    encrypted: bool
    authenticated: bool


_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def _describe(response: object) -> str:
    text = response.decode("utf-8", "replace") if isinstance(response, bytes) else str(response)
    return " ".join(text.split())


def _open(settings: SmtpSettings) -> smtplib.SMTP:
    """Connected, encrypted as asked and logged in; failures are raised as they come."""
    where = f"{settings.host}:{settings.port}"
    if settings.security not in ("starttls", "ssl", "none"):
        raise MailError("tls", f"unknown security mode {settings.security!r}")
    if settings.security == "none" and settings.username and settings.host not in _LOOPBACK:
        raise MailError("tls", f"refusing to send a password unencrypted to {where}")
    context = ssl.create_default_context(cafile=settings.cafile)
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        client.ehlo()
        if settings.security == "starttls":
            if not client.has_extn("starttls"):
                raise MailError("tls", f"{where} does not offer STARTTLS; try the SSL mode")
            client.starttls(context=context)
            client.ehlo()
        if settings.username:
            _login(client, settings.username, settings.password)
    except BaseException:
        client.close()
        raise
    return client


def _login(client: smtplib.SMTP, username: str, password: str) -> None:
    """Log in; non-ASCII credentials go as UTF-8 AUTH PLAIN (RFC 4616).

    smtplib encodes credentials as ASCII and fails on "Pässword" before even asking.
    """
    if (username + password).isascii():
        client.login(username, password)
        return
    if "plain" not in client.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPNotSupportedError("no AUTH PLAIN for non-ASCII credentials")
    token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
    code, response = client.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, response)


def _translate(exc: BaseException, settings: SmtpSettings) -> MailError:
    """A clear, password-free MailError for anything smtplib, ssl or the network raised."""
    where = f"{settings.host}:{settings.port}"
    error: MailError
    if isinstance(exc, MailError):
        error = exc
    elif isinstance(exc, smtplib.SMTPAuthenticationError):
        error = MailError(
            "auth",
            f"{where} refused the login for user {settings.username!r} "
            f"({exc.smtp_code}); check the user name and password",
        )
    elif isinstance(exc, smtplib.SMTPNotSupportedError):
        error = MailError("auth", f"{where} does not offer login (AUTH) on this connection")
    elif isinstance(exc, ssl.SSLError | ssl.CertificateError):
        reason = getattr(exc, "reason", None) or type(exc).__name__
        error = MailError("tls", f"secure connection to {where} failed: {reason}")
    elif isinstance(exc, TimeoutError | socket.timeout) or (
        # smtplib turns a read timeout into "server disconnected"; the cause tells them apart.
        isinstance(exc, smtplib.SMTPServerDisconnected)
        and isinstance(exc.__context__, TimeoutError | socket.timeout)
    ):
        error = MailError("timeout", f"{where} did not answer within {settings.timeout:g} s")
    elif isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(f"{a} ({c} {_describe(m)})" for a, (c, m) in exc.recipients.items())
        error = MailError("recipient", f"{where} refused every recipient: {refused}")
    elif isinstance(exc, smtplib.SMTPSenderRefused):
        error = MailError(
            "sender",
            f"{where} refused the sender {exc.sender} ({exc.smtp_code} "
            f"{_describe(exc.smtp_error)})",
        )
    elif isinstance(exc, smtplib.SMTPResponseException):
        error = MailError("smtp", f"{where} answered {exc.smtp_code} {_describe(exc.smtp_error)}")
    elif isinstance(exc, smtplib.SMTPServerDisconnected):
        error = MailError("connection", f"{where} closed the connection unexpectedly")
    elif isinstance(exc, smtplib.SMTPException):
        error = MailError("smtp", f"{where}: {type(exc).__name__}")
    elif isinstance(exc, socket.gaierror):
        error = MailError("connection", f"cannot resolve the server name {settings.host!r}")
    else:
        error = MailError("connection", f"cannot connect to {where}: {type(exc).__name__}")
    if settings.password and settings.password in str(error):
        return MailError(error.kind, str(error).replace(settings.password, "***"))
    return error


def _recipients(message: EmailMessage) -> list[str]:
    found: list[str] = []
    for header in ("To", "Cc", "Bcc"):
        for value in message.get_all(header, []):
            found.extend(address.addr_spec for address in value.addresses)
    return found


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()  # the message is already accepted; a rude hang-up is not a failure


def send_smtp(message: bytes | EmailMessage, settings: SmtpSettings) -> SendResult:
    """Send through the person's server; `X-Unsent` is dropped so the copy is a real mail.

    Raises MailError (kind "connection", "timeout", "tls", "auth", "sender", "recipient",
    "smtp"). A partial refusal is not an error: it is listed in `SendResult.refused`.
    """
    raw = message if isinstance(message, bytes) else message.as_bytes(policy=SMTP)
    # A copy, so the caller's message keeps its draft marker.
    outgoing = message_from_bytes(raw, _class=EmailMessage, policy=SMTP)
    del outgoing["X-Unsent"]
    recipients = _recipients(outgoing)
    if not recipients:
        raise MailError("recipient", "the message has no recipient")
    try:
        client = _open(settings)
        try:
            refused_raw = client.send_message(outgoing)
        finally:
            _quit(client)
    except Exception as exc:
        raise _translate(exc, settings) from None
    refused = {addr: f"{code} {_describe(text)}" for addr, (code, text) in refused_raw.items()}
    return SendResult(
        accepted=tuple(r for r in recipients if r not in refused),
        refused=refused,
        message_id=str(outgoing.get("Message-ID", "")),
    )


def test_connection(settings: SmtpSettings) -> ConnectionCheck:
    """Connect, encrypt and log in as `send_smtp` would, then hang up without sending."""
    try:
        client = _open(settings)
        try:
            client.noop()
        finally:
            _quit(client)
    except Exception as exc:
        raise _translate(exc, settings) from None
    return ConnectionCheck(
        host=settings.host,
        port=settings.port,
        encrypted=settings.security != "none",
        authenticated=bool(settings.username),
    )


# pytest would collect the public `test_connection` from modules that import it.
test_connection.__test__ = False  # type: ignore[attr-defined]
