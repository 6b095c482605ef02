"""The panels other apps add to an application's page, without the tracker naming them.

Each app contributes `(template, panel)` pairs through `AppConfig.application_panels()`
(rebond/web/contributions.py); `panel(context, application)` returns the template's context,
as an inclusion tag would. They are shown in `INSTALLED_APPS` order.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from rebond.web.contributions import application_panels as contributed
from rebond.web.templatetags.page_panels import render_panels

register = template.Library()


@register.simple_tag(takes_context=True)
def application_panels(context: Any, application: Any) -> SafeString:
    return render_panels(context, contributed(), application)
