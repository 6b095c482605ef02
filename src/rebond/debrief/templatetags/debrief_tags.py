"""Display names of playbook keys (emotions, distortions) in the interface's language."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from rebond.method import debrief, playbook

register = template.Library()


def _lang(lang: str = "") -> str:
    code = lang or get_language() or "fr"
    return "en" if code.startswith("en") else "fr"


@register.filter
def emotion_name(key: str) -> str:
    names = {e.key: e.name for e in debrief.emotions(_lang())}  # type: ignore[arg-type]
    return names.get(key, key)


@register.filter
def distortion_name(key: str, lang: str = "") -> str:
    names = playbook.section(_lang(lang), "thoughts")["names"]  # type: ignore[arg-type]
    return str(names.get(key, key))
