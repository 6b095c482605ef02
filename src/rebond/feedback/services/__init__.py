"""Feedback loop use cases (C3), shared by the web views, the API and the CLI."""

from rebond.feedback.services.due import Due, agenda_items, due_items, exchange_logs
from rebond.feedback.services.items import (
    FeedbackInputError,
    add_feedback,
    correct_label,
    correct_labels,
    corrections_for,
    delete_item,
    regroup,
)
from rebond.feedback.services.messages import (
    as_draft,
    eml,
    issues,
    mailto,
    mark_sent,
    new_draft,
    save_smtp,
    send_message,
    send_saved,
    send_test,
    smtp_account,
    update_draft,
)
from rebond.feedback.services.plan_link import action_from_point
from rebond.feedback.services.points import (
    Point,
    point_for_group,
    recurring_points,
    strength_points,
    strengths_for,
)

__all__ = [
    "Due",
    "FeedbackInputError",
    "Point",
    "action_from_point",
    "add_feedback",
    "agenda_items",
    "as_draft",
    "correct_label",
    "correct_labels",
    "corrections_for",
    "delete_item",
    "due_items",
    "eml",
    "exchange_logs",
    "issues",
    "mailto",
    "mark_sent",
    "new_draft",
    "point_for_group",
    "recurring_points",
    "regroup",
    "save_smtp",
    "send_message",
    "send_saved",
    "send_test",
    "smtp_account",
    "strength_points",
    "strengths_for",
    "update_draft",
]
