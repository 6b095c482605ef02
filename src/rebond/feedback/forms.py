from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django import forms
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from rebond.accounts.language import playbook_lang
from rebond.feedback.choices import (
    Cause,
    Dimension,
    LabelField,
    Lang,
    MessageKind,
    Nature,
    Polarity,
    Register,
    SourceKind,
    Theme,
)
from rebond.feedback.models import Message, SmtpAccount
from rebond.jobs.models import Application
from rebond.method.messages import question_bounds
from rebond.web.forms import Form, ModelForm

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
# Long enough for the method's 20,000-character limit to answer with its own clear message.
PASTE_MAX = 200_000


class FeedbackForm(Form):
    text = forms.CharField(
        label=_("The feedback"),
        max_length=PASTE_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Paste the e-mail as you received it (text or HTML) or type your notes: "
            "greetings, signature and quoted replies are left out."
        ),
    )
    source_kind = forms.ChoiceField(label=_("From"), choices=SourceKind.choices)
    source_name = forms.CharField(
        label=_("Who said it"),
        required=False,
        max_length=200,
        help_text=_("A name or a role, to count how many different people raise a point."),
    )
    received_on = forms.DateField(label=_("Received on"), widget=DATE_INPUT)
    application = forms.ModelChoiceField(
        label=_("Application"), queryset=Application.objects.none(), required=False
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["application"].queryset = Application.objects.for_user(user).select_related(  # type: ignore[attr-defined]
            "company"
        )
        self.fields["received_on"].initial = timezone.localdate()


FIELD_CHOICES: dict[str, Sequence[tuple[str, StrOrPromise]]] = {
    LabelField.THEME: Theme.choices,
    LabelField.DIMENSION: Dimension.choices,
    LabelField.POLARITY: Polarity.choices,
    LabelField.NATURE: Nature.choices,
    LabelField.CAUSE: [("", _("None")), *Cause.choices],
}


class LabelsForm(Form):
    """The five labels of one statement; only the fields posted are corrected."""

    theme = forms.ChoiceField(label=_("Theme"), choices=Theme.choices, required=False)
    dimension = forms.ChoiceField(label=_("Dimension"), choices=Dimension.choices, required=False)
    polarity = forms.ChoiceField(label=_("Polarity"), choices=Polarity.choices, required=False)
    nature = forms.ChoiceField(label=_("Nature"), choices=Nature.choices, required=False)
    cause = forms.ChoiceField(label=_("Cause"), choices=FIELD_CHOICES["cause"], required=False)

    def changes(self, posted) -> dict[str, str]:
        return {n: self.cleaned_data[n] for n in self.fields if self.add_prefix(n) in posted}

    @classmethod
    def for_statement(cls, statement, prefix: str = "") -> LabelsForm:
        initial = {name: getattr(statement, name) for name in cls.base_fields}
        return cls(initial=initial, prefix=prefix or f"s{statement.pk}")


class DraftForm(Form):
    kind = forms.ChoiceField(label=_("Message"), choices=MessageKind.choices)
    lang = forms.ChoiceField(label=_("Language"), choices=Lang.choices)
    register = forms.ChoiceField(
        label=_("Form of address (French)"), choices=Register.choices, initial=Register.VOUS
    )
    to_name = forms.CharField(label=_("Recipient's name"), required=False, max_length=200)
    to_address = forms.EmailField(label=_("Recipient's e-mail"), required=False)
    interview_moment = forms.CharField(
        label=_("One concrete moment of the interview"),
        required=False,
        max_length=200,
        help_text=_("For example: the case study on pricing."),
    )
    doubts = forms.CharField(
        label=_("Your doubts about the interview"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["doubts"].help_text = gettext(
            "One per line, %(count)s at most: each becomes a question of the message."
        ) % {"count": max_doubts()}

    def clean_doubts(self) -> str:
        text = str(self.cleaned_data.get("doubts", ""))
        most = max_doubts()
        if len([line for line in text.splitlines() if line.strip()]) > most:
            raise forms.ValidationError(
                ngettext(
                    "%(count)s doubt at most: a short message is the one that gets an answer.",
                    "%(count)s doubts at most: a short message is the one that gets an answer.",
                    most,
                )
                % {"count": most}
            )
        return text

    def doubt_lines(self) -> list[str]:
        return [line for line in self.cleaned_data["doubts"].splitlines() if line.strip()]


def max_doubts() -> int:
    """As many doubts as the feedback request asks questions, at most (`[messages] questions`)."""
    return question_bounds(playbook_lang())[1]


class MessageForm(ModelForm):
    class Meta:
        model = Message
        fields = ["from_address", "to_name", "to_address", "subject", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}


class SmtpForm(ModelForm):
    password = forms.CharField(
        label=_("Password"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_("Stored encrypted and never shown again; leave empty to keep the current one."),
    )

    class Meta:
        model = SmtpAccount
        fields = ["from_name", "from_address", "host", "port", "security", "username"]
