"""`get_FOO_display()` for Rebond's models, from a label table made once per field and language.

Django's own version rebuilds a dict of every choice on each call, hashing each lazy label (so
translating every label of the field) to print one: 120 such calls on the applications list
cost a quarter of its server time. Same results, including for values outside the choices (the
raw value, as Django returns it) and for lazy labels (resolved in the active language).
"""

from __future__ import annotations

from functools import lru_cache, partialmethod
from typing import Any

from django.apps import apps
from django.db import models
from django.utils.encoding import force_str
from django.utils.translation import get_language


@lru_cache(maxsize=4096)
def _labels(field: models.Field, language: str | None) -> dict[Any, str]:
    return {value: force_str(label) for value, label in field.flatchoices}


def _display(self: models.Model, field: models.Field) -> Any:
    value = getattr(self, field.attname)
    try:
        return _labels(field, get_language())[value]
    except (KeyError, TypeError):  # not a choice (or unhashable): Django's answer
        return models.Model._get_FIELD_display(self, field)  # type: ignore[attr-defined]


def install() -> int:
    """Give every concrete choice field of Rebond's models the cached display; returns how many."""
    done = 0
    for model in apps.get_models():
        if not model.__module__.startswith("rebond."):
            continue
        for field in model._meta.concrete_fields:
            name = f"get_{field.name}_display"
            generated = model.__dict__.get(name)
            # Only Django's generated method: a model that wrote its own keeps it.
            if field.choices and field.model is model and _is_django_default(generated):
                setattr(model, name, partialmethod(_display, field=field))
                done += 1
    return done


def _is_django_default(method: Any) -> bool:
    return isinstance(method, partialmethod) and method.func is models.Model._get_FIELD_display  # type: ignore[attr-defined]
