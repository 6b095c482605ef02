"""The interview question bank of the playbook, validated (C7.5).

Common questions with a preparation tip, the "previous rejection" question with guidance for
an answer that shows self-analysis and progress, and strategic questions to ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from rebond.method import playbook
from rebond.method.text.language import Lang

ASK_CATEGORIES = frozenset(
    {"success_metrics", "first_90_days", "trade_offs", "decision_criteria", "team", "process"}
)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    theme: str = ""
    tip: str = ""


@dataclass(frozen=True)
class RejectionQuestion:
    text: str
    goal: str
    guidance: tuple[str, ...]
    example: str
    pitfalls: tuple[str, ...]


@dataclass(frozen=True)
class QuestionBank:
    common: tuple[Question, ...]
    rejection: RejectionQuestion
    to_ask: dict[str, tuple[Question, ...]]  # by category, in playbook order


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise playbook.PlaybookError(f"[questions] {where}: '{key}' must be a non-empty string")
    return value


def _texts(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(x, str) for x in value):
        raise playbook.PlaybookError(f"[questions] {where}: '{key}' must be a list of strings")
    return tuple(value)


@cache
def question_bank(lang: Lang) -> QuestionBank:
    """The question bank for `lang`.

    >>> bank = question_bank("en")
    >>> bank.common[0].text, sorted(bank.to_ask)[:2]
    ('Tell me about yourself.', ['decision_criteria', 'first_90_days'])
    """
    raw = playbook.section(lang, "questions")
    common = tuple(
        Question(
            id=_text(e, "id", "common"),
            text=_text(e, "text", f"common {e.get('id')}"),
            theme=str(e.get("theme", "")),
            tip=str(e.get("tip", "")),
        )
        for e in raw.get("common", [])
    )
    if not common:
        raise playbook.PlaybookError(f"[questions] of {lang!r} has no common questions")
    rejected = raw.get("rejection")
    if not isinstance(rejected, dict):
        raise playbook.PlaybookError(f"[questions.rejection] of {lang!r} is missing")
    rejection = RejectionQuestion(
        text=_text(rejected, "text", "rejection"),
        goal=_text(rejected, "goal", "rejection"),
        guidance=_texts(rejected, "guidance", "rejection"),
        example=_text(rejected, "example", "rejection"),
        pitfalls=_texts(rejected, "pitfalls", "rejection"),
    )
    to_ask: dict[str, list[Question]] = {}
    for entry in raw.get("to_ask", []):
        category = _text(entry, "category", f"to_ask {entry.get('id')}")
        if category not in ASK_CATEGORIES:
            raise playbook.PlaybookError(
                f"[questions] to_ask {entry.get('id')}: category must be one of "
                f"{sorted(ASK_CATEGORIES)}"
            )
        to_ask.setdefault(category, []).append(
            Question(id=_text(entry, "id", "to_ask"), text=_text(entry, "text", "to_ask"))
        )
    return QuestionBank(common, rejection, {k: tuple(v) for k, v in to_ask.items()})
