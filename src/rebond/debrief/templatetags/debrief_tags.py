"""Display names of playbook keys (emotions, distortions) in the interface's language."""

from __future__ import annotations

from typing import Any

from django import template

from rebond.accounts.language import playbook_lang
from rebond.method import debrief, playbook
from rebond.method.text.language import Lang, normalise_lang

register = template.Library()


def _lang(lang: str = "") -> Lang:
    """The language a tag was given, else the one the policy speaks now."""
    return normalise_lang(lang) or playbook_lang()


@register.filter
def emotion_name(key: str) -> str:
    names = {e.key: e.name for e in debrief.emotions(_lang())}
    return names.get(key, key)


@register.filter
def distortion_name(key: str, lang: str = "") -> str:
    names = playbook.section(_lang(lang), "thoughts")["names"]
    return str(names.get(key, key))


@register.inclusion_tag("debrief/_offer.html", takes_context=True)
def debrief_offer(context: Any, application: Any) -> dict[str, Any]:
    """On a rejected application's page: offer the guided debrief, or a link back to it."""
    from rebond.debrief.models import Debrief

    user = context["request"].user
    debrief = Debrief.objects.for_user(user).filter(application=application).first()
    return {
        "application": application,
        "debrief": debrief,
        "rejected": application.is_rejected,
        "csrf_token": context.get("csrf_token"),
    }
