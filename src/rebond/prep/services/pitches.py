"""Opening pitch and value proposition (C7.2): live estimate, versions kept and compared."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rebond.accounts.language import text_lang
from rebond.method.errors import ServiceError
from rebond.method.prep.stories import (
    PitchCheck,
    ValuePropositionCheck,
    check_pitch,
    check_value_proposition,
)
from rebond.prep.choices import PitchKind
from rebond.prep.models import PitchVersion

if TYPE_CHECKING:
    from rebond.accounts.models import User

MAX_PITCH_CHARS = 3000

Check = PitchCheck | ValuePropositionCheck


@dataclass(frozen=True)
class CheckedVersion:
    version: PitchVersion
    check: Check


def check(kind: str, text: str) -> Check:
    """The method's check for a pitch or a value proposition, in the text's language."""
    lang = text_lang(text)
    if PitchKind(kind) == PitchKind.PITCH:
        return check_pitch(text, lang)
    return check_value_proposition(text, lang)


def save_version(user: User, kind: str, text: str, label: str = "") -> PitchVersion:
    text = text.strip()
    if not text:
        raise ServiceError("The text is empty.")
    if len(text) > MAX_PITCH_CHARS:
        raise ServiceError(f"Keep it under {MAX_PITCH_CHARS} characters.")
    return PitchVersion.objects.create(
        user=user, kind=PitchKind(kind), text=text, label=label.strip()
    )


def versions(user: User, kind: str, limit: int = 20) -> list[CheckedVersion]:
    rows = PitchVersion.objects.for_user(user).filter(kind=PitchKind(kind))[:limit]
    return [CheckedVersion(v, check(v.kind, v.text)) for v in rows]


def compare(first: PitchVersion, second: PitchVersion) -> list[dict[str, Any]]:
    """Side-by-side figures of two versions: one row per measure, older version first."""
    older, newer = sorted((first, second), key=lambda v: (v.created_at, v.pk))
    a, b = check(older.kind, older.text), check(newer.kind, newer.text)
    names = ["seconds", "sentences"]
    names += (
        ["proofs", "says_who", "says_problem", "within_window"]
        if isinstance(a, PitchCheck) and isinstance(b, PitchCheck)
        else ["problem", "solution", "impact", "in_order"]
    )
    return [
        {"measure": n, "older": getattr(a, n, None), "newer": getattr(b, n, None)} for n in names
    ] + [{"measure": "ok", "older": a.ok, "newer": b.ok}]
