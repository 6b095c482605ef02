"""The one language policy: which language Rebond speaks, where.

Two languages, kept apart (DESIGN.md, habit 7):

- The language Rebond speaks now (`playbook_lang`): labels, playbook wording, agenda titles.
  In a request it is the interface language LocaleMiddleware activated (the browser's). Where
  no interface is looking (the CLI, reminder e-mails, the calendar subscription, a PDF built
  for the person), the code that serves the person activates their chosen language with
  `speaking_to(person)`, and everything below it follows. One precedence rule: the language
  activated for this thread, else the person's chosen language, else French.
- The language of the person's own texts (`content_lang`): drafts and analyses follow
  `User.content_language` whatever the interface, as the account page promises.

Here rather than in `rebond.web`: the CLI and the background tasks need it without a request,
and every app can import it (it imports no model), so no app imports another for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.utils import translation

from rebond.method.text.language import Lang, detect, normalise_lang

DEFAULT: Lang = "fr"  # settings.LANGUAGE_CODE


def content_lang(person: Any) -> Lang:
    """The person's chosen language for their own texts (drafts, analyses), or French."""
    return normalise_lang(getattr(person, "content_language", None)) or DEFAULT


def playbook_lang(person: Any = None) -> Lang:
    """The language to speak now: the one activated for this thread (a request's interface
    language, or the person's under `speaking_to`), else the person's chosen one, else French.
    """
    active = normalise_lang(translation.get_language())
    if active is not None:
        return active
    return content_lang(person) if person is not None else DEFAULT


def text_lang(text: str) -> Lang:
    """The language a text is written in; the language spoken now breaks ties."""
    return detect(text, default=playbook_lang())


@contextmanager
def speaking_to(person: Any) -> Iterator[Lang]:
    """Speak the person's chosen language inside the block (gettext and the playbook): for
    what reaches them outside the interface, such as the CLI, e-mails and the calendar feed."""
    lang = content_lang(person)
    with translation.override(lang):
        yield lang


def speak_to(person: Any) -> Lang:
    """`speaking_to` for a whole process (one CLI command speaks to one person)."""
    lang = content_lang(person)
    translation.activate(lang)
    return lang
