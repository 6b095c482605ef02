"""Recording feedback (C3.3): split a paste into statements, classify them with the person's
own corrections, store each sentence vector once, and keep recurring-point groups current."""

from __future__ import annotations

from datetime import date
from typing import Any

import numpy as np
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from rebond.feedback.choices import LabelField, SourceKind
from rebond.feedback.models import Correction, FeedbackItem, Statement
from rebond.method.feedback import (
    CAUSES,
    DIMENSIONS,
    MAX_EMAIL_CHARS,
    NATURES,
    POLARITIES,
    THEMES,
    FeedbackLabels,
    split_statements_with_lang,
)

# Label values a person may choose per field (an empty cause: none, as for a strength).
ALLOWED = {
    "theme": THEMES,
    "dimension": DIMENSIONS,
    "polarity": POLARITIES,
    "nature": NATURES,
    "cause": (*CAUSES, ""),
}


class FeedbackInputError(ValueError):
    """The pasted text cannot be recorded; the message says why, in plain words."""


def corrections_for(user: Any) -> list[tuple[str, str, str | None]]:
    """The person's corrections as (statement text, field, value), oldest first."""
    rows = (
        Correction.objects.for_user(user)
        .order_by("created_at", "id")
        .values_list("statement__text", "field", "new_value")
    )
    return [(text, field, value or None) for text, field, value in rows]


def labels_of(row: Statement) -> FeedbackLabels:
    return FeedbackLabels(
        row.theme, row.dimension, row.polarity, row.nature, row.cause or None, row.lang
    )


def split(text: str) -> list[tuple[str, str]]:
    """(statement, language) pairs of a paste; FeedbackInputError when nothing usable is in it."""
    if not text.strip():
        raise FeedbackInputError(gettext("Paste the feedback first: the text is empty."))
    if len(text) > MAX_EMAIL_CHARS:
        raise FeedbackInputError(
            gettext(
                "The text is %(length)s characters long; the limit is %(limit)s. "
                "Paste only the part of the message that gives feedback."
            )
            % {"length": f"{len(text):,}", "limit": f"{MAX_EMAIL_CHARS:,}"}
        )
    found = split_statements_with_lang(text)
    if not found:
        raise FeedbackInputError(
            gettext(
                "No feedback sentence was found, only greetings, courtesy lines or a "
                "signature. Paste the part of the message that says what they thought."
            )
        )
    return [(s.text, s.lang) for s in found]


@transaction.atomic
def add_feedback(
    user: Any,
    *,
    text: str,
    source_kind: str = SourceKind.RECRUITER,
    source_name: str = "",
    received_on: date | None = None,
    application: Any = None,
) -> FeedbackItem:
    """Record a piece of feedback and its classified statements, then regroup."""
    from rebond.method import embeddings
    from rebond.method.feedback import classify_many

    if source_kind not in SourceKind.values:
        raise FeedbackInputError(gettext("Unknown source."))
    if application is not None and application.user_id != user.pk:
        raise FeedbackInputError(gettext("That application belongs to someone else."))
    pieces = split(text)
    texts = [t for t, _lang in pieces]
    vectors = embeddings.encode(texts)
    labels = classify_many(texts, corrections=corrections_for(user), vectors=vectors)
    item = FeedbackItem.objects.create(
        user=user,
        application=application,
        source_kind=source_kind,
        source_name=" ".join(source_name.split())[:200],
        received_on=received_on or timezone.localdate(),
        text=text,
    )
    Statement.objects.bulk_create(
        Statement.labelled(item, i, t, lab, vectors[i])
        for i, (t, lab) in enumerate(zip(texts, labels, strict=True))
    )
    regroup(user)
    return item


def regroup(user: Any) -> int:
    """Recompute every statement's group over all the person's statements; rows changed."""
    from rebond.method.feedback import centres, group

    rows = list(
        Statement.objects.for_user(user)
        .order_by("item__received_on", "item_id", "position")
        .only(
            "id",
            "text",
            "lang",
            "theme",
            "dimension",
            "polarity",
            "nature",
            "cause",
            "embedding",
            "group",
            "central",
        )
    )
    if not rows:
        return 0
    vectors = np.vstack([row.vector() for row in rows])
    ids = group([(row.text, labels_of(row)) for row in rows], vectors=vectors)
    leads = set(centres(ids, vectors).values())
    changed = []
    for k, (row, gid) in enumerate(zip(rows, ids, strict=True)):
        if row.group != gid or row.central != (k in leads):
            row.group, row.central = gid, k in leads
            changed.append(row)
    Statement.objects.bulk_update(changed, ["group", "central"], batch_size=500)
    return len(changed)


@transaction.atomic
def correct_labels(user: Any, statement: Statement, changes: dict[str, str]) -> list[str]:
    """Store the person's labels, keep each correction for later items, regroup if needed.

    Returns the fields that changed; FeedbackInputError for an unknown field or value.
    """
    for field, value in changes.items():
        if field not in LabelField.values:
            raise FeedbackInputError(gettext("Unknown label."))
        if value not in ALLOWED[field]:
            raise FeedbackInputError(gettext("That value is not possible for this label."))
    changed = [f for f, v in changes.items() if getattr(statement, f) != v]
    for field in changed:
        Correction.objects.create(
            statement=statement,
            field=field,
            old_value=getattr(statement, field),
            new_value=changes[field],
        )
        setattr(statement, field, changes[field])
    if changed:
        statement.corrected = sorted({*statement.corrected, *changed})
        statement.save(update_fields=[*changed, "corrected"])
    if {"polarity", "dimension"} & set(changed):  # the grouping buckets on these two
        regroup(user)
    return changed


def correct_label(user: Any, statement: Statement, field: str, value: str) -> Statement:
    """One label corrected (see `correct_labels`)."""
    correct_labels(user, statement, {field: value})
    return statement


@transaction.atomic
def delete_item(user: Any, item: FeedbackItem) -> None:
    item.delete()
    regroup(user)
