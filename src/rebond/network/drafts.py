"""Message drafts to a contact (C6.3, C6.4): the method's templates, a mailto link and an .eml.

The draft is only a proposal the person edits; a vague ask is flagged by `check_draft`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from rebond.accounts.language import content_lang
from rebond.method.errors import ServiceError
from rebond.method.messages import NETWORK_KINDS, Draft, DraftContext, check_draft, draft
from rebond.method.messages.checks import DraftIssue
from rebond.method.messages.mail import build_eml, mailto_fits, mailto_url
from rebond.network.models import Contact, InfoInterview

KINDS = tuple(sorted(NETWORK_KINDS))


@dataclass(frozen=True)
class ContactDraft:
    draft: Draft
    issues: list[DraftIssue]
    mailto: str  # empty without an address
    mailto_complete: bool


def context_for(contact: Contact, info: InfoInterview | None = None, **asks: str) -> DraftContext:
    """What the templates need, from the contact, an informational interview and the asks."""
    user = contact.user
    values: dict[str, Any] = {
        "sender_name": user.get_full_name() or "",
        "contact_first_name": contact.first_name,
        "contact_name": contact.display_name,
        "company": contact.company_name,
        "role": asks.get("role") or contact.role,
        "topic": asks.get("topic", ""),
        "target_person": asks.get("target_person", ""),
        "shared_item": asks.get("shared_item", ""),
        "news": asks.get("news", ""),
        "next_step": asks.get("next_step", ""),
    }
    if info is not None:
        values["topic"] = values["topic"] or info.topic
        values["questions"] = tuple(info.question_list)
        values["key_points"] = tuple(info.key_point_list)
        values["next_step"] = values["next_step"] or info.next_step
    return DraftContext(**values)


def contact_draft(
    contact: Contact,
    kind: str,
    info: InfoInterview | None = None,
    register: str = "vous",
    **asks: str,
) -> ContactDraft:
    """A draft of `kind` to `contact`; DraftError when a precise ask is missing."""
    if kind not in NETWORK_KINDS:
        raise ServiceError(f"Not a network message: {kind}")
    made = draft(kind, context_for(contact, info, **asks), content_lang(contact.user), register)  # type: ignore[arg-type]
    link = mailto_url(made, contact.email) if contact.email else ""
    complete = mailto_fits(made, contact.email) if contact.email else False
    return ContactDraft(made, check_draft(made), link, complete)


def eml_bytes(contact: Contact, made: Draft) -> bytes:
    """The draft as an .eml file, addressed to the contact, to open in the mail program."""
    user = contact.user
    sender = user.email or "me@localhost.invalid"
    to = contact.email or "to-fill@localhost.invalid"
    return build_eml(made, (user.get_full_name(), sender), (contact.display_name, to),
                     timezone.now(), "rebond.local")  # fmt: skip
