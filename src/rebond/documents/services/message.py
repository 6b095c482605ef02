"""One central message (C8.4): the value proposition against the CV and the other texts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction

from rebond.documents.models import BrandText, CvVersion, ValueProposition
from rebond.method.cv.document import Line
from rebond.method.cv.message import Drift, message_drift
from rebond.method.cv.sections import split_sections
from rebond.method.text.language import Lang

if TYPE_CHECKING:
    from rebond.accounts.models import User

SOURCE_PREP = "prep"
SOURCE_HERE = "documents"


@dataclass(frozen=True)
class CentralMessage:
    text: str
    source: str  # SOURCE_PREP or SOURCE_HERE


@dataclass(frozen=True)
class DriftRow:
    name: str
    drift: Drift


def prep_value_proposition(user: User) -> str | None:
    """The latest value proposition of the interview-preparation app, or None if absent."""
    try:
        from rebond.prep.choices import PitchKind
        from rebond.prep.models import PitchVersion
    except ImportError:
        return None
    row = (
        PitchVersion.objects.for_user(user)
        .filter(kind=PitchKind.VALUE_PROPOSITION)
        .order_by("-created_at", "-id")
        .first()
    )
    return row.text if row and row.text.strip() else None


def central_message(user: User) -> CentralMessage | None:
    """The value proposition written here, else the preparation app's latest one."""
    own = ValueProposition.objects.for_user(user).first()
    if own is not None and own.text.strip():
        return CentralMessage(own.text, SOURCE_HERE)
    prep = prep_value_proposition(user)
    return CentralMessage(prep, SOURCE_PREP) if prep else None


def save_value_proposition(user: User, text: str) -> ValueProposition:
    with transaction.atomic():
        row, _created = ValueProposition.objects.update_or_create(
            user=user, defaults={"text": text.strip()}
        )
    return row


def cv_summary(cv: CvVersion) -> str:
    """The CV's summary section, else its first lines (name, title, headline)."""
    doc_lines = [Line(x["text"]) for x in cv.content.get("lines", [])]
    for section in split_sections(doc_lines):
        if section.kind == "summary":
            return "\n".join(x.text for x in section.lines)
    return "\n".join(x.text for x in doc_lines[:4])


def drift(user: User, lang: Lang) -> tuple[CentralMessage | None, list[DriftRow]]:
    """Where each text (latest CV summary, headline, letters) drifts from the central message."""
    message = central_message(user)
    if message is None:
        return None, []
    texts: dict[str, str] = {}
    latest = CvVersion.objects.for_user(user).order_by("-created_at", "-id").first()
    if latest is not None:
        texts[f"CV · {latest.label}"] = cv_summary(latest)
    for row in BrandText.objects.for_user(user):
        texts[f"{row.get_kind_display()} · {row.title}"] = row.text
    drifts = message_drift(message.text, texts, lang)
    return message, [DriftRow(d.name, d) for d in drifts]


def save_text(
    user: User, kind: str, title: str, text: str, row: BrandText | None = None
) -> BrandText:
    row = row or BrandText(user=user)
    row.kind, row.title, row.text = kind, title.strip(), text.strip()
    row.full_clean(exclude=["user"])
    row.save()
    return row
