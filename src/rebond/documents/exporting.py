"""CV versions, checks, texts and proofs in a full export (X3); schema in docs/cv.md.

The CV files themselves are not in the export (it is JSON or CSV): each version's extracted
text is, and the file can be downloaded from its page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rebond.documents.models import (
    BrandText,
    CvUse,
    CvVersion,
    DismissedTerm,
    KeywordCheck,
    ProofItem,
    ProofUse,
    ValueProposition,
)

if TYPE_CHECKING:
    from rebond.accounts.models import User

CV_FIELDS = ["id", "label", "original_name", "kind", "byte_size", "lang", "created_at", "text"]
USE_FIELDS = ["id", "cv_id", "application_id", "created_at"]
CHECK_FIELDS = ["id", "cv_id", "application_id", "job_text", "created_at"]
TEXT_FIELDS = ["id", "kind", "title", "text", "updated_at"]
VALUE_FIELDS = ["id", "text", "updated_at"]
PROOF_FIELDS = ["id", "kind", "title", "url", "description", "skills", "created_at"]
PROOF_USE_FIELDS = ["id", "proof_id", "application_id"]
DISMISSED_FIELDS = ["id", "term", "created_at"]


def sections(user: User) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """Section name → (column names, rows), each row a dict of plain values."""

    def rows(model: Any, fields: list[str]) -> tuple[list[str], list[dict[str, Any]]]:
        return fields, list(model.objects.for_user(user).order_by("id").values(*fields))

    versions = [
        {**{f: getattr(cv, f) for f in CV_FIELDS if f != "text"}, "text": cv.text}
        for cv in CvVersion.objects.for_user(user).order_by("id")
    ]
    return {
        "cv_versions": (CV_FIELDS, versions),
        "cv_uses": rows(CvUse, USE_FIELDS),
        "keyword_checks": rows(KeywordCheck, CHECK_FIELDS),
        "dismissed_keywords": rows(DismissedTerm, DISMISSED_FIELDS),
        "brand_texts": rows(BrandText, TEXT_FIELDS),
        "value_propositions": rows(ValueProposition, VALUE_FIELDS),
        "proofs": rows(ProofItem, PROOF_FIELDS),
        "proof_uses": rows(ProofUse, PROOF_USE_FIELDS),
    }
