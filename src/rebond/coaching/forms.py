from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rebond.coaching.choices import Role, Section
from rebond.method.cohort import Preset
from rebond.plan.choices import Axis
from rebond.web.forms import Form


class SharingForm(Form):
    sections = forms.MultipleChoiceField(
        label=_("Sections this coach may read"),
        choices=Section.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Untick a section to stop sharing it at once."),
    )


class CommentForm(Form):
    item = forms.CharField(max_length=80, widget=forms.HiddenInput)
    text = forms.CharField(
        label=_("Comment"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class InviteForm(Form):
    email = forms.EmailField(label=_("E-mail of the person to invite"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.SEEKER)

    def __init__(self, *args: object, admin: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if not admin:
            # Only an organisation admin brings in coaches (who may then be shared with).
            self.fields["role"].choices = [(Role.SEEKER.value, Role.SEEKER.label)]  # type: ignore[attr-defined]


class ReportForm(Form):
    """The period of a programme report (GET): a preset, or from/to dates."""

    period = forms.ChoiceField(
        label=_("Period"),
        required=False,
        choices=[
            (Preset.LAST_MONTH.value, _("Last month")),
            (Preset.LAST_QUARTER.value, _("Last quarter")),
            (Preset.SINCE_START.value, _("Since the programme started")),
            (Preset.CUSTOM.value, _("Dates below")),
        ],
    )
    start = forms.DateField(
        label=_("First day"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label=_("Last day"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    coach = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)


class NoteForm(Form):
    text = forms.CharField(
        label=_("Private note"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only you read it: neither this person nor another coach sees it."),
    )


class MessageForm(Form):
    """A message of a thread: an answer, or the new text of one's own message."""

    text = forms.CharField(
        label=_("Your answer"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class ProposalForm(Form):
    title = forms.CharField(label=_("Action to propose"), max_length=300)
    axis = forms.ChoiceField(label=_("Axis"), choices=Axis.choices, initial=Axis.SEARCH_STRATEGY)
    due_on = forms.DateField(
        label=_("Due on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class HandOverForm(Form):
    """Hand some or all of a coach's job seekers to another coach of the organisation."""

    to: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Hand over to"), queryset=None, empty_label=None
    )
    seekers: forms.ModelMultipleChoiceField[Any] = forms.ModelMultipleChoiceField(
        label=_("Job seekers to hand over"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("All are ticked: untick the ones who stay."),
    )

    def __init__(self, *args: object, coaches: Any, caseload: Any, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to"].queryset = coaches  # type: ignore[attr-defined]
        self.fields["to"].label_from_instance = lambda u: u.get_full_name() or u.username  # type: ignore[attr-defined]
        self.fields["seekers"].queryset = caseload  # type: ignore[attr-defined]
        self.fields["seekers"].label_from_instance = lambda m: (  # type: ignore[attr-defined]
            m.user.get_full_name() or m.user.username
        )
        self.fields["seekers"].initial = [m.pk for m in caseload]
