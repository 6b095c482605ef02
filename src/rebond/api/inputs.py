"""The base of every request body and query of the API: the same checks as the web forms."""

from __future__ import annotations

from datetime import date
from typing import Self

from django.core.exceptions import ValidationError
from ninja import Schema
from pydantic import model_validator

from rebond.web.forms import plausible_date


class In(Schema):
    """A date a person can mean (see rebond.web.forms): year 1 or 9999 answers 422."""

    @model_validator(mode="after")
    def _plausible_dates(self) -> Self:
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, date):  # a datetime is a date too
                try:
                    plausible_date(value)
                except ValidationError as error:
                    raise ValueError(f"{name}: {error.messages[0]}") from None
        return self
