"""Use cases of the confidence journal (C4): thought records, assets and attribution, small
wins, support people, mood check-ins and the timeline that puts them side by side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from django.utils import timezone

from rebond.debrief.choices import ReplayMark, SupportEffect
from rebond.debrief.models import (
    Asset,
    Attribution,
    CheckIn,
    ReplayAnswer,
    SupportPerson,
    ThoughtRecord,
    Win,
)
from rebond.method import debrief as method
from rebond.method.errors import ServiceError
from rebond.method.safety import crisis_signal
from rebond.method.text.language import Lang
from rebond.method.thoughts import ThoughtAnalysis, analyze

if TYPE_CHECKING:
    from rebond.accounts.models import User

THOUGHT_TEXTS = ("situation", "thought", "evidence_for", "evidence_against", "reformulation")


def spot(thought: str, lang: Lang | None = None) -> ThoughtAnalysis | None:
    """Distortion suggestions for a thought; `crisis` is set (and nothing analysed) when the
    text suggests self-harm. None for an empty text."""
    return analyze(thought, lang) if thought.strip() else None


def record_crisis(data: dict[str, Any]) -> bool:
    """True when any free text of a thought record suggests self-harm."""
    return any(crisis_signal(str(data.get(name) or "")) for name in THOUGHT_TEXTS)


def save_thought(
    user: User, data: dict[str, Any], record: ThoughtRecord | None = None
) -> ThoughtRecord:
    """Create or update a thought record; distortions are re-spotted from the thought, unless a
    crisis signal means the text must not be analysed at all."""
    record = record or ThoughtRecord(user=user, created_at=timezone.now())
    for name, value in data.items():
        setattr(record, name, value)
    result = None if record_crisis(data) else spot(record.thought)
    record.distortions = list(result.distortions) if result and result.distorted else []
    record.save()
    return record


def thoughts(user: User) -> Any:
    return ThoughtRecord.objects.for_user(user)


def add_asset(user: User, kind: str, text: str) -> Asset:
    if not text.strip():
        raise ServiceError("An asset needs a text.")
    return Asset.objects.create(user=user, kind=kind, text=text.strip())


def assets(user: User) -> list[Asset]:
    return list(Asset.objects.for_user(user))


def assets_for(user: User) -> list[str]:
    """The assets list as short lines, to reread before acting (feedback drafts, preparation)."""
    return [f"{a.get_kind_display()}: {a.text}" for a in assets(user)]


def troubled_questions_for(user: User) -> list[str]:
    """Questions whose answer was marked too long or vague in an interview replay (C2.7)."""
    rows = (
        ReplayAnswer.objects.for_user(user)
        .filter(mark__in=[ReplayMark.TOO_LONG, ReplayMark.VAGUE])
        .order_by("-debrief__started_at", "position")
    )
    return list(dict.fromkeys(r.question.strip() for r in rows if r.question.strip()))


def add_attribution(user: User, **texts: str) -> Attribution:
    if not texts.get("outcome", "").strip():
        raise ServiceError("Name the outcome first.")
    return Attribution.objects.create(user=user, created_at=timezone.now(), **texts)


def add_win(user: User, text: str, day: date | None = None) -> Win:
    if not text.strip():
        raise ServiceError("A small win needs a text.")
    return Win.objects.create(user=user, text=text.strip(), day=day or timezone.localdate())


def log_mood(
    user: User,
    *,
    mood: int | None = None,
    emotion: str = "",
    intensity: int | None = None,
    words: str = "",
    body_signal: str = "",
    lang: Lang = "fr",
    at: datetime | None = None,
) -> CheckIn:
    """A check-in outside a debrief (the timeline's form, `rebond mood`). An emotion may be a
    playbook key, its name in `lang`, or the person's own word (kept as their words)."""
    for name, value in (("mood", mood), ("intensity", intensity)):
        if value is not None and not 0 <= value <= 10:
            raise ServiceError(f"{name} must be between 0 and 10.")
    key = emotion_key(emotion, lang)
    if emotion and not key:
        words = words or emotion
    return CheckIn.objects.create(
        user=user,
        at=at or timezone.now(),
        mood=mood,
        emotion=key,
        emotion_words=words,
        intensity=intensity,
        body_signal=body_signal,
        soothing_action=(method.soothing_action(key, lang) or "") if key else "",
    )


def emotion_key(emotion: str, lang: Lang) -> str:
    """The playbook key for an emotion given by key or name (either language); "" if unknown."""
    from rebond.method.text.language import fold

    wanted = fold(emotion.strip())
    for language in (lang, "en" if lang == "fr" else "fr"):
        for item in method.emotions(language):
            if wanted in (item.key, fold(item.name)):
                return item.key
    return ""


def mood_series(user: User, days: int = 90, today: date | None = None) -> list[tuple[date, float]]:
    """The mood noted per day over the last `days` days (mean of the day's check-ins)."""
    today = today or timezone.localdate()
    return mood_between(user, today - timedelta(days=days - 1), today)


def mood_between(user: User, since: date, until: date) -> list[tuple[date, float]]:
    tz = timezone.get_current_timezone()
    start = datetime.combine(since, time.min, tzinfo=tz)
    end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=tz)
    rows = (
        CheckIn.objects.for_user(user)
        .filter(at__gte=start, at__lt=end, mood__isnull=False)
        .values_list("at", "mood")
    )
    by_day: dict[date, list[int]] = {}
    for at, mood in rows:
        by_day.setdefault(timezone.localtime(at, tz).date(), []).append(cast(int, mood))
    return [(day, round(sum(v) / len(v), 1)) for day, v in sorted(by_day.items())]


def add_support_person(user: User, *, name: str, role: str, effect: str, note: str = "") -> Any:
    if not name.strip():
        raise ServiceError("A support person needs a name.")
    return SupportPerson.objects.create(
        user=user, name=name.strip(), role=role, effect=effect, note=note.strip()
    )


def support_people(user: User) -> list[SupportPerson]:
    order: dict[str, int] = {
        SupportEffect.LIFTS: 0,
        SupportEffect.MIXED: 1,
        SupportEffect.DRAINS: 2,
    }
    return sorted(SupportPerson.objects.for_user(user), key=lambda p: order.get(p.effect, 3))


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # "checkin", "thought" or "win"
    at: datetime
    obj: Any


def timeline(user: User, limit: int = 60) -> list[TimelineItem]:
    """Check-ins, thought records and wins, newest first (three queries)."""
    tz = timezone.get_current_timezone()
    items = [TimelineItem("checkin", c.at, c) for c in CheckIn.objects.for_user(user)[:limit]]
    items += [TimelineItem("thought", t.created_at, t) for t in thoughts(user)[:limit]]
    items += [
        TimelineItem("win", datetime.combine(w.day, time(12), tzinfo=tz), w)
        for w in Win.objects.for_user(user)[:limit]
    ]
    return sorted(items, key=lambda i: i.at, reverse=True)[:limit]
