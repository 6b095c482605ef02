"""Organisations, coaches and the job seeker's consent, section by section (X2).

A coach sees a person's data only through an active `Share` the person granted; each look is
written to the person's `AccessLog`. Rows belong to the job seeker (`user`) unless named.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from rebond.accounts.fields import EncryptedTextField
from rebond.accounts.ownership import OwnedModel
from rebond.coaching.choices import ProposalStatus, Purpose, Role, Section
from rebond.plan.choices import Axis


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
    """One message of a thread on a shared item (`item` = "<export section>:<id>").

    A thread is the messages of one person (`user`), one coach and one item, in time order
    (coaching/threads.py). The coach writes first; either side answers (`by_seeker`).
    """

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comments_written"
    )
    section = models.CharField(max_length=20, choices=Section.choices)
    item = models.CharField(max_length=80)
    text = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    # Written by the job seeker (an answer) rather than by the coach.
    by_seeker = models.BooleanField(default=False)
    edited_at = models.DateTimeField(null=True, blank=True)
    # When the other side first saw it (the seeker's Today lists what they have not read).
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("comment")

    def __str__(self) -> str:
        return " ".join(self.text.split())[:80]


class Note(OwnedModel):
    """A coach's private note about one person: `user` is the coach who wrote it. Never shown
    to the person nor to another coach (coaching/notes.py)."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coach_notes_about"
    )
    text = EncryptedTextField(_("note"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("private note")

    def __str__(self) -> str:
        return " ".join(self.text.split())[:80]


class Proposal(OwnedModel):
    """An action a coach proposes to the person (`user`), who accepts it into their plan or
    declines it (coaching/proposals.py)."""

    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="proposals_made"
    )
    title = models.CharField(_("action"), max_length=300)
    axis = models.CharField(_("axis"), max_length=20, choices=Axis.choices)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    status = models.CharField(
        _("answer"), max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    action = models.ForeignKey(
        "plan.Action", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("proposed action")

    def __str__(self) -> str:
        return self.title


class AccessLog(OwnedModel):
    """One line per look at the person's data, by a coach (shared data) or by an operator (the
    site's administration, `Purpose.OPERATOR`, no section); the person reads it.

    A look at one section names it in `section`; a look across sections (the caseload's row,
    the interviews, the timeline) is one line naming them all in `sections` (comma-separated).
    """

    # Whoever looked: a coach, or the operator for `Purpose.OPERATOR`.
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


class OwnSearch(OwnedModel):
    """A coach-only account's choice to start a job search of its own (coaching/own_search.py):
    from then on it has the job seeker's menu too."""

    started_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user"], name="one_own_search")]
