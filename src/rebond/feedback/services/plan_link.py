"""A recurring point becomes an action in the plan (C3.4 → C5), through the plan's service."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext

if TYPE_CHECKING:
    from rebond.accounts.models import User


def action_from_point(user: User, group: int, now: datetime) -> Any:
    """Create a plan action answering the point of stored group `group`; LookupError if gone.

    The action follows the plan's template for the point's dimension when there is one (its
    axis and measurable target), and remembers the point's first statement as its source.
    """
    from rebond.accounts.language import playbook_lang
    from rebond.feedback.services.points import point_for_group
    from rebond.method import plan as method_plan
    from rebond.plan.services import create_action

    found = point_for_group(user, group, now)
    if found is None:
        raise LookupError(group)
    point = found.point
    template = next(
        (
            draft
            for draft, dimensions in method_plan.action_templates(playbook_lang(user)).values()
            if point.dimension in dimensions
        ),
        None,
    )
    title = gettext("Work on: %(point)s") % {"point": point.label}
    return create_action(
        user,
        title=title,
        axis=str(template.axis) if template else "skills",
        theme=point.theme,
        target=template.target_text if template else "",
        source_kind="feedback",
        source_id=found.statement_ids[0],
        template_id=template.template_id if template else "",
    )
