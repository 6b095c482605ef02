"""The agenda's numbers and titles, read from the playbook's `[timings]` table and validated."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from rebond.method import playbook
from rebond.method.agenda.local_time import parse_clock, weekday_index
from rebond.method.text.language import Lang

TITLE_KEYS = (
    "cool_down",
    "feedback_request",
    "follow_up",
    "thank_you",
    "keep_warm",
    "reapply",
    "weekly_review",
    "monthly_review",
    "quarterly_milestone",
    "sourcing",
    "connecting",
    "improving",
)
_WHOLE_NUMBERS = {
    "cool_down_hours": (0, 24 * 14),
    "feedback_request_from_hours": (0, 24 * 14),
    "feedback_request_until_hours": (1, 24 * 30),
    "follow_up_from_days": (1, 60),
    "follow_up_until_days": (1, 90),
    "thank_you_after_reply_hours": (1, 24 * 14),
    "thank_you_after_silence_days": (0, 60),
    "keep_warm_every_months": (1, 24),
    "reapply_from_months": (0, 36),
    "reapply_until_months": (1, 60),
    "reapply_reminder_days": (0, 365),
}


@dataclass(frozen=True)
class TimeboxSpec:
    kind: str
    min_minutes: int
    max_minutes: int


@dataclass(frozen=True)
class Timings:
    reminder_time: time
    day_starts: time
    day_ends: time
    cool_down_hours: int
    feedback_request_from_hours: int
    feedback_request_until_hours: int
    follow_up_from_days: int
    follow_up_until_days: int
    thank_you_after_reply_hours: int
    thank_you_after_silence_days: int
    keep_warm_every_months: int
    reapply_from_months: int
    reapply_until_months: int
    reapply_reminder_days: int
    weekly_review_weekday: int
    daily_timebox: tuple[TimeboxSpec, ...]


def _whole(data: Mapping[str, Any], key: str) -> int:
    low, high = _WHOLE_NUMBERS[key]
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise playbook.PlaybookError(f"[timings] {key} must be a whole number in [{low}, {high}]")
    return value


def _clock(data: Mapping[str, Any], key: str) -> time:
    value = data.get(key)
    try:
        return parse_clock(value if isinstance(value, str) else "")
    except ValueError:
        raise playbook.PlaybookError(f"[timings] {key} must be a HH:MM string") from None


def _timebox(value: Any) -> tuple[TimeboxSpec, ...]:
    if not isinstance(value, list) or not value:
        raise playbook.PlaybookError("[[timings.daily_timebox]] needs at least one block")
    blocks = []
    for block in value:
        kind, low, high = block.get("kind"), block.get("min_minutes"), block.get("max_minutes")
        if kind not in TITLE_KEYS or not all(isinstance(v, int) for v in (low, high)):
            raise playbook.PlaybookError(f"[[timings.daily_timebox]] malformed block: {block}")
        if not 1 <= low <= high <= 8 * 60:
            raise playbook.PlaybookError(f"[[timings.daily_timebox]] {kind}: need 1 <= min <= max")
        blocks.append(TimeboxSpec(kind, low, high))
    return tuple(blocks)


# The last validated table per language. Keyed on the table object itself, so a playbook
# reloaded (or replaced in a test) is validated again; rules call `timings()` once per item.
_VALIDATED: dict[str, tuple[Mapping[str, Any], Timings]] = {}


def timings(lang: Lang = "en") -> Timings:
    """The validated `[timings]` of `lang`'s playbook (numbers are the same in all languages)."""
    data = playbook.section(lang, "timings")
    known = _VALIDATED.get(lang)
    if known is not None and known[0] is data:
        return known[1]
    result = _validate(data)
    _VALIDATED[lang] = (data, result)
    return result


def _validate(data: Mapping[str, Any]) -> Timings:
    numbers = {key: _whole(data, key) for key in _WHOLE_NUMBERS}
    for early, late in (
        ("feedback_request_from_hours", "feedback_request_until_hours"),
        ("follow_up_from_days", "follow_up_until_days"),
        ("reapply_from_months", "reapply_until_months"),
    ):
        if numbers[early] >= numbers[late]:
            raise playbook.PlaybookError(f"[timings] {early} must be below {late}")
    day_starts, day_ends = _clock(data, "day_starts"), _clock(data, "day_ends")
    if day_starts >= day_ends:
        raise playbook.PlaybookError("[timings] day_starts must be before day_ends")
    try:
        weekday = weekday_index(str(data.get("weekly_review_weekday", "")))
    except ValueError:
        raise playbook.PlaybookError("[timings] weekly_review_weekday is not a weekday") from None
    return Timings(
        reminder_time=_clock(data, "reminder_time"),
        day_starts=day_starts,
        day_ends=day_ends,
        weekly_review_weekday=weekday,
        daily_timebox=_timebox(data.get("daily_timebox")),
        **numbers,
    )


def title(key: str, lang: Lang) -> str:
    """The translated title of an agenda item kind, from `[timings.titles]`.

    >>> title("follow_up", "en")
    'Follow up, once only'
    """
    titles = playbook.section(lang, "timings").get("titles", {})
    value = titles.get(key) if isinstance(titles, Mapping) else None
    if key not in TITLE_KEYS or not isinstance(value, str) or not value.strip():
        raise playbook.PlaybookError(f"[timings.titles] has no title for {key!r} in {lang!r}")
    # A title may quote the cool-down: "{cool_down_hours}-hour pause".
    return value.replace("{cool_down_hours}", str(timings(lang).cool_down_hours))
