"""Forms of the guided debrief: one per step. Choices that are method data (emotions, cause
examples) come from the playbook in the interface's language."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from rebond.accounts.language import playbook_lang
from rebond.debrief.choices import (
    AssetKind,
    Control,
    Nature,
    ReplayMark,
    SupportEffect,
    SupportRole,
)
from rebond.method import debrief as method
from rebond.method.text.language import Lang
from rebond.web.forms import Form

AREA = {"rows": 4}
SCALE = {"min": 0, "max": 10, "step": 1}
OWN_CAUSES = 3


def _area(label: Any, rows: int = 4, **kwargs: Any) -> forms.CharField:
    return forms.CharField(
        label=label, required=False, widget=forms.Textarea(attrs={"rows": rows}), **kwargs
    )


def _scale(label: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=label, required=False, min_value=0, max_value=10,
        widget=forms.NumberInput(attrs=SCALE),
    )  # fmt: skip


def emotion_choices(lang: Lang) -> list[tuple[str, str]]:
    return [("", "—")] + [(e.key, e.name) for e in method.emotions(lang)]


class CheckinForm(Form):
    emotion = forms.ChoiceField(label=_("The emotion closest to what I feel"), required=False)
    emotion_words = _area(_("In my own words (another emotion, or several)"), rows=2)
    intensity = _scale(_("Intensity (0 = barely, 10 = overwhelming)"))
    body_signal = _area(_("Where I feel it in my body"), rows=2)
    mood = _scale(_("Overall mood right now (0 = very low, 10 = very good)"))

    def __init__(self, *args: Any, lang: Lang, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["emotion"].choices = emotion_choices(lang)  # type: ignore[attr-defined]


class ResetForm(Form):
    breathing_done = forms.BooleanField(label=_("I did the breathing"), required=False)
    reset_emotion = _area(_("The emotion, named as precisely as I can"))
    reset_fact = _area(_("One objective fact I learned"))
    reset_intention = _area(_("One constructive intention"))
    PLAYBOOK_KEYS = {
        "reset_emotion": "name_emotion",
        "reset_fact": "objective_fact",
        "reset_intention": "intention",
    }

    def __init__(self, *args: Any, lang: Lang, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        steps = {s.key: s for s in method.reset_steps(lang)}
        for name, key in self.PLAYBOOK_KEYS.items():
            self.fields[name].help_text = f"{steps[key].prompt} {steps[key].help}"


class CooldownForm(Form):
    action_title = forms.CharField(label=_("An action for after the cool-down"), required=False)
    action_due = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class ColumnsForm(Form):
    facts = _area(_("Facts"), rows=6, help_text=_("One per line."))
    interpretations = _area(_("Interpretations"), rows=6, help_text=_("One per line."))
    tests = _area(_("What I can test"), rows=6, help_text=_("One per line."))


class CausesForm(Form):
    structural = forms.MultipleChoiceField(
        label=_("Structural causes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    improvable = forms.MultipleChoiceField(
        label=_("Improvable causes"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, lang: Lang, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        causes = method.guide(lang)["causes"]
        self.fields["structural"].choices = [(t, t) for t in causes["structural"]]  # type: ignore[attr-defined]
        self.fields["improvable"].choices = [(t, t) for t in causes["improvable"]]  # type: ignore[attr-defined]
        for i in range(OWN_CAUSES):
            self.fields[f"own_{i}_text"] = forms.CharField(label=_("Another cause"), required=False)
            self.fields[f"own_{i}_control"] = forms.ChoiceField(
                label=_("Control"), choices=Control.choices, initial=Control.CONTROLLABLE
            )
            self.fields[f"own_{i}_nature"] = forms.ChoiceField(
                label=_("Kind"), choices=Nature.choices, initial=Nature.IMPROVABLE
            )

    def own_rows(self) -> list[tuple[Any, Any, Any]]:
        return [
            (self[f"own_{i}_text"], self[f"own_{i}_control"], self[f"own_{i}_nature"])
            for i in range(OWN_CAUSES)
        ]

    def causes(self) -> list[tuple[str, str, str]]:
        """(text, control, nature): examples keep their playbook side, own rows their choice."""
        data = self.cleaned_data
        rows = [(t, Control.EXTERNAL, Nature.STRUCTURAL) for t in data["structural"]]
        rows += [(t, Control.CONTROLLABLE, Nature.IMPROVABLE) for t in data["improvable"]]
        rows += [
            (data[f"own_{i}_text"], data[f"own_{i}_control"], data[f"own_{i}_nature"])
            for i in range(OWN_CAUSES)
        ]
        return [r for r in rows if r[0].strip()]


class ReplayRowForm(Form):
    question = forms.CharField(label=_("Question asked"), required=False)
    hesitation = _area(_("Where I hesitated"), rows=2)
    reaction = _area(_("Their reaction"), rows=2)
    mark = forms.ChoiceField(label=_("My answer was"), choices=ReplayMark.choices, required=False)
    short_version = _area(_("Short version"), rows=3)
    long_version = _area(_("Developed version"), rows=5)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        lang = playbook_lang()
        short, long = method.replay_window(lang, "short"), method.replay_window(lang, "long")
        self.fields["short_version"].label = gettext("Short version (about %(seconds)s s)") % {
            "seconds": _figure((short.low + short.high) / 2)
        }
        self.fields["long_version"].label = gettext("Developed version (%(low)s to %(high)s s)") % {
            "low": _figure(long.low),
            "high": _figure(long.high),
        }


def _figure(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def replay_formset(blank_rows: int) -> type[forms.BaseFormSet]:
    """The replay's rows: the saved ones, then `blank_rows` empty ones."""
    return forms.formset_factory(ReplayRowForm, extra=blank_rows, max_num=40)


class SummaryForm(Form):
    lessons = _area(_("What I learned"), rows=5, help_text=_("Two or three lessons, one per line."))
    action_title = forms.CharField(label=_("Next action"), required=False)
    action_due = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    hypotheses_to_plan = forms.BooleanField(
        label=_('Also turn each "what I can test" line into a plan action'),
        required=False,
    )


STEP_FORMS: dict[str, type[forms.Form]] = {
    "checkin": CheckinForm,
    "reset": ResetForm,
    "cooldown": CooldownForm,
    "columns": ColumnsForm,
    "causes": CausesForm,
    "summary": SummaryForm,
}
NEEDS_LANG = {"checkin", "reset", "causes"}


class ThoughtForm(Form):
    situation = _area(_("Situation"), rows=2, help_text=_("Where, when, what happened."))
    thought = _area(_("Automatic thought"), rows=2, help_text=_("The sentence that came to mind."))
    emotion = forms.ChoiceField(label=_("Emotion"), required=False)
    intensity_before = _scale(_("Intensity before (0–10)"))
    evidence_for = _area(_("Evidence for"), rows=3)
    evidence_against = _area(_("Evidence against"), rows=3)
    reformulation = _area(
        _("Balanced reformulation"),
        rows=3,
        help_text=_("In your own words; a suggestion may help."),
    )
    intensity_after = _scale(_("Intensity after (0–10)"))

    def __init__(self, *args: Any, lang: Lang, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["emotion"].choices = emotion_choices(lang)  # type: ignore[attr-defined]

    def clean_thought(self) -> str:
        thought = str(self.cleaned_data["thought"]).strip()
        if not thought:
            raise forms.ValidationError(_("Write the thought that came to mind."))
        return thought


class MoodForm(Form):
    mood = _scale(_("Overall mood (0 = very low, 10 = very good)"))
    emotion = forms.ChoiceField(label=_("Emotion"), required=False)
    intensity = _scale(_("Intensity (0–10)"))
    words = forms.CharField(label=_("In my own words"), required=False)

    def __init__(self, *args: Any, lang: Lang, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["emotion"].choices = emotion_choices(lang)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("mood") is None and not data.get("emotion") and not data.get("words"):
            raise forms.ValidationError(_("Give a mood or name an emotion."))
        return data


class WinForm(Form):
    text = forms.CharField(label=_("A small win"), max_length=500)
    day = forms.DateField(
        label=_("Day"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


class AssetForm(Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=AssetKind.choices)
    text = forms.CharField(label=_("Asset"), max_length=500)


class AttributionForm(Form):
    outcome = forms.CharField(label=_("An outcome (good or bad)"), max_length=500)
    effort = _area(_("What came from my effort"), rows=2)
    strategy = _area(_("What came from my strategy"), rows=2)
    context = _area(_("What came from the context"), rows=2)


class SupportForm(Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    role = forms.ChoiceField(label=_("Role"), choices=SupportRole.choices)
    effect = forms.ChoiceField(label=_("Effect on my confidence"), choices=SupportEffect.choices)
    note = forms.CharField(label=_("Note"), required=False, max_length=500)
