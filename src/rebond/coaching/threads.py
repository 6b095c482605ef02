"""Threads of comments on a shared item, answered by both sides (issue 23).

A thread is the messages of one person, one coach and one item ("<export section>:<id>"), in
time order. The coach starts it (`services.comment`); either side answers, edits and deletes
their own messages (to their own bin). The person always sees their own threads; the coach
sees one only while the item's section is shared with them (checked at each read, through
`services.shared_sections`), like the section itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from rebond.coaching import services, signals
from rebond.coaching.choices import Purpose, Section
from rebond.coaching.models import AccessLog, Comment
from rebond.method.errors import ServiceError
from rebond.trash.models import BinEntry
from rebond.trash.services import discard

if TYPE_CHECKING:
    from rebond.accounts.models import User

MAX_LENGTH = 2000
# The person's own page of an item, where its thread is shown to them (by export section).
ITEM_PAGES = {
    "applications": "jobs:application",
    "feedback_items": "feedback:item",
    "plan_actions": "plan:action",
}


@dataclass
class Thread:
    coach: Any
    section: str
    item: str
    messages: list[Comment] = field(default_factory=list)
    label: str = ""  # what the item is called where it is shown (the coach's table row)

    @property
    def anchor(self) -> Comment:
        """The message a reply is attached to (any of the thread would do: the first)."""
        return self.messages[0]

    @property
    def section_label(self) -> str:
        return str(Section(self.section).label)

    @property
    def page(self) -> str | None:
        """The person's own page of the item, if it has one."""
        return item_page(self.item)


def item_key(export_section: str, pk: int) -> str:
    return f"{export_section}:{pk}"


def item_page(item: str) -> str | None:
    """The person's own page of `item`, if it has one."""
    name, _, ident = item.partition(":")
    if name not in ITEM_PAGES or not ident.isdigit():
        return None
    try:
        return reverse(ITEM_PAGES[name], args=[int(ident)])
    except NoReverseMatch:
        return None


def _group(rows: Any) -> list[Thread]:
    found: dict[tuple[int, str], Thread] = {}
    for row in rows:
        key = (row.coach_id, row.item)
        if key not in found:
            found[key] = Thread(coach=row.coach, section=row.section, item=row.item)
        found[key].messages.append(row)
    return list(found.values())


def for_seeker(seeker: User, item: str | None = None) -> list[Thread]:
    """The person's threads (all, or on one item), whatever they share today."""
    rows = (
        Comment.objects.for_user(seeker)
        .select_related("user", "coach")
        .order_by("created_at", "id")
    )
    if item is not None:
        rows = rows.filter(item=item)
    return _group(rows)


def for_coach(coach: User, seeker: User, section: str) -> list[Thread]:
    """The coach's threads with the person in `section`: none unless it is shared now."""
    if section not in services.shared_sections(seeker, coach):
        return []
    rows = Comment.objects.for_user(seeker).filter(coach=coach, section=section)
    return _group(rows.select_related("user", "coach").order_by("created_at", "id"))


def unread_for_seeker(seeker: User) -> list[Comment]:
    """Coaches' messages the person has not seen yet, oldest first."""
    rows = Comment.objects.for_user(seeker).filter(by_seeker=False, read_at__isnull=True)
    return list(rows.select_related("coach").order_by("created_at", "id"))


def unread_for_coach(coach: User, seeker: User) -> list[Comment]:
    """The person's answers the coach has not seen yet, in sections shared now."""
    rows = Comment.objects.for_user(seeker).filter(
        coach=coach,
        by_seeker=True,
        read_at__isnull=True,
        section__in=services.shared_sections(seeker, coach),
    )
    return list(rows.order_by("created_at", "id"))


def mark_read(reader: Any, threads: list[Thread]) -> None:
    """The reader has seen these threads: the other side's messages are read now."""
    ids = [
        m.pk
        for t in threads
        for m in t.messages
        if m.read_at is None and _writer_id(m) != reader.pk
    ]
    if ids:
        Comment.objects.filter(pk__in=ids).update(read_at=timezone.now())


def _writer_id(message: Comment) -> int:
    return message.user_id if message.by_seeker else message.coach_id


def visible_to(user: User, pk: int) -> Comment:
    """Message `pk` if `user` may read its thread now (its person always; its coach while the
    section is shared); Comment.DoesNotExist otherwise."""
    mine = Comment.objects.filter(Q(user=user) | Q(coach=user))
    message = mine.select_related("user", "coach").get(pk=pk)
    if message.user_id == user.pk:
        return message
    if message.coach_id == user.pk and message.section in services.shared_sections(
        message.user, user
    ):
        return message
    raise Comment.DoesNotExist


def written_by(user: User, pk: int) -> Comment:
    """Message `pk` if `user` wrote it and may still read its thread."""
    message = visible_to(user, pk)
    if _writer_id(message) != user.pk:
        raise Comment.DoesNotExist
    return message


def _clean(text: str) -> str:
    clean = text.strip()
    if not clean:
        raise ServiceError("A comment needs some text.")
    return clean[:MAX_LENGTH]


@transaction.atomic
def reply(author: Any, anchor: Comment, text: str) -> Comment:
    """`author` (the thread's person or coach) answers the thread of `anchor`."""
    anchor = visible_to(author, anchor.pk)
    by_seeker = anchor.user_id == author.pk
    if not by_seeker:
        AccessLog.objects.create(
            user=anchor.user, coach=author, section=anchor.section, purpose=Purpose.COMMENT
        )
    found = Comment.objects.create(
        user=anchor.user,
        coach=anchor.coach,
        section=anchor.section,
        item=anchor.item,
        text=_clean(text),
        by_seeker=by_seeker,
    )
    transaction.on_commit(lambda: signals.comment_posted.send(sender=Comment, comment=found))
    return found


def edit(author: Any, message: Comment, text: str) -> Comment:
    message = written_by(author, message.pk)
    message.text = _clean(text)
    message.edited_at = timezone.now()
    message.save(update_fields=["text", "edited_at"])
    return message


def delete(author: Any, message: Comment) -> BinEntry:
    """Into the writer's bin (restored from there like any other row)."""
    return discard(author, written_by(author, message.pk))
