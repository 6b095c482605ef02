from __future__ import annotations

from django import template

from rebond.accounts.language import playbook_lang
from rebond.method.funnel.settings import format_percent

register = template.Library()


@register.filter
def percent(rate: float | None) -> str:
    """A rate as a whole percentage in the interface language; a dash when undefined."""
    return "–" if rate is None else format_percent(rate, playbook_lang())
