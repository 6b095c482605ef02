"""The guided rejection debrief (C2): typed access to its playbook, and two small checks.

Loaders validate the playbook tables `[[emotions]]`, `[[reset]]` and `[debrief]` into
dataclasses and fail with `PlaybookError` naming what is wrong. `interpretation_hint` notices a
"fact" that is really an interpretation; `check_replay_version` times a rewritten answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from rebond.method import playbook
from rebond.method.agenda.timings import timings
from rebond.method.speech import spoken
from rebond.method.text.language import Lang, fold
from rebond.method.thoughts import analyze

STEP_KEYS = ("checkin", "reset", "cooldown", "columns", "causes", "replay", "summary")
RESET_KEYS = ("breathing", "name_emotion", "objective_fact", "intention")
ReplayKind = Literal["short", "long"]

# Distortions that, written in the "facts" column, show a guess or a verdict rather than an
# observation.
_INTERPRETIVE = frozenset(
    {
        "mind_reading",
        "labeling",
        "fortune_telling",
        "emotional_reasoning",
        "personalization",
        "catastrophizing",
        "overgeneralization",
        "all_or_nothing",
        "magnification",
    }
)
# Wording of a guess about others' minds or of a judgement, checked on folded text.
_GUESS = {
    "fr": re.compile(
        r"\b(ils|elles|il|elle|on|le jury|le recruteur|la recruteuse|le manager)\s+(m'ont |m'a |"
        r"me |ont |a |avaient |avait |)(surement |forcement |clairement |)"
        r"(trouve\w*|pens\w+|croi\w+|jug\w+|n'ont pas aime|n'a pas aime)\b|"
        r"\b(clairement|evidemment|forcement|surement|visiblement|de toute evidence)\b|"
        r"\bca se voyait\b|\bon voyait bien\b|\bj'ai senti qu'\b|\bils voulaient juste\b"
    ),
    "en": re.compile(
        r"\b(they|she|he|the panel|the recruiter|the manager)\s+(clearly |obviously |must have |"
        r"probably |)(found|thought|think|felt|judged|hated|didn'?t like|saw me)\b|"
        r"\b(clearly|obviously|surely|evidently|apparently)\b|\bi could tell\b|\bi sensed\b"
    ),
}


@dataclass(frozen=True)
class Emotion:
    key: str
    name: str
    body_signal: str
    actions: tuple[str, ...]


@dataclass(frozen=True)
class ResetStep:
    key: str
    title: str
    seconds: int
    prompt: str
    help: str
    inhale_seconds: int | None = None
    exhale_seconds: int | None = None


@dataclass(frozen=True)
class DebriefStep:
    key: str
    title: str
    prompt: str


@dataclass(frozen=True)
class ReplayWindow:
    """Target spoken duration of a rewritten answer, in seconds (inclusive)."""

    low: float
    high: float


@dataclass(frozen=True)
class ReplayCheck:
    kind: ReplayKind
    seconds: float
    window: ReplayWindow
    in_window: bool
    has_figure: bool
    hint: str | None


def emotions(lang: Lang) -> list[Emotion]:
    """Emotions of the check-in, with body signal and soothing actions, in playbook order."""
    rows = _table(lang, "emotions", list)
    try:
        found = [
            Emotion(
                key=str(r["key"]),
                name=str(r["name"]),
                body_signal=str(r["body_signal"]),
                actions=tuple(str(a) for a in r["actions"]),
            )
            for r in rows
        ]
    except (KeyError, TypeError) as exc:
        raise playbook.PlaybookError(f"[[emotions]] in {lang!r}: missing field {exc}") from exc
    if any(not e.actions for e in found):
        raise playbook.PlaybookError(f"[[emotions]] in {lang!r}: an emotion has no action")
    return found


def soothing_action(emotion: str, lang: Lang) -> str | None:
    """The first soothing action for an emotion given by key or by its name in `lang`.

    >>> soothing_action("anger", "en").startswith("Step outside")
    True
    >>> soothing_action("Déception", "fr") is not None, soothing_action("boredom", "en")
    (True, None)
    """
    wanted = fold(emotion.strip())
    for item in emotions(lang):
        if wanted in (item.key, fold(item.name)):
            return item.actions[0]
    return None


def reset_steps(lang: Lang) -> list[ResetStep]:
    """The 10-minute reset's four steps, with durations in seconds."""
    rows = _table(lang, "reset", list)
    try:
        steps = [
            ResetStep(
                key=str(r["key"]),
                title=str(r["title"]),
                seconds=int(r["seconds"]),
                prompt=str(r["prompt"]),
                help=_quoting(str(r["help"]), lang),
                inhale_seconds=_optional_int(r, "inhale_seconds"),
                exhale_seconds=_optional_int(r, "exhale_seconds"),
            )
            for r in rows
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise playbook.PlaybookError(f"[[reset]] in {lang!r}: bad field {exc}") from exc
    if sorted(s.key for s in steps) != sorted(RESET_KEYS) or any(s.seconds <= 0 for s in steps):
        raise playbook.PlaybookError(f"[[reset]] in {lang!r}: needs steps {RESET_KEYS}, > 0 s")
    return steps


def debrief_steps(lang: Lang) -> list[DebriefStep]:
    """The debrief's steps in the order the playbook gives (each known step exactly once)."""
    rows = _table(lang, "debrief", dict).get("steps", [])
    try:
        steps = [
            DebriefStep(str(r["key"]), str(r["title"]), _quoting(str(r["prompt"]), lang))
            for r in rows
        ]
    except (KeyError, TypeError) as exc:
        raise playbook.PlaybookError(f"[debrief.steps] in {lang!r}: missing {exc}") from exc
    if sorted(s.key for s in steps) != sorted(STEP_KEYS):
        raise playbook.PlaybookError(f"[debrief.steps] in {lang!r}: needs each of {STEP_KEYS}")
    return steps


def _quoting(text: str, lang: Lang) -> str:
    # Words that quote the cool-down take it from the rules: "Let {cool_down_hours} hours…".
    return text.replace("{cool_down_hours}", str(cooldown_hours(lang)))


def cooldown_hours(lang: Lang) -> int:
    """Hours to wait after a rejection before the follow-up actions (24 in the method): the
    agenda's own cool-down, `[timings] cool_down_hours`, so that both always agree."""
    return timings(lang).cool_down_hours


def guide(lang: Lang) -> dict[str, Any]:
    """The `[debrief]` texts (columns, causes, replay) as the playbook holds them, for display."""
    data = dict(_table(lang, "debrief", dict))
    for part in ("columns", "causes", "replay"):
        if not isinstance(data.get(part), dict):
            raise playbook.PlaybookError(f"[debrief.{part}] missing in {lang!r} playbook")
    if isinstance(data.get("cooldown_help"), str):
        data["cooldown_help"] = _quoting(data["cooldown_help"], lang)
    return data


def interpretation_hint(text: str, lang: Lang) -> str | None:
    """A gentle hint when an entry of the "facts" column is an interpretation, else None.

    >>> interpretation_hint("Clearly they thought I was too junior.", "en") is not None
    True
    >>> interpretation_hint("The interview lasted 45 minutes with two managers.", "en")
    """
    if not text.strip():
        return None
    result = analyze(text, lang)
    interpretive = result.crisis or bool(_INTERPRETIVE.intersection(result.distortions))
    if not interpretive and not _GUESS[lang].search(fold(text)):
        return None
    return str(guide(lang)["interpretation_hint"])


def replay_window(lang: Lang, kind: ReplayKind) -> ReplayWindow:
    """Target duration of a short (~20 s) or long (60-90 s) rewritten answer."""
    replay = guide(lang)["replay"]
    try:
        if kind == "short":
            centre, slack = float(replay["short_seconds"]), float(replay["short_tolerance_seconds"])
            return ReplayWindow(centre - slack, centre + slack)
        return ReplayWindow(float(replay["long_min_seconds"]), float(replay["long_max_seconds"]))
    except KeyError as exc:
        raise playbook.PlaybookError(f"[debrief.replay] in {lang!r} lacks {exc}") from exc


def check_replay_version(text: str, lang: Lang, kind: ReplayKind) -> ReplayCheck:
    """Spoken length of a rewritten answer against its window, and whether it has a number.

    >>> answer = "J'ai réduit les délais de 30 % en 2 mois. " * 5
    >>> check = check_replay_version(answer, "fr", "short")
    >>> check.in_window, check.has_figure
    (True, True)
    """
    window = replay_window(lang, kind)
    seconds = spoken.estimate_seconds(text, lang)
    figure = spoken.has_figure(text)
    return ReplayCheck(
        kind=kind,
        seconds=seconds,
        window=window,
        in_window=window.low <= seconds <= window.high,
        has_figure=figure,
        hint=None if figure else str(guide(lang)["replay"].get("no_figure_hint", "")) or None,
    )


def _table(lang: Lang, name: str, kind: type) -> Any:
    data = playbook.section(lang, name)
    if not isinstance(data, kind):
        raise playbook.PlaybookError(f"[{name}] in {lang!r} playbook has the wrong shape")
    return data


def _optional_int(row: dict[str, Any], key: str) -> int | None:
    return int(row[key]) if key in row else None
