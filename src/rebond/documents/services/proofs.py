"""The proof portfolio (C8.5): mini cases, demos, posts, certifications, with links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction

from rebond.documents.models import ProofItem, ProofUse
from rebond.jobs.models import Application

if TYPE_CHECKING:
    from rebond.accounts.models import User

PROOF_FIELDS = ("kind", "title", "url", "description", "skills")


def save_proof(user: User, row: ProofItem | None = None, **fields: Any) -> ProofItem:
    unknown = set(fields) - set(PROOF_FIELDS)
    if unknown:
        raise TypeError(f"Unknown proof fields: {', '.join(sorted(unknown))}")
    row = row or ProofItem(user=user)
    for name, value in fields.items():
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    row.full_clean(exclude=["user"])
    row.save()
    return row


def attach(proof: ProofItem, application: Application) -> None:
    if proof.user_id != application.user_id:
        raise PermissionError("proof and application belong to different people")
    with transaction.atomic():
        ProofUse.objects.get_or_create(proof=proof, application=application)


def detach(proof: ProofItem, application: Application) -> None:
    ProofUse.objects.filter(proof=proof, application=application).delete()


def portfolio(user: User) -> list[ProofItem]:
    return list(ProofItem.objects.for_user(user).prefetch_related("applications__company"))
