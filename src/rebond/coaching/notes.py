"""A coach's private notes about a person they coach.

A note is the coach's own row (`user` = the coach): every query here is scoped to the writing
coach, so neither the person nor another coach can read it. Writing one needs the person to
share something with the coach now (`services.seeker_for_coach`); notes already written stay
the coach's, shown again if the person shares again. Deleting goes to the coach's bin.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import QuerySet

from rebond.coaching.models import Note
from rebond.method.errors import ServiceError
from rebond.trash.models import BinEntry
from rebond.trash.services import discard

if TYPE_CHECKING:
    from rebond.accounts.models import User

MAX_LENGTH = 4000


def _clean(text: str) -> str:
    clean = text.strip()
    if not clean:
        raise ServiceError("A note needs some text.")
    return clean[:MAX_LENGTH]


def notes_about(coach: User, person: User) -> QuerySet[Note]:
    """The notes `coach` wrote about `person`, newest first; nobody else's."""
    return Note.objects.for_user(coach).filter(person=person)


def add(coach: User, person: User, text: str) -> Note:
    return Note.objects.create(user=coach, person=person, text=_clean(text))


def edit(coach: User, note: Note, text: str) -> Note:
    if note.user_id != coach.pk:
        raise Note.DoesNotExist
    note.text = _clean(text)
    note.save(update_fields=["text", "updated_at"])
    return note


def delete(coach: User, note: Note) -> BinEntry:
    if note.user_id != coach.pk:
        raise Note.DoesNotExist
    return discard(coach, note)
