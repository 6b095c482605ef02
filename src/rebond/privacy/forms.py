from django import forms
from django.utils.translation import gettext_lazy as _

CONFIRMATION = "ERASE"


class EraseForm(forms.Form):
    confirmation = forms.CharField(
        label=_("Type ERASE to confirm"),
        max_length=10,
        help_text=_("Everything is deleted at once, with no way back. Export first if in doubt."),
    )

    def clean_confirmation(self) -> str:
        value = self.cleaned_data["confirmation"].strip()
        if value.upper() != CONFIRMATION:
            raise forms.ValidationError(_("Type ERASE (in capitals) to confirm."))
        return value
