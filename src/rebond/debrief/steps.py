"""One debrief step as a page: its form bound to the saved values, what it shows beside the
form (soothing action, hints, timings, help) and how a valid submission is saved.

The step view stays thin: it builds a `StepPage`, calls `save` on a valid POST, and renders
the same feedback fragment for the full page and for an htmx autosave.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django import forms as django_forms
from django.utils import timezone

from rebond.debrief import forms
from rebond.debrief.models import Debrief
from rebond.debrief.services import flow
from rebond.method import debrief as method
from rebond.method.speech import spoken
from rebond.method.text.language import Lang


@dataclass
class StepPage:
    key: str
    form: Any
    context: dict[str, Any] = field(default_factory=dict)

    def is_valid(self) -> bool:
        return bool(self.form.is_valid())


def _initial(debrief: Debrief, key: str, lang: Lang) -> dict[str, Any]:
    if key == "checkin":
        checkin = _checkin(debrief)
        names: tuple[str, ...] = ("emotion", "emotion_words", "intensity", "body_signal", "mood")
        return {n: getattr(checkin, n) for n in names} if checkin else {}
    names = {
        "reset": ("breathing_done", "reset_emotion", "reset_fact", "reset_intention"),
        "columns": ("facts", "interpretations", "tests"),
        "summary": ("lessons",),
    }.get(key, ())
    initial = {n: getattr(debrief, n) for n in names}
    if key == "reset" and not initial["reset_emotion"].strip():
        # Asked once: a debrief saved before the check-in fed the reset still shows it.
        initial["reset_emotion"] = flow.named_emotion(_checkin(debrief), lang)
    if key == "causes":
        causes = list(debrief.causes.all())
        initial["structural"] = [c.text for c in causes]
        initial["improvable"] = [c.text for c in causes]
        own = [c for c in causes if c.text not in _examples()]
        for i, cause in enumerate(own[: forms.OWN_CAUSES]):
            initial |= {f"own_{i}_text": cause.text, f"own_{i}_control": cause.control}
            initial[f"own_{i}_nature"] = cause.nature
    return initial


def _examples() -> set[str]:
    # Both languages: a debrief started in French may be reopened in English.
    found: set[str] = set()
    for lang in ("fr", "en"):
        causes = method.guide(lang)["causes"]
        found.update(causes["structural"] + causes["improvable"])
    return found


def build(debrief: Debrief, key: str, lang: Lang, data: Any = None) -> StepPage:
    if key == "replay":
        flow.prefill_replay(debrief)
        rows = [
            {n: getattr(a, n) for n in ("question", "hesitation", "reaction", "mark",
                                        "short_version", "long_version")}
            for a in debrief.replay.all()
        ]  # fmt: skip
        formset = forms.replay_formset(flow.replay_blank_rows(debrief, lang))
        form: Any = formset(data, initial=rows, prefix="replay")
    else:
        form_class = forms.STEP_FORMS.get(key)
        extra: dict[str, Any] = {"lang": lang} if key in forms.NEEDS_LANG else {}
        initial = _initial(debrief, key, lang)
        form = form_class(data, initial=initial, **extra) if form_class else None
    page = StepPage(key, form or django_forms.Form(data))
    page.context = feedback(debrief, key, lang, page.form if data is not None else None)
    return page


def feedback(debrief: Debrief, key: str, lang: Lang, form: Any = None) -> dict[str, Any]:
    """What the page shows beside the form, from the saved values (or the posted ones)."""
    texts = _texts(form) if form is not None and form.is_bound else []
    context: dict[str, Any] = {"help": flow.help_if_needed(texts, lang), "saved_at": None}
    if context["help"]:
        return context  # words that suggest self-harm are not analysed: only help is shown
    if key == "checkin":
        context["checkin"] = _checkin(debrief)
    elif key == "reset":
        context["named_at_checkin"] = flow.named_emotion(_checkin(debrief), lang)
    elif key == "columns":
        context["hints"] = flow.interpretation_hints(debrief.facts, lang)
    elif key == "replay":
        context["feedback_received"] = flow.feedback_received(debrief)
        context["length_check"] = {
            "wpm": spoken.words_per_minute(lang),
            "short": method.replay_window(lang, "short"),
            "long": method.replay_window(lang, "long"),
            "number_words": spoken.number_words(),
        }
        context["tally"] = flow.replay_tally(debrief, lang)
        context["checks"] = [
            (a, flow.check_version(a.short_version, "short", lang),
             flow.check_version(a.long_version, "long", lang))
            for a in debrief.replay.all()
        ]  # fmt: skip
    elif key in ("cooldown", "summary"):
        context["actions"] = flow.actions_of(debrief)
    return context


def _checkin(debrief: Debrief) -> Any:
    return debrief.checkins.order_by("id").first()


def _texts(form: Any) -> list[str]:
    forms_ = form.forms if hasattr(form, "forms") else [form]
    return [str(v) for f in forms_ for v in f.data.values() if isinstance(v, str)] if forms_ else []


def save(
    debrief: Debrief, page: StepPage, lang: Lang, tz: str, *, autosave: bool = False
) -> dict[str, Any]:
    """Save a valid step; returns the fresh feedback context (with `saved_at`). An autosave
    (htmx, on change) never creates plan actions: only the step's own submit does."""
    key, form = page.key, page.form
    if key == "checkin":
        flow.save_checkin(debrief, debrief.user, form.cleaned_data, lang)
    elif key == "causes":
        flow.save_causes(debrief, form.causes())
    elif key == "replay":
        flow.save_replay(debrief, [f.cleaned_data for f in form.forms if f.cleaned_data])
    elif key in ("cooldown", "summary"):
        flow.save_fields(debrief, form.cleaned_data)
        if not autosave and not page.context.get("help"):
            _actions(debrief, form.cleaned_data, key, lang, tz)
    else:
        flow.save_fields(debrief, form.cleaned_data)
    context = feedback(debrief, key, lang, form)
    context["saved_at"] = timezone.now()
    return context


def _actions(debrief: Debrief, data: dict[str, Any], key: str, lang: Lang, tz: str) -> None:
    existing = {a.title for a in flow.actions_of(debrief)}
    titles = [data.get("action_title", "").strip()]
    if key == "summary" and data.get("hypotheses_to_plan"):
        titles += [line.strip() for line in debrief.tests.splitlines()]
    for title in dict.fromkeys(t for t in titles if t and t not in existing):
        flow.create_action(debrief, title, data.get("action_due"), lang, tz)
