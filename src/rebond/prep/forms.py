from __future__ import annotations

from typing import TYPE_CHECKING

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from rebond.accounts.language import playbook_lang
from rebond.jobs.forms import DATETIME_INPUT
from rebond.method.prep.questions import question_bank
from rebond.prep.choices import Material, PitchKind, QuestionSource
from rebond.prep.models import InterviewChecklist, Story
from rebond.prep.services.guidance import guidance
from rebond.prep.services.pitches import MAX_PITCH_CHARS
from rebond.web.forms import Form, ModelForm

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

PART_HELP = {
    "situation": _("Where and when: the context in one or two sentences."),
    "task": _("What you had to achieve, and why it mattered."),
    "actions": _("What you did yourself: verbs in the first person."),
    "result": _("The outcome, with a figure (%, time, money, people)."),
    "learnings": _("What you took from it."),
    "transfer": _("How it would help in the role you are applying for."),
}


class StoryForm(ModelForm):
    class Meta:
        model = Story
        fields = [
            "title",
            "situation",
            "task",
            "actions",
            "result",
            "learnings",
            "transfer",
            "tags",
        ]
        widgets = {part: forms.Textarea(attrs={"rows": 3}) for part in PART_HELP}
        help_texts = PART_HELP


class PitchForm(Form):
    kind = forms.ChoiceField(label=_("What you are writing"), choices=PitchKind.choices)
    text = forms.CharField(
        label=_("Text"),
        max_length=MAX_PITCH_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    label = forms.CharField(label=_("Version label (optional)"), max_length=120, required=False)


class CompareForm(Form):
    a = forms.IntegerField(widget=forms.HiddenInput)
    b = forms.IntegerField(widget=forms.HiddenInput)


class DrillForm(Form):
    source = forms.ChoiceField(
        choices=QuestionSource.choices, initial=QuestionSource.COMMON, widget=forms.HiddenInput
    )
    question = forms.CharField(label=_("Question"), max_length=500)
    short_answer = forms.CharField(
        label=_("First answer"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    long_answer = forms.CharField(
        label=_("The expansion, if they ask for more"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        low, high = guidance().first_answer_seconds
        self.fields["short_answer"].label = gettext("First answer, %(low)s to %(high)s seconds") % {
            "low": low,
            "high": high,
        }


class TranscriptForm(Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    held_at = forms.DateTimeField(label=_("Held on"), widget=DATETIME_INPUT)
    interviewer = forms.CharField(
        label=_("Interviewer's name in the transcript"),
        max_length=80,
        initial="Q",
        required=False,
        help_text=_(
            "Every other speaker counts as you. Left as Q or empty, Rebond recognises the usual "
            "names (Q, Recruteur, Interviewer, Moi…) and asks if it cannot tell."
        ),
    )
    file = forms.FileField(
        label=_("Transcript file (.vtt, .srt or .txt)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".vtt,.srt,.txt,text/vtt,text/plain"}),
    )
    text = forms.CharField(
        label=_("Or paste the transcript"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("One turn per line, e.g. “Q: Tell me about yourself.” then “Me: …”."),
    )

    recording = forms.FileField(
        label=_("Or only a recording of your answers (audio)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "audio/*"}),
        help_text=_("Transcribed only where a local speech model is installed."),
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        given = data.get("file") or str(data.get("text") or "").strip() or data.get("recording")
        if not given:
            raise forms.ValidationError(
                _("Upload a transcript file, paste its text, or upload a recording.")
            )
        return data


class InterviewerForm(Form):
    interviewer = forms.CharField(
        label=_("Interviewer's name in the transcript"), max_length=80, required=False
    )
    # Set by the "this is me" buttons of the speaker choice.
    me = forms.CharField(max_length=80, required=False, widget=forms.HiddenInput)

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not data.get("interviewer") and not data.get("me"):
            raise forms.ValidationError(_("Give the interviewer's name, or choose yourself."))
        return data


class RecordingForm(Form):
    recording = forms.FileField(
        label=_("Recording"), widget=forms.ClearableFileInput(attrs={"accept": "audio/*"})
    )


ASK_CATEGORIES = {
    "success_metrics": _("Success metrics"),
    "first_90_days": _("The first 90 days"),
    "trade_offs": _("Trade-offs"),
    "decision_criteria": _("Decision criteria"),
    "team": _("The team"),
    "process": _("Next steps"),
}


def ask_choices() -> list[tuple[StrOrPromise, list[tuple[str, str]]]]:
    """The bank's questions to ask, grouped by what they probe."""
    bank = question_bank(playbook_lang())
    return [
        (ASK_CATEGORIES.get(category, category), [(q.id, q.text) for q in questions])
        for category, questions in bank.to_ask.items()
    ]


class ChecklistForm(ModelForm):
    materials = forms.MultipleChoiceField(
        label=_("Materials ready"),
        choices=Material.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    questions_to_ask = forms.MultipleChoiceField(
        label=_("Questions I will ask"),
        choices=[],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = InterviewChecklist
        fields = [
            "description_reread",
            "company_notes",
            "interviewer_notes",
            "hypothesis_1",
            "hypothesis_2",
            "hypothesis_3",
            "materials",
            "questions_to_ask",
            "rejection_answer",
        ]
        widgets = {
            "company_notes": forms.Textarea(attrs={"rows": 4}),
            "interviewer_notes": forms.Textarea(attrs={"rows": 3}),
            "rejection_answer": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["questions_to_ask"].choices = ask_choices()  # type: ignore[attr-defined]
