"""Every row of a person's data belongs to one user; every query goes through `for_user`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from django.conf import settings
from django.db import models

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from rebond.accounts.models import User


class OwnedQuerySet(models.QuerySet[Any]):
    """Rows owned directly (a `user` field) or through a parent: a model whose rows belong to
    the user found further away names the path in its `owner_path` class attribute (e.g.
    `owner_path = "application__user"`), which mypy's Django plugin can read, unlike a queryset
    class built at run time."""

    def for_user(self, user: User | AnonymousUser) -> Self:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(**{getattr(self.model, "owner_path", "user"): user})


class OwnedModel(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True
