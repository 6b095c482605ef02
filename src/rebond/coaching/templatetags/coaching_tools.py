"""The coach's tools on the person and section pages, each one `{% include %}`-sized tag:
`{% coach_news person %}`, `{% coach_notes person %}`, `{% coach_proposals person %}`,
`{% coach_item_thread person section key %}` (the thread on one item of a
shared section)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django import template

from rebond.coaching import notes, proposals, threads
from rebond.coaching.forms import MessageForm, NoteForm, ProposalForm

if TYPE_CHECKING:
    from rebond.accounts.models import User

register = template.Library()


@register.inclusion_tag("coaching/_notes.html", takes_context=True)
def coach_notes(context: Any, person: User) -> dict[str, Any]:
    coach = context["request"].user
    return {
        "person": person,
        "notes": notes.notes_about(coach, person),
        "form": NoteForm(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("coaching/_proposals_coach.html", takes_context=True)
def coach_proposals(context: Any, person: User) -> dict[str, Any]:
    coach = context["request"].user
    return {
        "person": person,
        "proposals": proposals.made_to(person, coach),
        "form": ProposalForm(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("coaching/_coach_news.html", takes_context=True)
def coach_news(context: Any, person: User) -> dict[str, Any]:
    """The person's answers the coach has not read yet, each linked to its section's page."""
    return {"person": person, "unread": threads.unread_for_coach(context["request"].user, person)}


def _page_threads(context: Any, person: User, section: Any) -> list[Any]:
    """The coach's threads with `person` on `section`: read once per page (consent checked then)
    and marked read."""
    cache = context.render_context
    key = ("coach_threads", person.pk, str(section))
    if key not in cache:
        coach = context["request"].user
        found = threads.for_coach(coach, person, str(section))
        threads.mark_read(coach, found)
        cache[key] = found
    return cache[key]


def _thread_context(context: Any) -> dict[str, Any]:
    request = context["request"]
    return {
        "viewer": request.user,
        "back": request.get_full_path(),
        "reply_form": MessageForm(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("coaching/_item_thread.html", takes_context=True)
def coach_item_thread(context: Any, person: User, section: Any, item: str) -> dict[str, Any]:
    """The thread on one item (`item` = "<export section>:<id>"), under the item itself."""
    thread = next((t for t in _page_threads(context, person, section) if t.item == item), None)
    return {
        "thread": thread,
        "person": person,
        "section": section,
        "item": item,
        **_thread_context(context),
    }
