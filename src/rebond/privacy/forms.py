from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from rebond.web.forms import Form

# The word typed in English works in every language, beside the page's own word.
ENGLISH_WORD = "ERASE"


def confirmation_word() -> str:
    # Translators: the word a person types, in capitals, to confirm erasing everything.
    return gettext("ERASE")


class EraseForm(Form):
    confirmation = forms.CharField(
        max_length=20,
        help_text=_("Everything is deleted at once, with no way back. Export first if in doubt."),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["confirmation"].label = gettext("Type %(word)s to confirm") % {
            "word": confirmation_word()
        }

    def clean_confirmation(self) -> str:
        value = self.cleaned_data["confirmation"].strip()
        if value.upper() not in {confirmation_word().upper(), ENGLISH_WORD}:
            raise forms.ValidationError(
                gettext("Type %(word)s to confirm.") % {"word": confirmation_word()}
            )
        return value
