"""Recording feedback (C3.3): split a paste into statements, classify them with the person's
own corrections, store each sentence vector once, and keep recurring-point groups current."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext

from rebond.feedback.choices import Doubt, LabelField, SourceKind
from rebond.feedback.models import Correction, FeedbackItem, Statement
from rebond.method.errors import ServiceError
from rebond.method.feedback.classifier import FeedbackLabels
from rebond.method.feedback.email import Reading, read_email
from rebond.method.feedback.groups import Bucket, bucket_of
from rebond.method.feedback.settings import (
    CAUSES,
    DIMENSIONS,
    NATURES,
    POLARITIES,
    THEMES,
    settings,
)
from rebond.method.feedback.split import MAX_EMAIL_CHARS
from rebond.trash import services as trash
from rebond.trash.models import BinEntry

if TYPE_CHECKING:
    from rebond.accounts.models import User
    from rebond.method.text.language import Lang

# Stored groups follow one playbook's grouping settings for everyone (`group`'s default), so a
# person's group ids do not depend on the language a page is read in.
GROUPING_LANG: Lang = "fr"
# Stored statements read beside a new piece of feedback, at most (`_paraphrases_on_file`).
MAX_CONTEXT = 50

# Label values a person may choose per field (an empty cause: none, as for a strength).
ALLOWED = {
    "theme": THEMES,
    "dimension": DIMENSIONS,
    "polarity": POLARITIES,
    "nature": NATURES,
    "cause": (*CAUSES, ""),
}


class FeedbackInputError(ServiceError):
    """The pasted text cannot be recorded; the message says why, in plain words."""


def corrections_for(user: User) -> list[tuple[str, str, str | None]]:
    """The person's corrections as (statement text, field, value), oldest first."""
    rows = (
        Correction.objects.for_user(user)
        .order_by("created_at", "id")
        .values_list("statement__text", "field", "new_value")
    )
    return [(text, field, value or None) for text, field, value in rows]


def labels_of(row: Statement) -> FeedbackLabels:
    return FeedbackLabels(
        row.theme,
        row.dimension,
        row.polarity,
        row.nature,
        row.cause or None,
        cast("Lang", row.lang),
    )


# Control characters a paste may carry (a bell, a NUL): nothing a person wrote, and neither
# PostgreSQL text nor an SVG chart can hold all of them. Tabs and line ends stay.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    return _CONTROLS.sub("", text)


def read(text: str) -> Reading:
    """A paste read into kept and set-aside pieces; FeedbackInputError when empty or too long.

    A message with nothing to keep is not an error: it is recorded as such (a rejection
    without feedback is still information).
    """
    if not text.strip():
        raise FeedbackInputError(gettext("Paste the feedback first: the text is empty."))
    if len(text) > MAX_EMAIL_CHARS:
        raise FeedbackInputError(
            gettext(
                "The text is %(length)s characters long; the limit is %(limit)s. "
                "Paste only the part of the message that gives feedback."
            )
            % {
                "length": number_format(len(text), force_grouping=True),
                "limit": number_format(MAX_EMAIL_CHARS, force_grouping=True),
            }
        )
    return read_email(text)


def doubt_of(labels: FeedbackLabels, doubtful_piece: bool) -> str:
    """What to ask the person about a new statement, if anything."""
    if doubtful_piece:
        return Doubt.FEEDBACK
    if labels.confidence.get("polarity", 1.0) < settings(GROUPING_LANG).confirm_below:
        return Doubt.POLARITY
    return Doubt.SURE


def classify_new(
    user: User, texts: list[str], vectors: np.ndarray | None = None
) -> tuple[list[FeedbackLabels], np.ndarray]:
    """Labels and vectors of new statements, read beside the person's stored statements that
    paraphrase them (their stored labels stay): a new wording of a known point takes that
    point's dimension. `vectors`: the texts' sentence vectors when already encoded."""
    from rebond.method.feedback.classifier import classify_many
    from rebond.method.learning import embeddings

    if vectors is None:
        vectors = embeddings.encode(texts)
    known, known_vectors = _paraphrases_on_file(user, vectors)
    labels = classify_many(
        [*texts, *known],
        corrections=corrections_for(user),
        vectors=np.vstack([vectors, known_vectors]),
    )[: len(texts)]
    return labels, vectors


@transaction.atomic
def add_feedback(
    user: User,
    *,
    text: str,
    source_kind: str = SourceKind.RECRUITER,
    source_name: str = "",
    received_on: date | None = None,
    application: Any = None,
) -> FeedbackItem:
    """Record a piece of feedback: its kept statements classified, the rest set aside (kept on
    the item, reversible); then regroup. An item may keep no statement at all."""
    if source_kind not in SourceKind.values:
        raise FeedbackInputError(gettext("Unknown source."))
    if application is not None and application.user_id != user.pk:
        raise FeedbackInputError(gettext("That application belongs to someone else."))
    text = clean_text(text)
    reading = read(text)
    kept = reading.kept
    item = FeedbackItem.objects.create(
        user=user,
        application=application,
        source_kind=source_kind,
        source_name=" ".join(source_name.split())[:200],
        received_on=received_on or timezone.localdate(),
        text=text,
        set_aside=[
            {"text": p.text, "kind": p.kind, "position": p.position} for p in reading.set_aside
        ],
    )
    if kept:
        labels, vectors = classify_new(
            user, [p.text for p in kept], np.vstack([cast("np.ndarray", p.vector) for p in kept])
        )
        rows = [
            Statement.labelled(item, piece.position, piece.text, lab, vectors[i])
            for i, (piece, lab) in enumerate(zip(kept, labels, strict=True))
        ]
        for row, piece, lab in zip(rows, kept, labels, strict=True):
            row.doubt = doubt_of(lab, piece.doubtful)
        Statement.objects.bulk_create(rows)
        sure = [(r.polarity, r.dimension) for r in rows if not r.doubt]
        if sure:
            regroup(user, buckets_of(sure))
    return item


def _paraphrases_on_file(user: User, vectors: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Texts and vectors of the person's stored statements that may paraphrase one of the new
    ones (centred similarity at least the playbook's `paraphrase_threshold`), the closest
    `MAX_CONTEXT` at most: `classify_many` reads them together with the new statements."""
    from rebond.method.feedback.classifier import shipped_model
    from rebond.method.feedback.paraphrase import centred_similarity

    rows = list(Statement.objects.for_user(user).values_list("id", "embedding"))
    if not rows:
        return [], np.zeros((0, vectors.shape[1]), dtype=np.float32)
    ids = [pk for pk, _ in rows]
    stored = np.frombuffer(b"".join(bytes(b) for _, b in rows), dtype=np.float32)
    stored = stored.reshape(len(rows), -1)
    model = shipped_model()
    closest = centred_similarity(stored, vectors, model.mean, model.common).max(axis=1)
    cut = settings(GROUPING_LANG).paraphrase_threshold
    wanted = [int(k) for k in np.argsort(-closest)[:MAX_CONTEXT] if closest[k] >= cut]
    texts = dict(
        Statement.objects.filter(id__in=[ids[k] for k in wanted]).values_list("id", "text")
    )
    return [texts[ids[k]] for k in wanted], stored[wanted]


def buckets_of(labels: Iterable[tuple[str, str]]) -> set[Bucket]:
    """The grouping buckets of statements given as (polarity, dimension)."""
    gap = settings(GROUPING_LANG).group_dimension_gap
    return {bucket_of(polarity, dimension, gap) for polarity, dimension in labels}


def _in_buckets(buckets: Iterable[Bucket]) -> Q:
    """The statements of `buckets`, as a filter: `bucket_of` read in SQL."""
    found = Q(pk__in=[])
    for bucket in buckets:
        side = Q(polarity="strength") if bucket.praise else ~Q(polarity="strength")
        found |= side if bucket.dimension is None else side & Q(dimension=bucket.dimension)
    return found


@transaction.atomic
def regroup(user: User, buckets: Iterable[Bucket] | None = None) -> int:
    """Recompute the group ids and central statements of the person's statements in `buckets`
    (every statement when None: a repair, or after the playbook's grouping settings changed);
    returns the number of rows changed.

    Buckets are grouped independently, so regrouping the buckets a change touches gives the
    groups a full regroup gives, reading only those buckets' rows. Ids: see `_stable_ids`.
    """
    from rebond.method.feedback.groups import centres, group_labelled

    # One regroup at a time per person (PostgreSQL; SQLite writes one at a time anyway): two
    # saves at once would otherwise hand the same new id to two groups.
    list(get_user_model().objects.select_for_update().filter(pk=user.pk).values_list("pk"))
    # A doubtful statement (see `doubt_of`) waits for the person's answer outside every group.
    mine = Statement.objects.for_user(user).filter(doubt=Doubt.SURE)
    query, elsewhere = mine, mine.none()
    if buckets is not None:
        wanted = _in_buckets(buckets)
        query, elsewhere = mine.filter(wanted), mine.exclude(wanted)
    rows = list(
        query.order_by("item__received_on", "item_id", "position").values_list(
            "id", "polarity", "dimension", "group", "central", "embedding"
        )
    )
    if not rows:
        return 0
    pks, polarities, dimensions, old, was_central, blobs = zip(*rows, strict=True)
    vectors = np.frombuffer(b"".join(bytes(b) for b in blobs), dtype=np.float32)
    vectors = vectors.reshape(len(rows), -1)
    found = group_labelled(
        list(zip(polarities, dimensions, strict=True)), vectors, lang=GROUPING_LANG
    )
    leads = set(centres(found, vectors).values())
    # Ids the other buckets use (read from the slim ranking index, not from the rows).
    taken = {
        gid
        for gid in elsewhere.order_by().values_list("group", flat=True).distinct()
        if gid is not None
    }
    ids = _stable_ids(found, old, taken)
    changed = [
        Statement(id=pk, group=gid, central=k in leads)
        for k, (pk, gid) in enumerate(zip(pks, ids, strict=True))
        if old[k] != gid or was_central[k] != (k in leads)
    ]
    Statement.objects.bulk_update(changed, ["group", "central"], batch_size=500)
    return len(changed)


def _stable_ids(found: Sequence[int], old: Sequence[int | None], taken: set[int]) -> list[int]:
    """Stored ids for the new groups `found` (0, 1… in order of first appearance) of rows whose
    stored ids were `old`, `taken` being the ids other buckets use.

    A new group keeps its rows' old id when it is that old group, give or take the statements
    just added (no id yet) or deleted: all its rows that had an id had that one, and all the
    rows with that id are in it. Any other group takes a new id past every id in use. So
    untouched groups keep the ids pages and plan links name, and no id names two groups.
    """
    members: dict[int, list[int]] = defaultdict(list)
    for k, gid in enumerate(found):
        members[gid].append(k)
    size = Counter(gid for gid in old if gid is not None)
    highest = max((*taken, *size), default=-1)
    given: dict[int, int] = {}
    for gid, rows in members.items():  # in order of first appearance
        before = Counter(gid for gid in (old[k] for k in rows) if gid is not None)
        if len(before) == 1:
            (kept, count), *_ = before.items()
            if count == size[kept] and kept not in taken:
                given[gid] = kept
                continue
        highest += 1
        given[gid] = highest
    return [given[gid] for gid in found]


@transaction.atomic
def correct_labels(user: User, statement: Statement, changes: dict[str, str]) -> list[str]:
    """Store the person's labels, keep each correction for later items, regroup if needed.

    Returns the fields that changed; FeedbackInputError for an unknown field or value.
    """
    for field, value in changes.items():
        if field not in LabelField.values:
            raise FeedbackInputError(gettext("Unknown label."))
        if value not in ALLOWED[field]:
            raise FeedbackInputError(gettext("That value is not possible for this label."))
    changed = [f for f, v in changes.items() if getattr(statement, f) != v]
    before = (statement.polarity, statement.dimension)
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
        regroup(user, buckets_of([before, (statement.polarity, statement.dimension)]))
    return changed


def correct_label(user: User, statement: Statement, field: str, value: str) -> Statement:
    """One label corrected (see `correct_labels`)."""
    correct_labels(user, statement, {field: value})
    return statement


@transaction.atomic
def delete_item(user: User, item: FeedbackItem) -> BinEntry:
    """Into the bin; the recurring points it fed are grouped again without it."""
    touched = buckets_of(item.statements.order_by().values_list("polarity", "dimension"))
    entry = trash.discard(user, item)
    regroup(user, touched)
    return entry


def item_restored(user: User, item: FeedbackItem) -> None:
    """Back from the bin: its statements join the recurring points again."""
    regroup(user, buckets_of(item.statements.order_by().values_list("polarity", "dimension")))
