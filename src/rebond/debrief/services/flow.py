"""Use cases of the guided debrief (C2.1–C2.7): start, resume, save or skip a step, summarise.

Views, the API and the CLI call these; the rules (step order, cool-down, replay timing,
interpretation hints, crisis words) live in `rebond.method`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from rebond.debrief.models import Cause, CheckIn, Debrief, ReplayAnswer
from rebond.insights import hooks
from rebond.jobs.models import Application
from rebond.method import debrief as method
from rebond.method.debrief import flow as debrief_flow
from rebond.method.safety import HelpMessage, help_message
from rebond.method.text.language import Lang

if TYPE_CHECKING:
    from rebond.accounts.models import User


def step_order(lang: Lang) -> list[str]:
    return [s.key for s in method.debrief_steps(lang)]


def help_if_needed(texts: Sequence[str | None], lang: Lang) -> HelpMessage | None:
    """The playbook's help message when any text suggests self-harm; None otherwise."""
    return help_message(lang) if debrief_flow.any_crisis(texts) else None


def rejected_applications(user: User) -> Any:
    """Rejected applications that have no debrief yet: each can be offered one."""
    return (
        Application.objects.for_user(user)
        .rejected()
        .exclude(debriefs__isnull=False)
        .select_related("company")
        .order_by("-stage_changed_at")
    )


def in_progress(user: User) -> Any:
    return (
        Debrief.objects.for_user(user)
        .filter(finished_at__isnull=True)
        .select_related("application__company")
    )


def start(user: User, application: Application, now: datetime | None = None) -> Debrief:
    """The application's debrief, opened now if it does not exist (never more than one)."""
    now = now or timezone.now()
    rejected_at = application.stage_changed_at if application.is_rejected else now
    debrief, _ = Debrief.objects.get_or_create(
        user=user,
        application=application,
        defaults={"started_at": now, "rejected_at": min(rejected_at, now)},
    )
    return debrief


def resume_step(debrief: Debrief, lang: Lang) -> str | None:
    return debrief_flow.resume_step(step_order(lang), debrief.done_steps, debrief.skipped_steps)


def cooldown_ends(debrief: Debrief, lang: Lang) -> datetime:
    return debrief_flow.cooldown_end(debrief.rejected_at, method.cooldown_hours(lang))


def settle(debrief: Debrief, step: str, *, skipped: bool, now: datetime | None = None) -> None:
    """Mark a step done (or skipped); the debrief is finished once every step is settled."""
    done = [s for s in debrief.done_steps if s != step]
    passed = [s for s in debrief.skipped_steps if s != step]
    (passed if skipped else done).append(step)
    debrief.done_steps, debrief.skipped_steps = done, passed
    if debrief_flow.resume_step(step_order("en"), done, passed) is None:
        debrief.finished_at = debrief.finished_at or now or timezone.now()
    debrief.save(update_fields=["done_steps", "skipped_steps", "finished_at"])


def save_checkin(debrief: Debrief | None, user: User, data: dict[str, Any], lang: Lang) -> CheckIn:
    """Record an emotion check-in; the soothing action comes from the playbook's table.

    In a debrief the emotion is asked once: the reset's "emotion, named" takes the check-in's
    words, unless the person has since written something else there."""
    checkin = (debrief and debrief.checkins.order_by("id").first()) or CheckIn(
        user=user, debrief=debrief, at=timezone.now()
    )
    named_before = named_emotion(checkin, lang) if checkin.pk else ""
    for name in ("mood", "emotion", "emotion_words", "intensity", "body_signal"):
        if name in data:
            setattr(checkin, name, data[name])
    action = method.soothing_action(checkin.emotion, lang) if checkin.emotion else None
    checkin.soothing_action = action or ""
    if not checkin.body_signal and checkin.emotion:
        found = {e.key: e.body_signal for e in method.emotions(lang)}
        checkin.body_signal = found.get(checkin.emotion, "")
    checkin.save()
    if debrief is not None and debrief.reset_emotion.strip() in ("", named_before):
        debrief.reset_emotion = named_emotion(checkin, lang)
        debrief.save(update_fields=["reset_emotion"])
    return checkin


def named_emotion(checkin: CheckIn | None, lang: Lang) -> str:
    """The check-in's emotion as one line ("Anger — frustrated (7/10)"), "" when none named."""
    if checkin is None:
        return ""
    return _named(checkin.emotion, checkin.emotion_words, checkin.intensity, lang)


def _named(emotion: str, words: str, intensity: int | None, lang: Lang) -> str:
    names = {e.key: e.name for e in method.emotions(lang)}
    text = " — ".join(p for p in (names.get(emotion, emotion), words.strip()) if p)
    return f"{text} ({intensity}/10)" if text and intensity is not None else text


def emotion_after_reset(summary: Summary, lang: Lang) -> str:
    """The reset's emotion when the person changed it from the check-in's, else ""."""
    after = summary.reset["emotion"].strip()
    c = summary.checkin or {}
    named = _named(c.get("emotion", ""), c.get("words", ""), c.get("intensity"), lang)
    return after if after != named else ""


def save_fields(debrief: Debrief, data: dict[str, Any]) -> None:
    """Save the plain text fields of a step (reset answers, the three columns, lessons)."""
    names = [n for n in data if n in _TEXT_FIELDS]
    for name in names:
        setattr(debrief, name, data[name])
    if names:
        debrief.save(update_fields=names)


_TEXT_FIELDS = {
    "breathing_done",
    "reset_emotion",
    "reset_fact",
    "reset_intention",
    "facts",
    "interpretations",
    "tests",
    "lessons",
}


def interpretation_hints(facts: str, lang: Lang) -> list[tuple[str, str]]:
    """(line, hint) for each line of the facts column that reads as an interpretation."""
    found = []
    for line in (raw.strip() for raw in facts.splitlines()):
        hint = method.interpretation_hint(line, lang) if line else None
        if hint:
            found.append((line, hint))
    return found


@transaction.atomic
def save_causes(debrief: Debrief, causes: list[tuple[str, str, str]]) -> list[Cause]:
    """Replace the debrief's causes with (text, control, nature) rows, blank texts dropped."""
    debrief.causes.all().delete()
    rows = [Cause(debrief=debrief, text=t.strip(), control=c, nature=n) for t, c, n in causes]
    return Cause.objects.bulk_create([r for r in rows if r.text])


def feedback_received(debrief: Debrief) -> bool:
    """Whether the "no" came with feedback: a reason recorded with the outcome, or a message
    from the recruiter or hiring manager on this application that holds feedback."""
    outcome = getattr(debrief.application, "outcome", None)
    if outcome is not None and outcome.reason.strip():
        return True
    # The feedback app answers through its AppConfig; without it, only the reason counts.
    return bool(hooks.call("employer_feedback", debrief.user, debrief.application))


def replay_blank_rows(debrief: Debrief, lang: Lang) -> int:
    """Empty rows the replay offers: enough to reach the playbook's "three of each", and
    always one more for a question not yet written."""
    targets = debrief_flow.replay_tally([], lang).targets.values()
    return max(max(targets, default=1) - debrief.replay.count(), 1)


def replay_questions(debrief: Debrief) -> list[str]:
    """Questions logged with the application's interviews, one per line, in order, once each."""
    seen: dict[str, None] = {}
    for interview in debrief.application.interviews.all():
        for line in interview.questions.splitlines():
            if line.strip():
                seen.setdefault(line.strip(), None)
    return list(seen)


def prefill_replay(debrief: Debrief) -> None:
    """Give the replay one row per logged question the first time it is opened."""
    if debrief.replay.exists():
        return
    ReplayAnswer.objects.bulk_create(
        ReplayAnswer(debrief=debrief, position=i, question=q)
        for i, q in enumerate(replay_questions(debrief))
    )


@transaction.atomic
def save_replay(debrief: Debrief, rows: list[dict[str, Any]]) -> None:
    """Replace the replay's rows; a row without a question is dropped."""
    debrief.replay.all().delete()
    ReplayAnswer.objects.bulk_create(
        ReplayAnswer(debrief=debrief, position=i, **row)
        for i, row in enumerate(r for r in rows if r.get("question", "").strip())
    )


@dataclass(frozen=True)
class VersionCheck:
    seconds: float
    low: float
    high: float
    in_window: bool
    has_figure: bool


def check_version(text: str, kind: str, lang: Lang) -> VersionCheck | None:
    """Spoken-duration estimate of one rewritten answer and whether it states a figure."""
    if not text.strip():
        return None
    check = method.check_replay_version(text, lang, "short" if kind == "short" else "long")
    return VersionCheck(
        check.seconds, check.window.low, check.window.high, check.in_window, check.has_figure
    )


def replay_tally(debrief: Debrief, lang: Lang) -> debrief_flow.ReplayTally:
    return debrief_flow.replay_tally((a.mark for a in debrief.replay.all()), lang)


def create_action(
    debrief: Debrief, title: str, due_on: date | None, lang: Lang, tz: str | None = None
) -> Any:
    """An action that follows the rejection, in the plan, due after the 24-hour cool-down."""
    from rebond.plan import services as plan

    due = debrief_flow.due_after_cooldown(
        due_on, cooldown_ends(debrief, lang), tz or timezone.get_current_timezone_name()
    )
    return plan.create_action(
        debrief.user,
        title=title,
        axis="search_strategy",
        theme="behavioural",
        due_on=due,
        source_kind="debrief",
        source_id=debrief.pk,
    )


def actions_of(debrief: Debrief) -> list[Any]:
    from rebond.plan.models import Action

    return list(
        Action.objects.for_user(debrief.user)
        .filter(source_kind="debrief", source_id=debrief.pk)
        .order_by("due_on", "id")
    )


@dataclass
class Summary:
    """Everything the debrief produced, in plain values (web page, print, CLI, API)."""

    debrief_id: int
    application: str
    started_at: datetime
    cooldown_ends: datetime
    finished: bool
    checkin: dict[str, Any] | None
    reset: dict[str, str]
    facts: list[str]
    interpretations: list[str]
    hypotheses: list[str]
    causes: list[dict[str, str]]
    replay: list[dict[str, Any]]
    lessons: list[str]
    actions: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def summary(debrief: Debrief, lang: Lang) -> Summary:
    checkin = debrief.checkins.order_by("id").first()
    return Summary(
        debrief_id=debrief.pk,
        application=str(debrief.application),
        started_at=debrief.started_at,
        cooldown_ends=cooldown_ends(debrief, lang),
        finished=debrief.finished_at is not None,
        checkin={
            "emotion": checkin.emotion,
            "words": checkin.emotion_words,
            "intensity": checkin.intensity,
            "body_signal": checkin.body_signal,
            "soothing_action": checkin.soothing_action,
        }
        if checkin
        else None,
        reset={
            "emotion": debrief.reset_emotion,
            "fact": debrief.reset_fact,
            "intention": debrief.reset_intention,
        },
        facts=_lines(debrief.facts),
        interpretations=_lines(debrief.interpretations),
        hypotheses=_lines(debrief.tests),
        causes=[
            {"text": c.text, "control": c.control, "nature": c.nature} for c in debrief.causes.all()
        ],
        replay=[
            {
                "question": a.question,
                "mark": a.mark,
                "short": a.short_version,
                "long": a.long_version,
            }
            for a in debrief.replay.all()
        ],
        lessons=_lines(debrief.lessons),
        actions=[
            {"title": a.title, "due_on": a.due_on, "status": a.status} for a in actions_of(debrief)
        ],
        skipped=list(debrief.skipped_steps),
    )


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
