"""Template helpers of the coach's reading pages."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def comments_on(comments: dict[str, list[Any]], key: str) -> list[Any]:
    """The coach's comments on one item (`comments` maps item key -> comments)."""
    return comments.get(key, []) if comments else []
