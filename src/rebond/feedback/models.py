"""Feedback loop data (C3): statements with their labels and stored embeddings, corrections,
messages to recruiters, and the person's own SMTP account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from rebond.accounts.fields import EncryptedTextField
from rebond.accounts.ownership import OwnedModel, OwnedQuerySet
from rebond.feedback.choices import (
    Cause,
    Dimension,
    Doubt,
    LabelField,
    Lang,
    MessageKind,
    MessageStatus,
    Nature,
    Polarity,
    Security,
    SentVia,
    SetAsideKind,
    SourceKind,
    Theme,
)

if TYPE_CHECKING:
    import numpy as np


class FeedbackItem(OwnedModel):
    """One piece of feedback as received (an e-mail, notes from a call, a self-assessment)."""

    application = models.ForeignKey(
        "jobs.Application",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="feedback_items",
        verbose_name=_("application"),
    )
    source_kind = models.CharField(
        pgettext_lazy("who a piece of feedback comes from", "from"),
        max_length=20,
        choices=SourceKind.choices,
        default=SourceKind.RECRUITER,
    )
    source_name = models.CharField(
        _("who said it"), max_length=200, blank=True, help_text=_("A name or a role.")
    )
    received_on = models.DateField(_("received on"))
    text = models.TextField(_("the feedback as received"))
    # The pieces of `text` not kept as feedback, in order: [{"text", "kind", "position"}], kind
    # from `SetAsideKind`. Shown on the item; any of them can be brought back as feedback.
    set_aside = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("feedback")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["user", "-received_on"])]

    def __str__(self) -> str:
        return f"{self.get_source_kind_display()} {self.received_on}"

    @property
    def set_aside_pieces(self) -> list[dict[str, Any]]:
        """The set-aside pieces with their index and reason, for the page."""
        labels = dict(SetAsideKind.choices)
        return [
            {**piece, "index": k, "reason": labels.get(piece.get("kind", ""), "")}
            for k, piece in enumerate(self.set_aside)
        ]

    def get_absolute_url(self) -> str:
        return reverse("feedback:item", args=[self.pk])

    @property
    def source_key(self) -> str:
        """Who said it, for counting distinct sources: the same person across items."""
        name = " ".join(self.source_name.lower().split())
        if name:
            return f"{self.source_kind}:{name}"
        if self.application_id:
            return f"{self.source_kind}:application-{self.application_id}"
        return f"item-{self.pk}"


class Statement(models.Model):
    """One sentence of feedback, its labels (corrected ones win) and its sentence vector."""

    item = models.ForeignKey(FeedbackItem, on_delete=models.CASCADE, related_name="statements")
    position = models.PositiveSmallIntegerField()
    text = models.TextField(_("statement"))
    lang = models.CharField(_("language"), max_length=2, choices=Lang.choices)
    theme = models.CharField(_("theme"), max_length=20, choices=Theme.choices)
    dimension = models.CharField(_("dimension"), max_length=20, choices=Dimension.choices)
    polarity = models.CharField(_("polarity"), max_length=10, choices=Polarity.choices)
    nature = models.CharField(_("nature"), max_length=10, choices=Nature.choices)
    cause = models.CharField(_("cause"), max_length=12, choices=Cause.choices, blank=True)
    corrected = models.JSONField(default=list, blank=True)  # names of fields the person fixed
    # What the product is unsure of ("" when sure). A doubtful statement is shown with a
    # one-click question and stays out of recurring points and the strengths journal.
    doubt = models.CharField(max_length=10, choices=Doubt.choices, blank=True, default="")
    # 512 float32 from `rebond.method.learning.embeddings`, stored so grouping never re-encodes.
    embedding = models.BinaryField()
    # Group id from `rebond.method.feedback.group`, refreshed for the buckets a change of
    # statements or labels touches (cheaper than clustering on each page view); an id stays
    # while its group does (`services.items._stable_ids`).
    group = models.IntegerField(null=True, blank=True)
    # The group's most central statement, whose text names the point (stored with `group`).
    central = models.BooleanField(default=False)

    owner_path = "item__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["item", "position"]
        # Ranking recurring points reads only these columns: from this index, the rows (each
        # 2 KB with its vector) are not read at all on SQLite.
        indexes = [
            models.Index(
                fields=["item", "group", "central", "polarity", "theme", "dimension", "position"],
                name="feedback_statement_ranking",
            )
        ]

    def __str__(self) -> str:
        return self.text[:60]

    @classmethod
    def labelled(
        cls, item: FeedbackItem, position: int, text: str, labels: Any, vector: np.ndarray
    ) -> Statement:
        """An unsaved statement from the method's labels (`FeedbackLabels`) and its vector."""
        return cls(
            item=item,
            position=position,
            text=text,
            lang=labels.lang,
            theme=labels.theme,
            dimension=labels.dimension,
            polarity=labels.polarity,
            nature=labels.nature,
            cause=labels.cause or "",
            embedding=vector.astype("float32").tobytes(),
        )

    def vector(self) -> np.ndarray:
        import numpy as np  # not at start-up: only the grouping reads vectors

        return np.frombuffer(bytes(self.embedding), dtype=np.float32)


class Correction(models.Model):
    """A label the person corrected; replayed as guidance when later items are classified."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="corrections")
    field = models.CharField(_("label"), max_length=10, choices=LabelField.choices)
    old_value = models.CharField(max_length=20, blank=True)
    new_value = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    owner_path = "statement__item__user"
    objects = OwnedQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.field}: {self.old_value} → {self.new_value}"


class Message(OwnedModel):
    """A message to a recruiter: a draft being edited, or what was actually sent."""

    application = models.ForeignKey(
        "jobs.Application",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="messages",
        verbose_name=_("application"),
    )
    # The network app's contact, when the message went to one (no FK: the apps stay separate).
    contact_id = models.IntegerField(null=True, blank=True)
    kind = models.CharField(_("kind"), max_length=30)
    lang = models.CharField(_("language"), max_length=2, choices=Lang.choices, default=Lang.FR)
    from_address = models.EmailField(_("my e-mail address"), blank=True)
    to_name = models.CharField(_("recipient's name"), max_length=200, blank=True)
    to_address = models.EmailField(_("recipient's e-mail"), blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("message"))
    status = models.CharField(
        max_length=10, choices=MessageStatus.choices, default=MessageStatus.DRAFT
    )
    sent_via = models.CharField(max_length=12, choices=SentVia.choices, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "application", "status"])]

    def __str__(self) -> str:
        return self.subject

    def get_absolute_url(self) -> str:
        return reverse("feedback:message", args=[self.pk])

    @property
    def kind_label(self) -> str:
        return str(dict(MessageKind.choices).get(self.kind, self.kind))

    @property
    def is_sent(self) -> bool:
        return self.status == MessageStatus.SENT


class SmtpAccount(OwnedModel):
    """The person's own outgoing mail server; the password is encrypted and never shown."""

    host = models.CharField(_("server"), max_length=200)
    port = models.PositiveIntegerField(_("port"), default=587)
    security = models.CharField(
        _("security"), max_length=10, choices=Security.choices, default=Security.STARTTLS
    )
    username = models.CharField(_("user name"), max_length=200, blank=True)
    password = EncryptedTextField(_("password"), blank=True)
    from_name = models.CharField(_("my name"), max_length=200, blank=True)
    from_address = models.EmailField(_("my e-mail address"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint("user", name="one_smtp_account_per_user")]

    def __str__(self) -> str:
        return f"{self.username or self.from_address}@{self.host}:{self.port}"
