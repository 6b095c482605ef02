"""The operator's Django admin: what running the site needs, and nothing of people's content.

Accounts, organisations and memberships only: never the journal, applications or any other
personal content (a test holds the registry to this list). Every look at a person's account or
membership is written to that person's access log (`Purpose.OPERATOR`), shown on their sharing
page. Deleting an account goes through the erasure service, never through the admin (its
confirmation page would list the person's rows).
"""

from __future__ import annotations

from typing import Any, cast

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest, HttpResponse

from rebond.accounts.models import User
from rebond.coaching.choices import Purpose
from rebond.coaching.models import AccessLog, Membership, Organisation


class LoggedLookAdmin(admin.ModelAdmin):
    """Each change or history page of a row that belongs to a person is logged for them."""

    def owner_of(self, obj: Any) -> Any:
        return obj.user

    def _log(self, request: HttpRequest, object_id: str) -> None:
        obj = self.get_object(request, unquote(object_id))
        if obj is not None:
            AccessLog.objects.create(
                user=self.owner_of(obj),
                coach=cast("User", request.user),
                section="",
                purpose=Purpose.OPERATOR,
            )

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        self._log(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: Any = None
    ) -> HttpResponse:
        self._log(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(User)
class OperatorUserAdmin(LoggedLookAdmin, UserAdmin):
    def owner_of(self, obj: Any) -> Any:
        return obj


@admin.register(Membership)
class MembershipAdmin(LoggedLookAdmin):
    list_display = ["user", "organisation", "role", "coach", "joined_at"]
    list_filter = ["role", "organisation"]
    raw_id_fields = ["user", "coach", "former_coach"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "seats", "created_at"]
