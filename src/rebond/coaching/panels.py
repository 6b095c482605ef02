"""What coaching adds to the person's own pages (contributions, rebond/web/contributions.py):
the threads on an application or a feedback item, and on Today and the plan, the coaches'
new messages and the actions they propose. Hosted mode only: local mode has no coach.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from rebond.coaching import proposals, threads
from rebond.coaching.forms import MessageForm


def _person(context: Any) -> Any:
    request = context.get("request")
    if settings.LOCAL_MODE or request is None or not request.user.is_authenticated:
        return None
    return request.user


def _item_threads(context: Any, export_section: str, obj: Any) -> dict[str, Any]:
    person = _person(context)
    if person is None or obj is None:
        return {}
    found = threads.for_seeker(person, threads.item_key(export_section, obj.pk))
    if not found:
        return {}
    threads.mark_read(person, found)
    back = context["request"].get_full_path()
    return {"threads": found, "viewer": person, "back": back, "reply_form": MessageForm()}


def application_threads(context: Any, application: Any) -> dict[str, Any]:
    return _item_threads(context, "applications", application)


def feedback_item_threads(context: Any, item: Any) -> dict[str, Any]:
    return _item_threads(context, "feedback_items", item)


def plan_action_threads(context: Any, action: Any) -> dict[str, Any]:
    return _item_threads(context, "plan_actions", action)


def today(context: Any, _obj: Any = None) -> dict[str, Any]:
    """Unread messages of coaches and proposed actions waiting for an answer."""
    person = _person(context)
    if person is None:
        return {}
    unread = [
        (message, threads.item_page(message.item)) for message in threads.unread_for_seeker(person)
    ]
    pending = list(proposals.pending_for(person))
    if not unread and not pending:
        return {}
    back = context["request"].get_full_path()
    return {"unread": unread, "pending": pending, "back": back}


def plan(context: Any, _obj: Any = None) -> dict[str, Any]:
    person = _person(context)
    if person is None:
        return {}
    pending = list(proposals.pending_for(person))
    if not pending:
        return {}
    return {"unread": [], "pending": pending, "back": context["request"].get_full_path()}
