from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import forms
from django.utils.translation import gettext_lazy as _

from rebond.documents.models import BrandText, ProofItem
from rebond.jobs.models import Application
from rebond.web.forms import Form, ModelForm

if TYPE_CHECKING:
    from rebond.accounts.models import User


class UploadForm(Form):
    file = forms.FileField(
        label=_("CV file"),
        help_text=_("PDF, DOCX or plain text, up to 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.txt,.md"}),
    )
    label = forms.CharField(
        label=_("Label"),
        max_length=120,
        required=False,
        help_text=_("For example: “Data analyst, short version”."),
    )


class ApplicationChoiceForm(Form):
    """Pick one of this person's applications."""

    application = forms.ModelChoiceField(
        label=_("Application"), queryset=Application.objects.none()
    )

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["application"]
        field.queryset = Application.objects.for_user(user).select_related("company")  # type: ignore[attr-defined]


class CheckForm(ApplicationChoiceForm):
    job_text = forms.CharField(
        label=_("Job description"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Paste the job ad, or pick an application that has one."),
    )

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(user, *args, **kwargs)
        self.fields["application"].required = False
        self.fields["application"].empty_label = _("— paste a job description instead —")  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        application = data.get("application")
        has_ad = application is not None and application.job_description.strip()
        if not data.get("job_text", "").strip() and not has_ad:
            raise forms.ValidationError(
                _("Paste a job description, or pick an application that has one.")
            )
        return data


class ValuePropositionForm(Form):
    text = forms.CharField(
        label=_("Your value proposition"),
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Two or three sentences: the problem you solve, how, and the impact."),
    )


class BrandTextForm(ModelForm):
    class Meta:
        model = BrandText
        fields = ["kind", "title", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}


class ProofForm(ModelForm):
    url = forms.URLField(label=_("Link"), required=False, max_length=500, assume_scheme="https")

    class Meta:
        model = ProofItem
        fields = ["kind", "title", "url", "description", "skills"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"skills": _("Comma-separated, e.g. “SQL, stakeholder management”.")}
