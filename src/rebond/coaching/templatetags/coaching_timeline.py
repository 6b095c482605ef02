"""`{% activity_timeline person %}`: the person's recent activity from what they share with the
signed-in coach, for the person page (one access-log line per showing)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import template

from rebond.coaching import caseload

if TYPE_CHECKING:
    from rebond.accounts.models import User

register = template.Library()


@register.inclusion_tag("coaching/_timeline.html", takes_context=True)
def activity_timeline(context: dict[str, Any], person: User) -> dict[str, Any]:
    coach = context["request"].user
    return {"events": caseload.timeline(coach, person), "zone": caseload.coach_zone(coach)}
