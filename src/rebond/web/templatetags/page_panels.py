"""The panels other apps add to a page, without the page's app naming them.

`{% page_panels "today" %}` (or `{% page_panels "feedback_item" item %}`) renders the panels
apps contribute through `AppConfig.page_panels()` (rebond/web/contributions.py), in
`INSTALLED_APPS` order; `panel(context, obj)` returns its template's context, as an inclusion
tag would.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from rebond.web.contributions import ApplicationPanel
from rebond.web.contributions import page_panels as contributed

register = template.Library()


def render_panels(context: Any, panels: Iterable[ApplicationPanel], obj: Any) -> SafeString:
    engine = context.template.engine
    parts = []
    for name, panel in panels:
        values = panel(context, obj)
        if not values:
            continue  # the panel has nothing to show here
        new_context = context.new(values)
        # As Django's inclusion tags do: the panel's forms keep the page's CSRF token.
        if context.get("csrf_token") is not None:
            new_context["csrf_token"] = context["csrf_token"]
        parts.append(engine.get_template(name).render(new_context))
    return mark_safe("".join(parts))


@register.simple_tag(takes_context=True)
def page_panels(context: Any, page: str, obj: Any = None) -> SafeString:
    return render_panels(context, contributed(page), obj)
