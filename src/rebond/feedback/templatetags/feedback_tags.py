"""Template helpers: a statement's label form, and the feedback section of an application."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from django import template

from rebond.feedback.forms import LabelsForm

register = template.Library()


@register.simple_tag
def labels_form(statement: Any) -> LabelsForm:
    return LabelsForm.for_statement(statement)


@register.inclusion_tag("feedback/_application_section.html", takes_context=True)
def feedback_section(context: Any, application: Any) -> dict[str, Any]:
    """Due items, drafts, sent messages and feedback of one application (its detail page)."""
    from rebond.feedback import services
    from rebond.feedback.models import FeedbackItem, Message

    user = context["request"].user
    now = datetime.now(UTC)
    # Only a rejection has follow-ups due: any other application's page skips that query.
    rejected = application.is_rejected
    return {
        "application": application,
        "due": services.due_items(user, now, user.time_zone, application=application)
        if rejected
        else [],
        "messages_": Message.objects.for_user(user).filter(application=application),
        "items": FeedbackItem.objects.for_user(user)
        .filter(application=application)
        .prefetch_related("statements"),
    }


@register.filter
def dimension_label(value: str) -> str:
    from rebond.feedback.choices import Dimension

    return str(dict(Dimension.choices).get(value, value))
