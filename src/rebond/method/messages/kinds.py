"""The kinds of message Rebond drafts, and a draft as plain values (C3.1, C6.2–C6.4).

A leaf module: the drafting (`messages`) and the checks (`messages.checks`) both read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from rebond.method.text.language import Lang

Kind = Literal[
    "feedback_request",
    "follow_up",
    "thanks_no_feedback",
    "thanks_for_feedback",
    "structured_debrief",
    "reapply_permission",
    "informational_interview",
    "info_summary_thanks",
    "precise_introduction",
    "keep_warm",
    "connect_after_rejection",
]
Register = Literal["vous", "tu"]
KINDS: tuple[Kind, ...] = get_args(Kind)
NETWORK_KINDS: frozenset[Kind] = frozenset(KINDS[6:])


@dataclass(frozen=True)
class Draft:
    """A ready-to-edit message; `line_count` counts body lines between greeting and sign-off."""

    subject: str
    body: str
    lang: Lang
    kind: Kind
    line_count: int
