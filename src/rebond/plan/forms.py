from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from rebond.method.feedback.settings import settings as feedback_settings
from rebond.plan.choices import ActionStatus, AlternativePath, LessonDimension, Theme
from rebond.plan.models import Action
from rebond.plan.services import Lesson
from rebond.web.forms import Form, ModelForm

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
THEME_LABELS = dict(Theme.choices)
DIMENSION_LABELS = dict(LessonDimension.choices)


def lesson_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Lessons as "theme:dimension", grouped by theme, from the feedback checklist."""
    groups = []
    for theme, dimensions in feedback_settings("en").themes.items():
        options = [(f"{theme}:{d}", str(DIMENSION_LABELS.get(d, d))) for d in dimensions]
        groups.append((str(THEME_LABELS.get(theme, theme)), options))
    return groups


class SprintForm(Form):
    lessons = forms.MultipleChoiceField(
        label=_("Lessons to act on"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Tick the points your feedback raised; the plan suggests 1 or 2 actions each."),
    )
    start = forms.DateField(label=_("Sprint starts on"), widget=DATE_INPUT)
    include_wellbeing = forms.BooleanField(
        label=_("Add a wellbeing action"), required=False, initial=True
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lessons"].choices = lesson_choices()  # type: ignore[attr-defined]
        self.initial.setdefault("start", timezone.localdate())

    def lessons_chosen(self) -> list[Lesson]:
        return [Lesson(*value.split(":", 1)) for value in self.cleaned_data["lessons"]]


class ActionForm(ModelForm):
    class Meta:
        model = Action
        fields = ["title", "axis", "theme", "target", "due_on", "hours"]
        widgets = {"due_on": DATE_INPUT, "title": forms.TextInput()}


class SkillGapForm(Form):
    skill = forms.CharField(label=_("Skill to acquire"), max_length=120)
    start = forms.DateField(label=_("Start on"), widget=DATE_INPUT)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.initial.setdefault("start", timezone.localdate())


class AlternativeForm(Form):
    path = forms.ChoiceField(label=_("Alternative path"), choices=AlternativePath.choices)
    start = forms.DateField(label=_("Start on"), widget=DATE_INPUT)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.initial.setdefault("start", timezone.localdate())


class DoneForm(Form):
    evidence = forms.CharField(
        label=_("Evidence"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What shows it is done: a link, a figure, a sentence."),
        max_length=4000,
    )


class StatusForm(Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(s.value, s.label) for s in ActionStatus if s != ActionStatus.DONE],
    )


class ReviewForm(Form):
    """One text area per review question, pre-filled with what the data says."""

    def __init__(self, questions: list[str], suggestions: list[str], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        for index, (question, suggestion) in enumerate(zip(questions, suggestions, strict=True)):
            self.fields[f"answer_{index}"] = forms.CharField(
                label=question,
                initial=suggestion,
                required=index == len(questions) - 1,
                max_length=4000,
                widget=forms.Textarea(attrs={"rows": 4}),
            )

    def answers(self) -> list[str]:
        return [self.cleaned_data[name] for name in self.fields]


class RoutineForm(Form):
    """Minutes per timebox and the day's check-offs; built from the playbook's routine."""

    def __init__(self, blocks: list[Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for block in blocks:
            if block.kind == "timebox":
                self.fields[block.id] = forms.IntegerField(
                    label=block.label,
                    min_value=0,
                    max_value=24 * 60,
                    initial=block.minutes,
                    required=False,
                )
            else:
                self.fields[block.id] = forms.BooleanField(
                    label=block.label, initial=block.done, required=False
                )
        self.blocks = blocks

    def minutes(self) -> dict[str, int]:
        return {b.id: self.cleaned_data.get(b.id) or 0 for b in self.blocks if b.kind == "timebox"}

    def checked(self) -> set[str]:
        return {b.id for b in self.blocks if b.kind == "checkoff" and self.cleaned_data.get(b.id)}


class CalendarPrivacyForm(ModelForm):
    """Whether the calendar shows action titles (off by default, issue 22)."""

    class Meta:
        model = get_user_model()
        fields = ["calendar_shows_titles"]
        help_texts = {
            "calendar_shows_titles": _(
                "Off: each action appears as “Rebond action”, so a shared or synced "
                "calendar says nothing of what you work on."
            )
        }
