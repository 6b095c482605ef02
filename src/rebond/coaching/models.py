"""Organisations, coaches and the job seeker's consent, section by section (X2).

A coach sees a person's data only through an active `Share` the person granted; each look is
written to the person's `AccessLog`. Rows belong to the job seeker (`user`) unless named.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel
from rebond.coaching.choices import Purpose, Role, Section


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    # Job seekers the organisation may enrol (members and invitations still pending); empty:
    # no limit. Set by the operator (Django admin).
    seats = models.PositiveIntegerField(
        _("job seeker seats"),
        null=True,
        blank=True,
        help_text=_("Empty: no limit. Pending invitations count as taken seats."),
    )

    # Not a personal row (no `for_user`): erasing one member must not erase the organisation.

    def __str__(self) -> str:
        return self.name


class Membership(OwnedModel):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    joined_at = models.DateTimeField(auto_now_add=True)
    # A job seeker's own coach in this organisation (the one who invited them, or the one the
    # caseload was handed to). Reading still needs the person's `Share`: this only says whose
    # caseload lists them, sharing or not.
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="caseload_memberships",
        verbose_name=_("coach"),
    )
    # The coach before the last hand-over: the person's sharing page offers to share the same
    # sections with the new coach. Never a reading right by itself.
    former_coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("former coach"),
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership"),
        ]


class Invitation(OwnedModel):
    """A sign-up link sent by `user` (a coach or an operator); stored as a hash only."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)
    email = models.EmailField(_("e-mail"))
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.SEEKER)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)


class Share(OwnedModel):
    """The job seeker (`user`) shares one section with one coach, until revoked."""

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares_received"
    )
    section = models.CharField(_("section"), max_length=20, choices=Section.choices)
    granted_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "coach", "section"],
                condition=Q(revoked_at__isnull=True),
                name="one_active_share_per_section",
            ),
        ]


class Comment(OwnedModel):
    """A coach's remark on one shared item (`item` = "<export section>:<id>")."""

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments_written"
    )
    section = models.CharField(max_length=20, choices=Section.choices)
    item = models.CharField(max_length=80)
    text = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class AccessLog(OwnedModel):
    """One line per look at the person's data, by a coach (shared data) or by an operator (the
    site's administration, `Purpose.OPERATOR`, no section); the person reads it."""

    # Whoever looked: a coach, or the operator for `Purpose.OPERATOR`.
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="accesses_made"
    )
    section = models.CharField(max_length=20, choices=Section.choices, blank=True)
    purpose = models.CharField(max_length=10, choices=Purpose.choices, default=Purpose.SECTION)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at"]
