"""French typography for what the product writes outside an HTML response (terminal text,
the review PDF): the same rules as `FrenchTypographyMiddleware`, in the active language."""

from __future__ import annotations

from django.utils import translation

from rebond.method.text.typography import french_typography, french_typography_html


def is_french() -> bool:
    return (translation.get_language() or "").startswith("fr")


def text(value: str) -> str:
    """Plain text in the active language: French spacing when it is French."""
    return french_typography(value) if is_french() else value


def html(value: str) -> str:
    """Markup in the active language: French spacing in its visible text when it is French."""
    return french_typography_html(value) if is_french() else value
