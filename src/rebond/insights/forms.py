from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rebond.insights.choices import Dimension, Metric
from rebond.insights.models import Experiment
from rebond.web.forms import Form

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class FunnelFilterForm(Form):
    by = forms.ChoiceField(
        label=_("Break down by"),
        choices=[("", _("Nothing")), *Dimension.choices],
        required=False,
    )
    metric = forms.ChoiceField(
        label=_("Rank by"), choices=Metric.choices, required=False, initial=Metric.ANSWERED
    )
    period = forms.ChoiceField(
        label=_("Per"),
        choices=[("month", _("Month")), ("week", _("Week"))],
        required=False,
        initial="month",
    )
    since = forms.DateField(label=_("Sent from"), required=False, widget=DATE)
    until = forms.DateField(label=_("Sent until"), required=False, widget=DATE)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise forms.ValidationError(_("The start date must come before the end date."))
        return data


_FIELDS = forms.fields_for_model(
    Experiment,
    fields=["title", "hypothesis", "change", "change_detail", "metric", "start"],
    widgets={"start": DATE, "hypothesis": forms.Textarea(attrs={"rows": 3})},
    help_texts={"change_detail": _("For example: CV version 3, with figures in every bullet.")},  # type: ignore[dict-item]  # lazy text is fine
)


class ExperimentForm(Form):
    """The definition only: the service fills the end (two weeks) and the baseline period."""

    title = _FIELDS["title"]
    hypothesis = _FIELDS["hypothesis"]
    change = _FIELDS["change"]
    change_detail = _FIELDS["change_detail"]
    metric = _FIELDS["metric"]
    start = _FIELDS["start"]
    end = forms.DateField(
        label=_("End"), required=False, widget=DATE, help_text=_("Leave empty for two weeks.")
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end must not come before the start."))
        return data
