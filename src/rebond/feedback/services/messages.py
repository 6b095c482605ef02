"""Messages to recruiters (C3.1): drafts from the playbook, edited by the person, handed to
their mail program (mailto:, .eml) or sent over their own SMTP account, and recorded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from django.db import transaction
from django.utils.translation import gettext, override

from rebond.accounts.language import content_lang
from rebond.feedback.choices import MessageKind, MessageStatus, SentVia
from rebond.feedback.models import Message, SmtpAccount
from rebond.feedback.smtp import MailError, SmtpSettings
from rebond.method.errors import ServiceError
from rebond.method.messages import Draft, DraftContext, check_draft, draft
from rebond.method.messages.checks import body_line_count
from rebond.method.messages.mail import build_eml, mailto_fits, mailto_url

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.method.messages.kinds import Kind


def _now() -> datetime:
    return datetime.now(UTC)


def smtp_account(user: User) -> SmtpAccount | None:
    return SmtpAccount.objects.for_user(user).first()


def sender_for(user: User, message: Message | None = None) -> tuple[str, str]:
    """(name, address) the message goes out from: the message's, the SMTP account's, the login's."""
    account = smtp_account(user)
    name = (account.from_name if account else "") or user.get_full_name()
    address = (message.from_address if message else "") or (account.from_address if account else "")
    return name, address or user.email


def new_draft(
    user: User,
    *,
    kind: str,
    application: Any = None,
    lang: str = "fr",
    register: str = "vous",
    to_name: str = "",
    to_address: str = "",
    interview_moment: str = "",
    doubts: Sequence[str] = (),
    contact_id: int | None = None,
) -> Message:
    """A playbook draft for this application and recipient, saved so it can be edited."""
    if kind not in MessageKind.values:
        raise ServiceError(f"Unknown message kind {kind!r}.")
    if application is not None and application.user_id != user.pk:
        raise ServiceError("That application belongs to someone else.")
    name, address = sender_for(user)
    recipient = " ".join(to_name.split())
    context = DraftContext(
        sender_name=name,
        contact_first_name=recipient.split(" ")[0] if recipient else "",
        contact_name=recipient,
        company=application.company.name if application else "",
        role=application.role if application else "",
        interview_moment=interview_moment,
        doubts=tuple(d for d in doubts if d.strip()),
    )
    made = draft(
        cast("Kind", kind),  # one of MessageKind.values, checked above
        context,
        "en" if lang == "en" else "fr",
        "tu" if register == "tu" else "vous",
    )
    return Message.objects.create(
        user=user,
        application=application,
        contact_id=contact_id,
        kind=kind,
        lang=made.lang,
        from_address=address,
        to_name=recipient,
        to_address=to_address.strip(),
        subject=made.subject,
        body=made.body,
    )


def update_draft(message: Message, **fields: str) -> Message:
    """Save the person's edits (subject, body, addresses); a sent message is not edited."""
    if message.is_sent:
        raise ServiceError("This message was already sent.")
    for name in ("subject", "body", "to_name", "to_address", "from_address"):
        if name in fields:
            setattr(message, name, fields[name].strip() if name != "body" else fields[name])
    message.save()
    return message


def as_draft(message: Message) -> Draft:
    """The method's view of a stored message (for checks, .eml and mailto:)."""
    body = message.body.replace("\r\n", "\n")
    return Draft(message.subject, body, message.lang, message.kind, body_line_count(body))  # type: ignore[arg-type]


def issues(message: Message) -> list[Any]:
    return check_draft(as_draft(message))


def _recipient(message: Message) -> tuple[str, str]:
    if not message.to_address:
        raise MailError("address", "Add the recipient's e-mail address first.")
    return (message.to_name, message.to_address)


def eml(user: User, message: Message, now: datetime | None = None) -> bytes:
    """The message as an .eml draft file (opens unsent in Outlook, Thunderbird, Apple Mail)."""
    name, address = sender_for(user, message)
    if not address:
        raise MailError("address", "Add your own e-mail address first.")
    domain = address.rpartition("@")[2] or "localhost"
    return build_eml(as_draft(message), (name, address), _recipient(message), now or _now(), domain)


def mailto(message: Message) -> tuple[str, bool]:
    """A mailto: link and whether it carries the whole body (else offer the .eml)."""
    to = _recipient(message)[1]
    draft_ = as_draft(message)
    return mailto_url(draft_, to), mailto_fits(draft_, to)


@transaction.atomic
def mark_sent(
    message: Message, via: str, now: datetime | None = None, message_id: str = ""
) -> Message:
    """Record that the message left (sent by the person's mail program or over SMTP)."""
    if via not in SentVia.values:
        raise ServiceError(f"Unknown way of sending {via!r}.")
    message.status = MessageStatus.SENT
    message.sent_via = via
    message.sent_at = now or _now()
    message.message_id = message_id[:200]
    message.save()
    return message


def smtp_settings(account: SmtpAccount) -> SmtpSettings:
    return SmtpSettings(
        host=account.host,
        port=account.port,
        security=account.security,  # type: ignore[arg-type]
        username=account.username,
        password=account.password,
    )


def _deliver(user: User, message: Message, now: datetime) -> str:
    from rebond.feedback.smtp import send_smtp
    from rebond.method.messages.mail import to_email_message

    account = smtp_account(user)
    if account is None:
        raise MailError("smtp", "Set up your mail account (SMTP) first.")
    name, address = (account.from_name or user.get_full_name()), account.from_address
    domain = address.rpartition("@")[2]
    email = to_email_message(as_draft(message), (name, address), _recipient(message), now, domain)
    result = send_smtp(email, smtp_settings(account))
    if not result.accepted:
        raise MailError("recipient", "The server refused the recipient.")
    return result.message_id


def send_saved(user: User, message: Message, now: datetime | None = None) -> Message:
    """Send a stored draft over the person's SMTP account and record it; MailError on failure."""
    if message.is_sent:
        raise ServiceError("This message was already sent.")
    moment = now or _now()
    message_id = _deliver(user, message, moment)
    return mark_sent(message, SentVia.SMTP, moment, message_id)


def send_message(
    user: User,
    draft: Draft,
    to: str | tuple[str, str],
    *,
    application: Any = None,
    contact_id: int | None = None,
    now: datetime | None = None,
) -> Message:
    """Send a method `Draft` over the person's SMTP account and record it (used by the network
    app too). `to` is an address or (name, address). Raises MailError; nothing is recorded then.
    """
    name, address = ("", to) if isinstance(to, str) else to
    message = Message(
        user=user,
        application=application,
        contact_id=contact_id,
        kind=draft.kind,
        lang=draft.lang,
        to_name=name,
        to_address=address,
        subject=draft.subject,
        body=draft.body,
    )
    moment = now or _now()
    message_id = _deliver(user, message, moment)
    message.from_address = smtp_account(user).from_address  # type: ignore[union-attr]
    return mark_sent(message, SentVia.SMTP, moment, message_id)


def save_smtp(user: User, *, password: str = "", **fields: Any) -> SmtpAccount:
    """Create or update the SMTP account; an empty password keeps the stored one."""
    account = smtp_account(user) or SmtpAccount(user=user)
    for name, value in fields.items():
        setattr(account, name, value)
    if password:
        account.password = password
    account.save()
    return account


def send_test(user: User, now: datetime | None = None) -> str:
    """Send a short test message to the person's own address; returns that address."""
    account = smtp_account(user)
    if account is None:
        raise MailError("smtp", "Set up your mail account (SMTP) first.")
    lang = content_lang(user)
    with override(lang):
        subject = gettext("Rebond: test message")
        body = gettext("This message confirms that Rebond can send from your mail account.")
    probe = Message(
        user=user, kind=MessageKind.FOLLOW_UP, lang=lang, to_address=account.from_address,
        to_name=account.from_name, subject=subject, body=body + "\n",
    )  # fmt: skip
    _deliver(user, probe, now or _now())
    return account.from_address
