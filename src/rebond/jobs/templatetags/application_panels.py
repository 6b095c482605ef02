"""The panels other apps add to an application's page, without the tracker naming them.

Each app contributes `(template, panel)` pairs through `AppConfig.application_panels()`
(rebond/web/contributions.py); `panel(context, application)` returns the template's context,
as an inclusion tag would. They are shown in `INSTALLED_APPS` order.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from rebond.web.contributions import application_panels as contributed

register = template.Library()


@register.simple_tag(takes_context=True)
def application_panels(context: Any, application: Any) -> SafeString:
    engine = context.template.engine
    parts = []
    for name, panel in contributed():
        values = panel(context, application)
        new_context = context.new(values)
        # As Django's inclusion tags do: the panel's forms keep the page's CSRF token.
        if context.get("csrf_token") is not None:
            new_context["csrf_token"] = context["csrf_token"]
        parts.append(engine.get_template(name).render(new_context))
    return mark_safe("".join(parts))
