"""The base classes of every form of the product: dates a person can mean, nothing else.

A date typed as 0001-01-01 or 9999-12-31 is valid for Python and for the database, but the
method computes with it (a cool-down, a follow-up, a sprint of two weeks) and year 10000 does
not exist: such a value is refused at the form with a clear message instead of a 500 later.
The range is wide enough for any job search, past or planned.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _

EARLIEST = date(1900, 1, 1)
LATEST = date(2199, 12, 31)


def plausible_date(value: date | datetime | None) -> None:
    """Refuse a date outside EARLIEST … LATEST (a typo: 0001, 9999, 20266)."""
    if value is None:
        return
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(
            _("Enter a date between %(first)s and %(last)s.")
            % {"first": date_format(EARLIEST), "last": date_format(LATEST)},
            code="date_out_of_range",
        )


class PlausibleDates:
    """Adds `plausible_date` to every date and date-time field of the form."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():  # type: ignore[attr-defined]
            if isinstance(field, forms.DateField | forms.DateTimeField):
                field.validators = [*field.validators, plausible_date]


class Form(PlausibleDates, forms.Form):
    pass


class ModelForm(PlausibleDates, forms.ModelForm):
    pass
