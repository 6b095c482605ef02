"""Owner checks: the first line of every view that touches a person's rows.

Another person's object answers 404, never 403: its existence is not disclosed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from django.db.models import Model, QuerySet
from django.db.models.manager import BaseManager
from django.http import Http404, HttpRequest

from rebond.accounts.ownership import OwnedQuerySet

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from rebond.accounts.models import User

M = TypeVar("M", bound=Model)


class AuthedRequest(HttpRequest):
    """The request a view behind `login_required` (or the API's session auth) receives: its
    `user` is a signed-in `User`, never `AnonymousUser`. Only an annotation for mypy."""

    user: User


def owned_or_404(rows: QuerySet[M] | BaseManager[M], user: User | AnonymousUser, pk: Any) -> M:
    """The row `pk` of `rows` (an owned model's manager or queryset) if it belongs to `user`;
    Http404 otherwise."""
    scoped = rows.all()
    if not isinstance(scoped, OwnedQuerySet):
        raise TypeError(f"{scoped.model.__name__} rows have no owner (OwnedQuerySet)")
    try:
        return scoped.for_user(user).get(pk=pk)
    except (scoped.model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
