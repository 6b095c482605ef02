from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from rebond.accounts.language import playbook_lang
from rebond.jobs.forms import DATE_INPUT, DATETIME_INPUT
from rebond.method.network.rules import info_goals, rules
from rebond.network.choices import ContactKind
from rebond.network.models import Contact, Contribution, InfoInterview, Interaction, Target
from rebond.network.services import EDITABLE_CONTACT_FIELDS
from rebond.web.forms import Form, ModelForm

TEXT_AREA = forms.Textarea(attrs={"rows": 3})


class ContactForm(ModelForm):
    class Meta:
        model = Contact
        fields = list(EDITABLE_CONTACT_FIELDS)
        widgets = {"notes": TEXT_AREA, "other_emails": forms.Textarea(attrs={"rows": 2})}

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if not (data.get("first_name", "").strip() or data.get("last_name", "").strip()):
            raise forms.ValidationError(_("Give at least a first or a last name."))
        cadence = data.get("cadence_months")
        if cadence is not None and not 1 <= cadence <= 24:
            self.add_error("cadence_months", _("Between 1 and 24 months."))
        return data


class SearchForm(Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All")), *ContactKind.choices]
    )
    tag = forms.CharField(label=_("Tag"), required=False, max_length=50)


class InteractionForm(ModelForm):
    class Meta:
        model = Interaction
        fields = ["occurred_at", "channel", "summary", "next_step", "i_gave", "they_gave"]
        widgets = {"occurred_at": DATETIME_INPUT, "summary": TEXT_AREA}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.initial.setdefault("occurred_at", timezone.localtime().replace(second=0))


class ContributionForm(ModelForm):
    class Meta:
        model = Contribution
        fields = ["kind", "description", "given_on"]
        widgets = {"given_on": DATE_INPUT}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.initial.setdefault("given_on", timezone.localdate())


class InfoInterviewForm(ModelForm):
    goal = forms.ChoiceField(label=_("Goal of the conversation"), choices=())

    class Meta:
        model = InfoInterview
        fields = ["goal", "topic", "scheduled_at", "questions"]
        widgets = {"scheduled_at": DATETIME_INPUT, "questions": TEXT_AREA}

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["goal"].choices = [(g.key, g.label) for g in info_goals(playbook_lang())]  # type: ignore[attr-defined]
        # The model's label says "three"; the number is the rules' (stated above the form).
        self.fields["questions"].label = _("My questions")

    def clean_questions(self) -> str:
        lines = [q.strip() for q in self.cleaned_data["questions"].splitlines() if q.strip()]
        most, minutes = rules().info_questions_max, rules().info_minutes
        if len(lines) > most:
            raise forms.ValidationError(
                ngettext(
                    "%(count)s question at most: the call lasts %(minutes)s minutes.",
                    "%(count)s questions at most: the call lasts %(minutes)s minutes.",
                    most,
                )
                % {"count": most, "minutes": minutes}
            )
        return "\n".join(lines)


class InfoRecordForm(Form):
    held_at = forms.DateTimeField(label=_("When it took place"), widget=DATETIME_INPUT)
    notes = forms.CharField(label=_("Notes"), required=False, widget=TEXT_AREA)
    key_points = forms.CharField(
        label=_("What I took away"),
        required=False,
        widget=TEXT_AREA,
        help_text=_("One point per line."),
    )
    next_step = forms.CharField(label=_("What I will do next"), required=False, max_length=300)
    follow_up_on = forms.DateField(
        label=_("Give news on"),
        required=False,
        widget=DATE_INPUT,
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["follow_up_on"].help_text = ngettext(
            "Empty: %(days)s day after the call.",
            "Empty: %(days)s days after the call.",
            rules().info_follow_up_days,
        ) % {"days": rules().info_follow_up_days}


class TargetForm(ModelForm):
    class Meta:
        model = Target
        fields = ["kind", "name", "company_name", "next_step"]


class DraftForm(Form):
    kind = forms.ChoiceField(
        label=_("Message"),
        choices=[
            ("informational_interview", _("Ask for a short conversation")),
            ("precise_introduction", _("Ask for an introduction to a named person")),
            ("keep_warm", _("Keep in touch")),
            ("connect_after_rejection", _("Stay in touch after a no")),
            ("info_summary_thanks", _("Summary and thanks after a conversation")),
        ],
    )
    topic = forms.CharField(label=_("Topic"), required=False, max_length=200)
    target_person = forms.CharField(
        label=_("Person to be introduced to"),
        required=False,
        max_length=200,
        help_text=_("A name and a role, e.g. “Léa Martin, head of data”."),
    )
    shared_item = forms.CharField(label=_("Something useful to share"), required=False)
    news = forms.CharField(label=_("My news"), required=False, max_length=300)
    register = forms.ChoiceField(
        label=_("Form of address"),
        choices=[("vous", _("Formal (vous)")), ("tu", _("Informal (tu)"))],
        required=False,
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        label = gettext("Ask for a %(minutes)s-minute conversation") % {
            "minutes": rules().info_minutes
        }
        kind = self.fields["kind"]
        kind.choices = [  # type: ignore[attr-defined]
            (key, label if key == "informational_interview" else text)
            for key, text in kind.choices  # type: ignore[attr-defined]
        ]


class ImportForm(Form):
    file = forms.FileField(
        label=_("File"), help_text=_("A .vcf address book or the network's Connections.csv.")
    )
    dry_run = forms.BooleanField(label=_("Only check, do not import"), required=False)
    keep_warm = forms.BooleanField(
        label=_("Remind me to keep in touch with each imported person"), required=False
    )


class GapForm(Form):
    evidence = forms.CharField(
        label=_("What shows the gap is closed"),
        max_length=500,
        help_text=_("A finished project, a certificate, a public piece of work…"),
    )
