"""STAR+ stories, opening pitch and value proposition checks (C7.1, C7.2, C7.3).

A story is checked for missing parts, a result without a figure, verbs that blur the
candidate's own role, and its spoken length against the playbook's window. Thresholds and
word lists live in `playbook/<lang>/stories.toml`; this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING, Any

from rebond.method import playbook
from rebond.method.speech.spoken import estimate_seconds, has_figure
from rebond.method.text.language import Lang, detect, fold

if TYPE_CHECKING:
    pass

PARTS = ("situation", "task", "actions", "result", "learnings", "transfer")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class StoryParts:
    """One STAR+ story as the user wrote it; `tags` name the skills it proves."""

    situation: str = ""
    task: str = ""
    actions: str = ""
    result: str = ""
    learnings: str = ""
    transfer: str = ""
    title: str = ""
    tags: tuple[str, ...] = ()

    def text(self) -> str:
        """All parts in telling order, as one text."""
        return " ".join(getattr(self, part) for part in PARTS if getattr(self, part).strip())


@dataclass(frozen=True)
class VagueVerb:
    part: str
    expression: str


@dataclass(frozen=True)
class StoryCheck:
    missing: list[str]
    result_has_figure: bool
    vague_verbs: list[VagueVerb]
    seconds_per_part: dict[str, float]
    total_seconds: float
    window_seconds: tuple[float, float]
    within_window: bool
    short_version_seconds: float

    @property
    def ok(self) -> bool:
        """Ready to tell: complete, quantified, precise and of the right length."""
        return (
            not self.missing
            and self.result_has_figure
            and not self.vague_verbs
            and self.within_window
        )


@dataclass(frozen=True)
class PitchCheck:
    seconds: float
    window_seconds: tuple[float, float]
    within_window: bool
    sentences: int
    proofs: int
    proofs_wanted: int
    says_who: bool
    says_problem: bool

    @property
    def ok(self) -> bool:
        return self.within_window and self.proofs >= self.proofs_wanted and self.says_who


@dataclass(frozen=True)
class ValuePropositionCheck:
    sentences: int
    sentences_wanted: tuple[int, int]
    problem: bool
    solution: bool
    impact: bool
    in_order: bool
    seconds: float

    @property
    def ok(self) -> bool:
        low, high = self.sentences_wanted
        return low <= self.sentences <= high and self.problem and self.solution and self.impact


def _strings(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise playbook.PlaybookError(f"{where} must be a list of strings")
    return tuple(fold(x) for x in raw)


def seconds_window(raw: Any, where: str) -> tuple[float, float]:
    """A playbook [low, high] pair, validated."""
    if not isinstance(raw, list) or len(raw) != 2 or not 0 <= raw[0] <= raw[1]:
        raise playbook.PlaybookError(f"{where} must be [low, high] with 0 <= low <= high")
    return float(raw[0]), float(raw[1])


@cache
def table(lang: Lang, name: str) -> dict[str, Any]:
    """One table of the stories playbook ([stories], [pitch], [story_bank]…), checked."""
    raw = playbook.section(lang, name)
    if not isinstance(raw, dict):
        raise playbook.PlaybookError(f"[{name}] of {lang!r} must be a table")
    return raw


@dataclass(frozen=True)
class Yardsticks:
    """The numbers of the story bank, the pitch and the value proposition (rules/stories.toml)."""

    story_seconds: tuple[float, float]
    story_short_seconds: float
    pitch_seconds: tuple[float, float]
    pitch_proofs: int
    value_sentences: tuple[int, int]


def _positive(raw: Any, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw <= 0:
        raise playbook.PlaybookError(f"{where} must be a positive number")
    return float(raw)


@cache
def yardsticks(lang: Lang) -> Yardsticks:
    """The validated numbers of `[stories]`, `[pitch]` and `[value_proposition]`.

    >>> yardsticks("en").pitch_seconds, yardsticks("en").value_sentences
    ((30.0, 45.0), (2, 3))
    """
    stories, pitch = table(lang, "stories"), table(lang, "pitch")
    low, high = seconds_window(
        table(lang, "value_proposition").get("sentences"),
        f"[value_proposition] sentences of {lang!r}",
    )
    return Yardsticks(
        story_seconds=seconds_window(
            stories.get("window_seconds"), f"[stories] window_seconds of {lang!r}"
        ),
        story_short_seconds=_positive(
            stories.get("short_seconds"), f"[stories] short_seconds of {lang!r}"
        ),
        pitch_seconds=seconds_window(
            pitch.get("window_seconds"), f"[pitch] window_seconds of {lang!r}"
        ),
        pitch_proofs=int(
            _positive(pitch.get("proofs_wanted"), f"[pitch] proofs_wanted of {lang!r}")
        ),
        value_sentences=(int(low), int(high)),
    )


@cache
def cues(lang: Lang, name: str, key: str) -> tuple[str, ...]:
    """A folded cue list from the stories playbook, e.g. cues("fr", "pitch", "who_cues")."""
    return _strings(table(lang, name).get(key), f"[{name}] {key} of {lang!r}")


def find_phrases(text: str, phrases: Sequence[str]) -> list[str]:
    """Phrases present in a folded text, at word boundaries (or anywhere for symbols); where
    two overlap ("j'ai participé" / "participé à"), the longer one is reported.

    >>> find_phrases("as a result we cut 20%", ("as a result", "cut", "%", "sult"))
    ['as a result', 'cut', '%']
    """
    found = [m.group(0) for m in phrase_pattern(tuple(phrases)).finditer(text)]
    return list(dict.fromkeys(found))  # in order of appearance; overlaps count once


@cache
def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation for a cue list (longest first), matched at word edges.

    Word-edged phrases share one pair of edge checks: far faster than one per phrase.
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    worded = [re.escape(p) for p in ordered if p[:1].isalnum() and p[-1:].isalnum()]
    parts = [r"(?<![\w'])(?:" + "|".join(worded) + r")(?![\w'])"] if worded else []
    for phrase in ordered:
        if phrase[:1].isalnum() and phrase[-1:].isalnum():
            continue
        edge_start = r"(?<![\w'])" if phrase[:1].isalnum() else ""
        edge_end = r"(?![\w'])" if phrase[-1:].isalnum() else ""
        parts.append(edge_start + re.escape(phrase) + edge_end)
    return re.compile("|".join(parts) or r"(?!)")


def sentences(text: str) -> list[str]:
    """Split a text into sentences on final punctuation.

    >>> sentences("Je suis analyste. J'aide les PME ! Et vous ?")
    ['Je suis analyste.', "J'aide les PME !", 'Et vous ?']
    """
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def star_structure(text: str, lang: Lang) -> dict[str, bool]:
    """Which STAR+ steps a spoken answer shows hints of.

    >>> star_structure("My role was to cut costs. I set up a new tool. As a result we saved 20%.",
    ...                "en")["result"]
    True
    """
    folded = fold(text)
    return {
        part: phrase_pattern(cues(lang, "star_markers", part)).search(folded) is not None
        for part in PARTS
    }


def check_story(story: StoryParts, lang: Lang) -> StoryCheck:
    """Check one STAR+ story.

    >>> s = StoryParts(situation="Chez Acme, les délais explosaient.",
    ...                task="Je devais les réduire.", actions="J'ai aidé l'équipe.",
    ...                result="Les délais ont baissé.")
    >>> c = check_story(s, "fr")
    >>> c.missing, c.result_has_figure, [v.expression for v in c.vague_verbs]
    (['learnings', 'transfer'], False, ["j'ai aide"])
    """
    raw = table(lang, "stories")
    numbers = yardsticks(lang)
    window = numbers.story_seconds
    vague = _strings(raw.get("vague_verbs"), f"[stories] vague_verbs of {lang!r}")
    texts = {part: getattr(story, part).strip() for part in PARTS}
    per_part = {part: estimate_seconds(text, lang) for part, text in texts.items()}
    found = [
        VagueVerb(part, expression)
        for part in ("actions", "result", "task")
        for expression in find_phrases(fold(texts[part]), vague)
    ]
    total = round(sum(per_part.values()), 1)
    return StoryCheck(
        missing=[part for part, text in texts.items() if not text],
        result_has_figure=has_figure(texts["result"]),
        vague_verbs=found,
        seconds_per_part=per_part,
        total_seconds=total,
        window_seconds=window,
        within_window=window[0] <= total <= window[1],
        short_version_seconds=numbers.story_short_seconds,
    )


def check_pitch(text: str, lang: Lang | None = None) -> PitchCheck:
    """Check an opening pitch: 30–45 s aloud, who you are, the problem, two quantified proofs.

    >>> p = check_pitch("I'm a data analyst. I help shops cut stock-outs: 30% fewer in 2023, "
    ...                 "and two days saved each month.", "en")
    >>> p.proofs, p.says_who, p.within_window
    (2, True, False)
    """
    lang = lang or detect(text)
    numbers = yardsticks(lang)
    window = numbers.pitch_seconds
    seconds = estimate_seconds(text, lang)
    folded = fold(text)
    # A proof is a clause with a figure, so "30% fewer, and two days saved" counts twice;
    # "eight years of experience" says who you are, not what you achieved.
    clauses = [c for s in sentences(text) for c in re.split(r"[,;:]\s+| (?:and|et) ", s)]
    tenure = phrase_pattern(cues(lang, "pitch", "tenure_cues"))
    return PitchCheck(
        seconds=seconds,
        window_seconds=window,
        within_window=window[0] <= seconds <= window[1],
        sentences=len(sentences(text)),
        proofs=sum(1 for c in clauses if has_figure(c) and not tenure.search(fold(c))),
        proofs_wanted=numbers.pitch_proofs,
        says_who=bool(find_phrases(folded, cues(lang, "pitch", "who_cues"))),
        says_problem=bool(find_phrases(folded, cues(lang, "pitch", "problem_cues"))),
    )


def check_value_proposition(text: str, lang: Lang | None = None) -> ValuePropositionCheck:
    """Check a 2–3 sentence value proposition for problem → solution → impact.

    >>> v = check_value_proposition("Small shops lose sales to stock-outs. I build simple "
    ...                             "forecasts so that they reorder on time.", "en")
    >>> v.problem, v.solution, v.impact, v.in_order, v.ok
    (True, True, True, True, True)
    """
    lang = lang or detect(text)
    low, high = yardsticks(lang).value_sentences
    folded = fold(text)
    first: dict[str, int | None] = {}
    for step in ("problem", "solution", "impact"):
        phrases = cues(lang, "value_proposition", f"{step}_cues")
        positions = [
            m.start()
            for p in find_phrases(folded, phrases)
            for m in re.finditer(re.escape(p), folded)
        ]
        first[step] = min(positions) if positions else None
    placed = [first[step] for step in ("problem", "solution", "impact")]
    return ValuePropositionCheck(
        sentences=len(sentences(text)),
        sentences_wanted=(low, high),
        problem=placed[0] is not None,
        solution=placed[1] is not None,
        impact=placed[2] is not None,
        in_order=None not in placed and placed == sorted(p for p in placed if p is not None),
        seconds=estimate_seconds(text, lang),
    )


def story_fields() -> tuple[str, ...]:
    """Names of the fields of `StoryParts`, for forms and imports."""
    return tuple(f.name for f in fields(StoryParts))
