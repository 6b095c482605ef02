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
    # The last "please share" reminder the coach sent from the caseload (rate limit).
    reminded_at = models.DateTimeField(null=True, blank=True)

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
    """One line per look of a coach at the person's shared data; the person reads it.

    A look at one section names it in `section`; a look across sections (the caseload's row,
    the interviews, the timeline) is one line naming them all in `sections` (comma-separated).
    """

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="accesses_made"
    )
    section = models.CharField(max_length=20, choices=Section.choices, blank=True)
    sections = models.CharField(max_length=200, blank=True)
    purpose = models.CharField(max_length=10, choices=Purpose.choices, default=Purpose.SECTION)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-at"]

    @property
    def sections_display(self) -> str:
        """The section's label, or every label of a look across sections (the person's log)."""
        names = [self.section] if self.section else [n for n in self.sections.split(",") if n]
        labels = dict(Section.choices)
        return ", ".join(str(labels.get(name, name)) for name in names)
