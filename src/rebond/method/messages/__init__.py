"""Personalised message drafts after a rejection and for the network (C3.1, C6.2–C6.4).

Templates live in the playbook (`messages.toml`, `network_messages.toml`, one per language).
Each template line is a text or a list of variants; the first variant whose fields are all
filled wins, so a missing optional field never leaves "{company}" or "None" in a draft:

- `[ at {company}]` is an optional segment, removed when one of its fields is empty;
- `{?field}` writes nothing but requires the field (a heading that only makes sense with a list);
- a line naming a list field (`questions`, `prepared_questions`, `key_points`) is repeated
  once per item.

French drafts use the formal "vous" by default; `register="tu"` picks the `*_tu` variants.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.agenda.timings import timings
from rebond.method.errors import ServiceError
from rebond.method.messages.checks import DraftIssue as DraftIssue
from rebond.method.messages.checks import check_draft as check_draft
from rebond.method.messages.kinds import KINDS, Kind, Register
from rebond.method.messages.kinds import NETWORK_KINDS as NETWORK_KINDS
from rebond.method.messages.kinds import Draft as Draft
from rebond.method.messages.questions import targeted_questions
from rebond.method.network.rules import rules as network_rules
from rebond.method.text.language import Lang
from rebond.method.text.typography import french_typography

# Kinds whose draft carries targeted questions built from the person's doubts.
_QUESTION_KINDS = frozenset({"feedback_request", "structured_debrief"})

_FIELD = re.compile(r"\{(\??)([a-z_]+)\}")
_OPTIONAL_SEGMENT = re.compile(r"\[([^\[\]]*)\]")


class DraftError(ServiceError):
    """The context lacks what a kind of message cannot do without (e.g. whom to introduce)."""


@dataclass(frozen=True)
class DraftContext:
    """What the person tells us; every field is optional and may stay empty."""

    sender_name: str = ""
    contact_first_name: str = ""
    contact_name: str = ""
    company: str = ""
    role: str = ""
    interview_moment: str = ""  # a noun phrase: "the pricing case study"
    doubts: tuple[str, ...] = ()  # the person's own doubts, free text, either language
    topic: str = ""
    target_person: str = ""  # whom to be introduced to: "Léa Martin, head of data"
    shared_item: str = ""  # keep-warm: "this article on pricing", "the X news"
    news: str = ""  # keep-warm: "I have just finished a cloud certification"
    next_step: str = ""  # after an informational interview
    key_points: tuple[str, ...] = ()  # summary of an informational interview
    questions: tuple[str, ...] = ()  # own prepared questions for an informational interview


@dataclass(frozen=True)
class _Template:
    subject: tuple[str, ...]
    lines: tuple[tuple[str, ...], ...]
    required_any: tuple[str, ...]


def _variants(value: Any, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not items:
        raise playbook.PlaybookError(f"{where}: expected a text or a list of texts")
    if not all(isinstance(item, str) and item.strip() for item in items):
        raise playbook.PlaybookError(f"{where}: every variant must be a non-empty text")
    return tuple(items)


@cache
def _settings(lang: Lang) -> dict[str, Any]:
    return dict(playbook.section(lang, "messages"))


@cache
def question_bounds(lang: Lang) -> tuple[int, int]:
    """How many targeted questions a feedback request asks, at least and at most
    (`[messages] questions`); the draft form takes as many doubts as the most."""
    bounds = _settings(lang).get("questions")
    if not (
        isinstance(bounds, list)
        and len(bounds) == 2
        and all(isinstance(b, int) and not isinstance(b, bool) for b in bounds)
        and 1 <= bounds[0] <= bounds[1] <= 10
    ):
        raise playbook.PlaybookError(f"playbook {lang!r}: [messages] questions is not [min, max]")
    return int(bounds[0]), int(bounds[1])


@cache
def _template(kind: Kind, lang: Lang, register: Register) -> _Template:
    table = "network_messages" if kind in NETWORK_KINDS else "messages"
    kinds = playbook.section(lang, table).get("kinds", {})
    where = f"playbook {lang!r}: [{table}.kinds.{kind}]"
    if kind not in kinds:
        raise playbook.PlaybookError(f"{where} is missing")
    raw = kinds[kind]
    suffix = "_tu" if register == "tu" and lang == "fr" else ""
    if f"lines{suffix}" not in raw:
        raise playbook.PlaybookError(f"{where} has no lines{suffix}")
    lines = raw[f"lines{suffix}"]
    if not isinstance(lines, list) or not lines:
        raise playbook.PlaybookError(f"{where} lines{suffix} must be a non-empty list")
    required = raw.get("required_any", [])
    if not isinstance(required, list) or not all(isinstance(r, str) for r in required):
        raise playbook.PlaybookError(f"{where} required_any must be a list of field names")
    return _Template(
        subject=_variants(raw.get(f"subject{suffix}", raw.get("subject")), f"{where} subject"),
        lines=tuple(_variants(line, f"{where} line {i + 1}") for i, line in enumerate(lines)),
        required_any=tuple(required),
    )


def _clean(value: str) -> str:
    # One line per value, and no doubled full stop when a template ends the sentence itself.
    return " ".join(value.split()).rstrip(" .;,:!?…")


def _values(context: DraftContext, kind: Kind, lang: Lang, register: Register) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in fields(context):
        raw = getattr(context, f.name)
        if isinstance(raw, tuple):
            values[f.name] = tuple(" ".join(item.split()) for item in raw if item.strip())
        else:
            values[f.name] = _clean(raw or "")
    settings = _settings(lang)
    # Only the kinds that ask targeted questions pay for reading the doubts.
    values["questions"] = ()
    if kind in _QUESTION_KINDS:
        minimum, limit = question_bounds(lang)
        values["questions"] = tuple(
            targeted_questions(
                context.doubts,
                lang,
                register,
                default_themes=settings.get("default_question_themes", ()),
                minimum=minimum,
                limit=limit,
                own_words=settings.get(
                    "own_doubt_question_tu" if register == "tu" and lang == "fr" else "",
                    settings.get("own_doubt_question", ""),
                ),
            )
        )
    # The informational interview's length, from the rules ("{info_minutes} minutes on …").
    values["info_minutes"] = str(network_rules().info_minutes)
    # The re-apply window, from the rules ("in {reapply_from_months} to … months").
    values["reapply_from_months"] = str(timings(lang).reapply_from_months)
    values["reapply_until_months"] = str(timings(lang).reapply_until_months)
    info = playbook.section(lang, "info_questions")
    key = "questions_tu" if register == "tu" and lang == "fr" else "questions"
    values["prepared_questions"] = tuple(context.questions) or tuple(info.get(key, ()))
    return values


def _filled(values: Mapping[str, Any], name: str) -> bool:
    if name not in values:
        raise playbook.PlaybookError(f"unknown template field {{{name}}}")
    return bool(values[name])


def render_line(template: str, values: Mapping[str, Any]) -> list[str] | None:
    """One template line with `values`; None when a required field is empty.

    >>> render_line("Thanks for the {role} chat[ at {company}].", {"role": "QA", "company": ""})
    ['Thanks for the QA chat.']
    >>> render_line("- {questions}", {"questions": ("A?", "B?")})
    ['- A?', '- B?']
    """

    def keep_segment(match: re.Match[str]) -> str:
        names = [name for _, name in _FIELD.findall(match.group(1))]
        return match.group(1) if all(_filled(values, n) for n in names) else ""

    text = _OPTIONAL_SEGMENT.sub(keep_segment, template)
    found = _FIELD.findall(text)
    if not all(_filled(values, name) for _, name in found):
        return None
    # A guard `{?items}` only requires the list; a plain `{items}` repeats the line per item.
    list_fields = list(dict.fromkeys(n for q, n in found if not q and isinstance(values[n], tuple)))
    if len(list_fields) > 1:
        raise playbook.PlaybookError(f"template line repeats over two lists: {template!r}")

    def substitute(item: str | None) -> str:
        def one(match: re.Match[str]) -> str:
            if match.group(1):
                return ""
            value = values[match.group(2)]
            return item if isinstance(value, tuple) and item is not None else str(value)

        return _FIELD.sub(one, text)

    if list_fields:
        return [substitute(item) for item in values[list_fields[0]]]
    return [substitute(None)]


def _first(variants: tuple[str, ...], values: Mapping[str, Any]) -> list[str]:
    for variant in variants:
        rendered = render_line(variant, values)
        if rendered is not None:
            return rendered
    return []


def draft(kind: Kind, context: DraftContext, lang: Lang, register: Register = "vous") -> Draft:
    """A draft of `kind` in `lang`, personalised from `context`.

    >>> d = draft("feedback_request", DraftContext(role="data analyst", company="Acme"), "en")
    >>> d.subject, d.line_count
    ('Your feedback on my application — data analyst', 5)
    """
    if kind not in KINDS:
        raise ValueError(f"unknown message kind: {kind!r}")
    if register not in ("vous", "tu"):
        raise ValueError(f"unknown register: {register!r}")
    template = _template(kind, lang, register)
    values = _values(context, kind, lang, register)
    if template.required_any and not any(values.get(n) for n in template.required_any):
        raise DraftError(f"{kind} needs at least one of: {', '.join(template.required_any)}")
    settings = _settings(lang)
    suffix = "_tu" if register == "tu" and lang == "fr" else ""
    greeting = _first(_variants(settings.get(f"greeting{suffix}"), "[messages] greeting"), values)
    sign_off = [
        line
        for entry in _variants(settings.get(f"sign_off{suffix}"), "[messages] sign_off")
        for line in (render_line(entry, values) or [])
    ]
    content = [line for variants in template.lines for line in _first(variants, values)]
    body = "\n\n".join(["\n".join(greeting), "\n".join(content), "\n".join(sign_off)])
    subject = _first(template.subject, values)
    spaced = french_typography if lang == "fr" else str
    return Draft(
        subject=spaced(subject[0]) if subject else "",
        body=spaced(body.strip() + "\n"),
        lang=lang,
        kind=kind,
        line_count=len(content),
    )
