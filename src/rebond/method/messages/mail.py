"""Hand a draft to the person's mail: a .eml file, a mailto: link, or a message for their own
SMTP server (C3.1).

`build_eml` writes an RFC 5322 message (UTF-8, RFC 2047 encoded names and subject, Date,
Message-ID, MIME-Version) with `X-Unsent: 1`, so Outlook, Thunderbird and Apple Mail open it as
a draft to review and send. `mailto_url` follows RFC 6068. Sending is the feedback app's
(`rebond.feedback.smtp`): this module does no input or output, and `date` is a parameter (it
never reads the clock).
"""

from __future__ import annotations

import secrets
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from typing import Literal
from urllib.parse import quote

from rebond.method.messages.kinds import Draft

ErrorKind = Literal[
    "address", "connection", "timeout", "tls", "auth", "sender", "recipient", "smtp"
]


class MailError(Exception):
    """Building or sending a message failed; `kind` says how, the text says what to check."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: ErrorKind = kind


Mailbox = str | tuple[str, str]  # "Zoé Lefèvre <zoe@example.org>" or ("Zoé Lefèvre", "zoe@…")

# Older Outlook builds and some browsers cut mailto: links near 2,000 characters.
MAILTO_MAX_LENGTH = 2000
_ELLIPSIS_LINE = "[…]"


__all__ = [
    "MAILTO_MAX_LENGTH",
    "MailError",
    "build_eml",
    "mailto_fits",
    "mailto_url",
    "to_email_message",
]


def _address(mailbox: Mailbox) -> Address:
    raw = "".join(mailbox) if isinstance(mailbox, tuple) else mailbox
    if "\r" in raw or "\n" in raw:  # a line break would smuggle in another header
        raise MailError("address", "an e-mail address or name contains a line break")
    name, addr = mailbox if isinstance(mailbox, tuple) else parseaddr(mailbox)
    if addr.count("@") != 1:
        raise MailError("address", f"not a valid e-mail address: {addr!r}")
    local, domain = addr.split("@")
    if not local or not domain or any(c.isspace() for c in addr):
        raise MailError("address", f"not a valid e-mail address: {addr!r}")
    return Address(display_name=name.strip(), username=local, domain=domain)


def build_eml(
    draft: Draft,
    sender: Mailbox,
    to: Mailbox | list[Mailbox],
    date: datetime,
    message_id_domain: str,
) -> bytes:
    """The draft as an .eml file's bytes (CRLF line ends, UTF-8, opens as an unsent draft).

    >>> from datetime import UTC, datetime
    >>> d = Draft("Merci — développeuse", "Bonjour,\\n\\nMerci !\\n", "fr", "follow_up", 1)
    >>> eml = build_eml(d, "Zoé <z@example.org>", "r@example.com", datetime(2026, 3, 2, tzinfo=UTC),
    ...                 "example.org")
    >>> b"X-Unsent: 1" in eml and b"=?utf-8?" in eml
    True
    """
    return to_email_message(draft, sender, to, date, message_id_domain).as_bytes()


def to_email_message(
    draft: Draft,
    sender: Mailbox,
    to: Mailbox | list[Mailbox],
    date: datetime,
    message_id_domain: str,
) -> EmailMessage:
    """The `EmailMessage` behind `build_eml`, for `send_smtp`."""
    if date.tzinfo is None or date.utcoffset() is None:
        raise ValueError("date must be timezone-aware")
    domain = message_id_domain.strip().strip(".")
    if not domain or any(c in domain for c in "<>@ \r\n"):
        raise ValueError(f"not a usable Message-ID domain: {message_id_domain!r}")
    recipients = to if isinstance(to, list) else [to]
    message = EmailMessage(policy=SMTP)
    message["From"] = _address(sender)
    message["To"] = [_address(r) for r in recipients]
    message["Subject"] = " ".join(draft.subject.split())
    message["Date"] = format_datetime(date)
    # Our own id: email.utils.make_msgid would read the clock and the host name.
    stamp = date.strftime("%Y%m%d%H%M%S")
    message["Message-ID"] = f"<{stamp}.{secrets.token_hex(8)}@{domain}>"
    message["Content-Language"] = draft.lang
    message["X-Unsent"] = "1"
    message.set_content(draft.body, charset="utf-8", cte="quoted-printable")
    return message


def _mailto(addresses: str, subject: str, body: str) -> str:
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{addresses}?{query}"


def mailto_url(draft: Draft, to: str | list[str], max_length: int = MAILTO_MAX_LENGTH) -> str:
    """An RFC 6068 `mailto:` link with subject and body (UTF-8, percent-encoded, CRLF breaks).

    Fallback when the link would exceed `max_length`: the body keeps its first whole lines
    that fit, followed by a "[…]" line, so the link still opens everywhere; callers should
    check `mailto_fits` first and offer the .eml download for the full text.

    >>> d = Draft("Merci", "Bonjour,\\nÀ bientôt", "fr", "follow_up", 1)
    >>> mailto_url(d, "rh@example.com")
    'mailto:rh@example.com?subject=Merci&body=Bonjour%2C%0D%0A%C3%80%20bient%C3%B4t'
    """
    recipients = [to] if isinstance(to, str) else to
    addresses = ",".join(quote(_address(r).addr_spec, safe="@") for r in recipients)
    subject = " ".join(draft.subject.split())
    lines = draft.body.replace("\r\n", "\n").rstrip("\n").split("\n")
    url = _mailto(addresses, subject, "\r\n".join(lines))
    if len(url) <= max_length:
        return url
    while lines:
        lines.pop()
        url = _mailto(addresses, subject, "\r\n".join([*lines, _ELLIPSIS_LINE]))
        if len(url) <= max_length:
            return url
    url = _mailto(addresses, subject, "")
    if len(url) > max_length:
        raise MailError("address", "the mailto: link is too long even without its body")
    return url


def mailto_fits(draft: Draft, to: str | list[str], max_length: int = MAILTO_MAX_LENGTH) -> bool:
    """True when `mailto_url` can carry the whole body without shortening it."""
    return len(mailto_url(draft, to, max_length=10**9)) <= max_length
