from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from rebond.trash import faces

register = template.Library()


@register.filter
def undo_entry(message: object) -> int | None:
    return faces.undo_entry(message)


@register.simple_tag
def asks_first(detail: str = "", forever: bool = False) -> SafeString:
    """The attributes that make a delete form ask first (static/rebond/confirm.js)."""
    question = _("Delete this for good?") if forever else _("Move this to the bin?")
    yes = _("Delete for good") if forever else _("Move to the bin")
    return format_html(
        'data-confirm="{}" data-confirm-detail="{}" data-confirm-yes="{}" data-confirm-no="{}"',
        question,
        detail,
        yes,
        _("Cancel"),
    )
