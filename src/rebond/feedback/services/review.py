"""The person's word on what the product read (C3.3): answer a doubt, set a statement aside,
bring a set-aside piece back. Each takes one click and can be undone by another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext

from rebond.feedback.choices import Doubt, Polarity, SetAsideKind
from rebond.feedback.models import FeedbackItem, Statement
from rebond.feedback.services.items import (
    FeedbackInputError,
    buckets_of,
    classify_new,
    correct_labels,
    doubt_of,
    regroup,
)

if TYPE_CHECKING:
    from rebond.accounts.models import User

NOT_FEEDBACK = "not_feedback"
ANSWERS = (*Polarity.values, NOT_FEEDBACK)


@transaction.atomic
def answer(user: User, statement: Statement, reply: str) -> Statement | None:
    """Praise, criticism or neutral: the polarity is set (kept as a correction that guides later
    readings) and the doubt is cleared; "not feedback": the statement is set aside."""
    if reply not in ANSWERS:
        raise FeedbackInputError(gettext("That answer is not possible."))
    if reply == NOT_FEEDBACK:
        set_aside_statement(user, statement)
        return None
    before = statement.doubt
    if statement.polarity != reply:
        correct_labels(user, statement, {"polarity": reply})
    if before:
        statement.doubt = Doubt.SURE
        statement.save(update_fields=["doubt"])
        regroup(user, buckets_of([(statement.polarity, statement.dimension)]))
    return statement


@transaction.atomic
def set_aside_statement(user: User, statement: Statement) -> None:
    """Not feedback after all: the sentence joins the item's set-aside pieces."""
    item = statement.item
    touched = buckets_of([(statement.polarity, statement.dimension)])
    was_sure = not statement.doubt
    piece = {"text": statement.text, "kind": SetAsideKind.PERSON, "position": statement.position}
    item.set_aside = sorted([*item.set_aside, piece], key=lambda p: p.get("position", 0))
    item.save(update_fields=["set_aside"])
    statement.delete()
    if was_sure:
        regroup(user, touched)


@transaction.atomic
def restore(user: User, item: FeedbackItem, index: int) -> Statement:
    """A set-aside piece brought back as feedback: classified like any statement."""
    if not 0 <= index < len(item.set_aside):
        raise FeedbackInputError(gettext("That sentence is no longer set aside."))
    piece = item.set_aside[index]
    (labels,), vectors = classify_new(user, [piece["text"]])
    statement = Statement.labelled(
        item, int(piece.get("position", 0)), piece["text"], labels, vectors[0]
    )
    statement.doubt = doubt_of(labels, doubtful_piece=False)
    statement.save()
    item.set_aside = [p for k, p in enumerate(item.set_aside) if k != index]
    item.save(update_fields=["set_aside"])
    if not statement.doubt:
        regroup(user, buckets_of([(statement.polarity, statement.dimension)]))
    return statement
