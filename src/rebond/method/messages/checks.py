"""Checks on a message draft, generated or edited by hand (C3.1, C6.4).

`check_draft` flags what makes a draft less likely to get an answer: a feedback request
outside 4–6 lines, a field left unfilled ("{company}", "None"), and, in messages to the
network, a vague ask ("des opportunités", "any openings") instead of a precise one.
Line counts skip the greeting and the sign-off so a person's edits are judged fairly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rebond.method import playbook
from rebond.method.messages.kinds import NETWORK_KINDS, Draft
from rebond.method.text.language import SUPPORTED, Lang, fold, words

IssueCode = Literal["too_few_lines", "too_many_lines", "placeholder", "vague_ask"]

# Template fields left behind, or the textual trace of a missing value in code.
_LEFTOVER = re.compile(r"\{\??[^{}\n]{0,40}\}|\b(?:None|null|undefined|NaN)\b")
_SALUTATION_MAX_WORDS = 5


@dataclass(frozen=True)
class DraftIssue:
    """One problem found in a draft, with a message in the draft's language."""

    code: IssueCode
    message: str
    fragment: str = ""


def _is_salutation(line: str) -> bool:
    return line.endswith(",") and len(words(line)) <= _SALUTATION_MAX_WORDS


def body_line_count(body: str) -> int:
    """Non-empty lines between the greeting and the sign-off ("Best regards," and after).

    >>> body_line_count("Hello Zoé,\\n\\nLine one.\\nLine two.\\n\\nBest regards,\\nSam\\n")
    2
    """
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and _is_salutation(lines[0]):
        lines = lines[1:]
    for index in range(len(lines) - 1, -1, -1):
        if _is_salutation(lines[index]):
            return index
    return len(lines)


@cache
def _checks(lang: Lang) -> dict[str, object]:
    raw = playbook.section(lang, "message_checks")
    for key in ("too_few_lines", "too_many_lines", "placeholder", "vague_ask"):
        if not isinstance(raw.get(key), str):
            raise playbook.PlaybookError(f"playbook {lang!r}: [message_checks] lacks {key}")
    return dict(raw)


@cache
def _vague_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Vague asks of both languages: a French message may quote an English phrase."""
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for lang in SUPPORTED:
        phrases = _checks(lang).get("vague_asks", [])
        if not isinstance(phrases, list):
            raise playbook.PlaybookError(f"playbook {lang!r}: vague_asks must be a list")
        for phrase in phrases:
            folded = fold(str(phrase))
            patterns.append((folded, re.compile(rf"(?<!\w){re.escape(folded)}(?!\w)")))
    return tuple(patterns)


@cache
def _line_bounds(lang: Lang) -> tuple[int, int]:
    bounds = playbook.section(lang, "messages").get("feedback_request_lines")
    if not (isinstance(bounds, list) and len(bounds) == 2 and 1 <= bounds[0] <= bounds[1]):
        raise playbook.PlaybookError(f"playbook {lang!r}: feedback_request_lines is not [min, max]")
    return int(bounds[0]), int(bounds[1])


def check_draft(draft: Draft) -> list[DraftIssue]:
    """Problems in a draft; an empty list means nothing to fix.

    >>> from rebond.method.messages import Draft
    >>> d = Draft("Hi", "Hello,\\n\\nAny openings at {company}?\\n", "en", "keep_warm", 1)
    >>> [issue.code for issue in check_draft(d)]
    ['placeholder', 'vague_ask']
    """
    texts = _checks(draft.lang)
    issues: list[DraftIssue] = []
    if draft.kind == "feedback_request":
        low, high = _line_bounds(draft.lang)
        count = body_line_count(draft.body)
        if count < low:
            message = str(texts["too_few_lines"]).format(count=count, low=low, high=high)
            issues.append(DraftIssue("too_few_lines", message))
        elif count > high:
            message = str(texts["too_many_lines"]).format(count=count, low=low, high=high)
            issues.append(DraftIssue("too_many_lines", message))
    for match in _LEFTOVER.finditer(f"{draft.subject}\n{draft.body}"):
        fragment = match.group(0)
        message = str(texts["placeholder"]).format(fragment=fragment)
        issues.append(DraftIssue("placeholder", message, fragment))
    if draft.kind in NETWORK_KINDS:
        folded = fold(draft.body)
        found = [
            (match.start(), match.end(), phrase)
            for phrase, pattern in _vague_patterns()
            for match in pattern.finditer(folded)
        ]
        taken: list[tuple[int, int]] = []
        # Longest phrase first, so "any openings" is reported once, not also as "any opening".
        for start, end, phrase in sorted(found, key=lambda f: f[0] - f[1]):
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append((start, end))
            message = str(texts["vague_ask"]).format(fragment=phrase)
            issues.append(DraftIssue("vague_ask", message, phrase))
    return issues
