from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from rebond.jobs.choices import Channel, CompanySize, InterviewFormat, Level, Stage
from rebond.jobs.models import Application, Interview
from rebond.jobs.widgets import DateInput, Select, TextInput, URLInput
from rebond.web.forms import Form, ModelForm

DATE_INPUT = DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class ApplicationForm(ModelForm):
    company = forms.CharField(label=_("Company"), max_length=200)
    job_url = forms.URLField(
        label=_("Job ad link"), required=False, max_length=1000, assume_scheme="https"
    )

    # `company` is a name typed by the person, not the foreign key: the service resolves it.
    field_order = ["company", "role", "channel", "applied_on", "job_url", "job_description"]

    class Meta:
        model = Application
        fields = [
            "role",
            "channel",
            "applied_on",
            "job_url",
            "job_description",
            "sector",
            "company_size",
            "level",
            "location",
            "source",
            "notes",
        ]
        widgets = {
            "applied_on": DATE_INPUT,
            "job_description": forms.Textarea(attrs={"rows": 6}),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["company"] = self.instance.company.name
        else:
            self.initial.setdefault("applied_on", timezone.localdate())

    def service_fields(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("company")
        return data


class NewApplicationForm(ApplicationForm):
    """The full form for a new application: it may start further than "applied" (a search
    tracked late, an interview already booked). An ending is recorded with "Mark rejected"."""

    stage = forms.ChoiceField(
        label=_("Stage reached"),
        choices=[(s.value, s.label) for s in Stage.progress()],
        initial=Stage.APPLIED,
        required=False,
    )
    field_order = ["company", "role", "stage", "channel", "applied_on", "job_url"]

    def clean_stage(self) -> str:
        return self.cleaned_data["stage"] or Stage.APPLIED


# The board, the list and an application's page (the most visited after Today) render these
# forms on every view: their widgets write their HTML in Python (rebond.jobs.widgets).
class QuickAddForm(Form):
    # Both may stay empty when the ad's link is given: the page is then read (from-ad).
    company = forms.CharField(label=_("Company"), max_length=200, widget=TextInput, required=False)
    role = forms.CharField(label=_("Role"), max_length=200, widget=TextInput, required=False)
    channel = forms.ChoiceField(
        label=_("Channel"), choices=Channel.choices, initial=Channel.JOB_BOARD, widget=Select
    )
    job_url = forms.URLField(
        label=_("Job ad link"),
        required=False,
        max_length=1000,
        assume_scheme="https",
        widget=URLInput,
        help_text=_("Only the link? Rebond reads the ad for you."),
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        for name in ("company", "role"):
            if not data.get(name):
                self.add_error(name, _("This field is required."))
        return data


class MoveStageForm(Form):
    stage = forms.ChoiceField(
        label=_("New stage"), choices=[(s.value, s.label) for s in Stage.progress()], widget=Select
    )
    note = forms.CharField(label=_("Note"), max_length=500, required=False, widget=TextInput)


class InterviewForm(ModelForm):
    class Meta:
        model = Interview
        fields = ["round", "scheduled_at", "format", "interviewers", "questions", "notes"]
        widgets = {
            "scheduled_at": DATETIME_INPUT,
            "interviewers": forms.Textarea(attrs={"rows": 2}),
            "questions": forms.Textarea(attrs={"rows": 4}),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }


class RejectForm(Form):
    result = forms.ChoiceField(
        label=_("What happened"),
        choices=[
            (Stage.REJECTED.value, _("They said no")),
            (Stage.NO_ANSWER.value, _("No answer")),
            (Stage.WITHDRAWN.value, _("I withdrew")),
        ],
        initial=Stage.REJECTED,
    )
    stage_reached = forms.ChoiceField(
        label=_("Stage reached"),
        choices=[(s.value, s.label) for s in Stage.reached_for(Stage.REJECTED)],
    )
    decided_on = forms.DateField(label=_("Date"), widget=DATE_INPUT)
    reason = forms.CharField(
        label=_("Reason given, if any"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    message = forms.CharField(
        label=_("Their message (paste it)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class FilterForm(Form):
    text = forms.CharField(label=_("Search"), required=False, widget=TextInput)
    stage = forms.ChoiceField(
        label=_("Stage"),
        required=False,
        choices=[("", _("All stages")), *Stage.choices],
        widget=Select,
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        required=False,
        choices=[("", _("All channels")), *Channel.choices],
        widget=Select,
    )
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("All levels")), *Level.choices],
        widget=Select,
    )
    company_size = forms.ChoiceField(
        label=_("Company size"),
        required=False,
        choices=[("", _("All sizes")), *CompanySize.choices],
        widget=Select,
    )
    since = forms.DateField(label=_("Applied since"), required=False, widget=DATE_INPUT)


__all__ = [
    "ApplicationForm",
    "FilterForm",
    "InterviewForm",
    "InterviewFormat",
    "MoveStageForm",
    "QuickAddForm",
    "RejectForm",
]
