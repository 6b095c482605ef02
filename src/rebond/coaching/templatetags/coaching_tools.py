"""The coach's tools on the person and section pages, each one `{% include %}`-sized tag:
`{% coach_news person %}`, `{% coach_notes person %}`, `{% coach_proposals person %}`,
`{% coach_threads person section name items %}` (the threads on the items of one table of a
shared section)."""

from __future__ import annotations

from typing import Any

from django import template

from rebond.coaching import notes, proposals, threads
from rebond.coaching.forms import MessageForm, NoteForm, ProposalForm

register = template.Library()


@register.inclusion_tag("coaching/_notes.html", takes_context=True)
def coach_notes(context: Any, person: Any) -> dict[str, Any]:
    coach = context["request"].user
    return {
        "person": person,
        "notes": notes.notes_about(coach, person),
        "form": NoteForm(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("coaching/_proposals_coach.html", takes_context=True)
def coach_proposals(context: Any, person: Any) -> dict[str, Any]:
    coach = context["request"].user
    return {
        "person": person,
        "proposals": proposals.made_to(person, coach),
        "form": ProposalForm(),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("coaching/_coach_news.html", takes_context=True)
def coach_news(context: Any, person: Any) -> dict[str, Any]:
    """The person's answers the coach has not read yet, each linked to its section's page."""
    return {"person": person, "unread": threads.unread_for_coach(context["request"].user, person)}


@register.inclusion_tag("coaching/_table_threads.html", takes_context=True)
def coach_threads(
    context: Any, person: Any, section: Any, name: str, items: Any = ()
) -> dict[str, Any]:
    """Threads on the items of table `name` (`items`: its (key, label) pairs, to name them);
    read once per page, consent checked then."""
    request = context["request"]
    cache = context.render_context
    key = ("coach_threads", person.pk, str(section))
    if key not in cache:
        found = threads.for_coach(request.user, person, str(section))
        threads.mark_read(request.user, found)
        cache[key] = found
    prefix, labels = f"{name}:", dict(items)
    found = [t for t in cache[key] if t.item.startswith(prefix)]
    for thread in found:
        thread.label = labels.get(thread.item, thread.item)
    return {
        "threads": found,
        "viewer": request.user,
        "back": request.get_full_path(),
        "reply_form": MessageForm(),
        "csrf_token": context.get("csrf_token"),
    }
