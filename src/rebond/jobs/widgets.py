"""Form widgets that write their HTML in Python instead of through Django's widget templates.

Django renders a <select> with one template include per <option> (plus one for the attributes
of each): the applications list's filter form, four selects, took a fifth of the page's server
time. These widgets keep Django's own context (`get_context`: ids, `required`, `aria-invalid`,
the selected option, formatted values) and only replace the template step, writing byte for
byte what Django's templates write (jobs/tests/test_widgets.py compares them). A widget whose
template was changed, or an option with its own template, renders the usual way.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]  # not in django-stubs

_WIDGETS = "django/forms/widgets/"
# Django's templates that are nothing but `{% include "django/forms/widgets/input.html" %}`.
_INPUTS = frozenset(
    f"{_WIDGETS}{name}.html"
    for name in ("text", "date", "datetime", "time", "email", "url", "number", "search", "tel")
)
_SELECT = f"{_WIDGETS}select.html"
_OPTION = f"{_WIDGETS}select_option.html"


def _text(value: Any) -> str:
    """`{{ value }}` in a template: local time, localized, escaped."""
    return conditional_escape(localize(template_localtime(value)))


def _attrs(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html (`{{ value|stringformat:'s' }}`: no localization)."""
    return "".join(
        f" {_text(name)}" if value is True else f' {_text(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict[str, Any]) -> str:
    value = widget["value"]
    shown = "" if value is None else f' value="{conditional_escape(value)}"'
    return (
        f'<input type="{_text(widget["type"])}" name="{_text(widget["name"])}"{shown}'
        f"{_attrs(widget['attrs'])}>"
    )


def _select(widget: dict[str, Any]) -> str | None:
    parts = [f'<select name="{_text(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{_text(group_name)}">')
        for option in options:
            if option["template_name"] != _OPTION:
                return None
            parts.append(
                f'\n  <option value="{conditional_escape(option["value"])}"'
                f"{_attrs(option['attrs'])}>{_text(option['label'])}</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")  # the renderer strips what the template ends with
    return "".join(parts)


class DirectRenderMixin:
    """Renders Django's input and select templates in Python; anything else the usual way."""

    def _render(self, template_name: str, context: dict[str, Any], renderer: Any = None) -> str:
        html = None
        if template_name in _INPUTS:
            html = _input(context["widget"])
        elif template_name == _SELECT:
            html = _select(context["widget"])
        if html is None:
            return super()._render(template_name, context, renderer)  # type: ignore[misc]
        return mark_safe(html)


class TextInput(DirectRenderMixin, forms.TextInput):
    pass


class URLInput(DirectRenderMixin, forms.URLInput):
    pass


class DateInput(DirectRenderMixin, forms.DateInput):
    pass


class Select(DirectRenderMixin, forms.Select):
    pass
