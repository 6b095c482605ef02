"""The content language of a text: what the person wrote decides, the UI language breaks ties."""

from __future__ import annotations

from django.utils import translation

from rebond.method.language import Lang, detect, normalise_lang


def ui_lang() -> Lang:
    return normalise_lang(translation.get_language()) or "fr"


def content_lang(text: str) -> Lang:
    return detect(text, default=ui_lang())
