"""Every row of a person's data belongs to one user; every query goes through `for_user`."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


class OwnedQuerySet(models.QuerySet):
    """Rows owned directly (a `user` field) or through a parent (`owner_path`)."""

    owner_path = "user"

    def for_user(self, user: Any) -> OwnedQuerySet:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(**{self.owner_path: user})


def owned_queryset(path: str) -> type[OwnedQuerySet]:
    """A queryset class whose rows belong to the user found at `path` (e.g. "application__user")."""
    return type(f"OwnedBy_{path}", (OwnedQuerySet,), {"owner_path": path})


class OwnedModel(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    objects = OwnedQuerySet.as_manager()

    class Meta:
        abstract = True
