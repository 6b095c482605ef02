from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from rebond.accounts.ownership import OwnedModel, OwnedQuerySet
from rebond.network.choices import (
    ContactKind,
    ContributionKind,
    InfoStatus,
    InteractionChannel,
    TargetKind,
)


class Contact(OwnedModel):
    first_name = models.CharField(_("first name"), max_length=120, blank=True)
    last_name = models.CharField(_("last name"), max_length=120, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=ContactKind.choices, default=ContactKind.OTHER
    )
    # The tracker's company when it is one the person applied to; the name is always kept.
    company = models.ForeignKey(
        "jobs.Company",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contacts",
        verbose_name=_("company in my tracker"),
    )
    company_name = models.CharField(_("company"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    how_met = models.CharField(_("how we met"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    other_emails = models.TextField(_("other e-mails"), blank=True, help_text=_("One per line."))
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    profile_url = models.CharField(_("profile URL"), max_length=500, blank=True)
    tags = models.CharField(
        _("tags"), max_length=300, blank=True, help_text=_("Separated by commas.")
    )
    notes = models.TextField(_("notes"), blank=True)
    keep_warm = models.BooleanField(_("remind me to keep in touch"), default=True)
    cadence_months = models.PositiveSmallIntegerField(
        _("keep in touch every (months)"),
        null=True,
        blank=True,
        help_text=_("Empty: every three months."),
    )
    interview = models.ForeignKey(
        "jobs.Interview",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contacts",
        verbose_name=_("met in the interview"),
    )
    # Denormalised so the "due to contact" list is one indexed range query at any size.
    last_interaction_at = models.DateTimeField(_("last contact"), null=True, blank=True)
    due_at = models.DateTimeField(_("next check-in"), null=True, blank=True)
    identity = models.CharField(max_length=600, editable=False, default="")
    imported_from = models.CharField(max_length=20, blank=True, editable=False)
    connected_on = models.DateField(_("connected on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["last_name", "first_name", "id"]
        indexes = [
            models.Index(fields=["user", "last_name", "first_name", "id"]),
            models.Index(fields=["user", "due_at"]),
            models.Index(fields=["user", "identity"]),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p) or "—"

    @property
    def emails(self) -> list[str]:
        more = [e.strip() for e in self.other_emails.splitlines() if e.strip()]
        return [e for e in [self.email, *more] if e]

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]

    def get_absolute_url(self) -> str:
        return reverse("network:contact", args=[self.pk])


class Interaction(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="interactions")
    occurred_at = models.DateTimeField(_("when"))
    channel = models.CharField(
        _("channel"),
        max_length=12,
        choices=InteractionChannel.choices,
        default=InteractionChannel.EMAIL,
    )
    summary = models.TextField(_("summary"))
    next_step = models.CharField(_("next step"), max_length=300, blank=True)
    i_gave = models.CharField(_("what I gave"), max_length=300, blank=True)
    they_gave = models.CharField(_("what they gave"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    owner_path = "contact__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-id"]
        indexes = [models.Index(fields=["contact", "-occurred_at"])]

    def __str__(self) -> str:
        return f"{self.contact} @ {self.occurred_at:%Y-%m-%d}"


class Contribution(models.Model):
    """The "give before asking" log: what the person offered their network."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="contributions")
    kind = models.CharField(
        _("kind"), max_length=20, choices=ContributionKind.choices, default=ContributionKind.OTHER
    )
    description = models.CharField(_("what"), max_length=300)
    given_on = models.DateField(_("date"))

    owner_path = "contact__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-given_on", "-id"]

    def __str__(self) -> str:
        return self.description


class InfoInterview(models.Model):
    """A 15-minute informational interview (C6.3)."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="info_interviews")
    goal = models.CharField(_("goal"), max_length=40, blank=True)
    topic = models.CharField(_("topic"), max_length=200)
    scheduled_at = models.DateTimeField(_("date and time"))
    questions = models.TextField(
        _("my three questions"), blank=True, help_text=_("One question per line.")
    )
    notes = models.TextField(_("notes"), blank=True)
    key_points = models.TextField(
        _("what I took away"), blank=True, help_text=_("One point per line.")
    )
    next_step = models.CharField(_("what I will do next"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=InfoStatus.choices, default=InfoStatus.PLANNED
    )
    held_at = models.DateTimeField(_("held at"), null=True, blank=True)
    thanks_sent_at = models.DateTimeField(_("thanks sent at"), null=True, blank=True)
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True)
    followed_up_at = models.DateTimeField(_("followed up at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    owner_path = "contact__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["-scheduled_at", "-id"]
        indexes = [models.Index(fields=["contact", "status"])]

    def __str__(self) -> str:
        return f"{self.topic} — {self.contact}"

    def get_absolute_url(self) -> str:
        return reverse("network:info", args=[self.pk])

    @property
    def question_list(self) -> list[str]:
        return [q.strip() for q in self.questions.splitlines() if q.strip()]

    @property
    def key_point_list(self) -> list[str]:
        return [p.strip() for p in self.key_points.splitlines() if p.strip()]


class Target(OwnedModel):
    """Someone or some group to reach (C6.4), with the next step to take."""

    kind = models.CharField(_("kind"), max_length=20, choices=TargetKind.choices)
    name = models.CharField(_("who or which group"), max_length=200)
    company_name = models.CharField(_("company or sector"), max_length=200, blank=True)
    contact = models.ForeignKey(
        Contact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="targets",
        verbose_name=_("contact"),
    )
    next_step = models.CharField(_("next step"), max_length=300)
    done = models.BooleanField(_("done"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["done", "kind", "-created_at"]

    def __str__(self) -> str:
        return self.name


class CompanyKeepWarm(OwnedModel):
    """After a "no": stay in touch with the company and know when applying again makes sense."""

    application = models.OneToOneField(
        "jobs.Application", on_delete=models.CASCADE, related_name="keep_warm_plan"
    )
    contact = models.ForeignKey(
        Contact,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="company_plans",
        verbose_name=_("person to stay in touch with"),
    )
    connected_at = models.DateTimeField(_("connected on"), null=True, blank=True)
    gap_closed_at = models.DateTimeField(_("gap closed on"), null=True, blank=True)
    gap_evidence = models.CharField(_("evidence the gap is closed"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return str(self.application)
