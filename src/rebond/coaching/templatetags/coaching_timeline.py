"""`{% activity_timeline person %}`: the person's recent activity from what they share with the
signed-in coach, for the person page (one access-log line per showing)."""

from __future__ import annotations

from typing import Any

from django import template

from rebond.coaching import caseload

register = template.Library()


@register.inclusion_tag("coaching/_timeline.html", takes_context=True)
def activity_timeline(context: dict[str, Any], person: Any) -> dict[str, Any]:
    coach = context["request"].user
    return {"events": caseload.timeline(coach, person), "zone": caseload.coach_zone(coach)}
