"""Owner checks: the first line of every view that touches a person's rows.

Another person's object answers 404, never 403: its existence is not disclosed.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404

M = TypeVar("M", bound=Model)


def owned_or_404(queryset: QuerySet[M], user: Any, pk: Any) -> M:
    """The row `pk` of `queryset` if it belongs to `user`; Http404 otherwise."""
    scoped = queryset.for_user(user)  # type: ignore[attr-defined]
    try:
        return scoped.get(pk=pk)
    except (queryset.model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
