"""The method's figures the prep pages quote in their advice ("60 to 90 seconds told aloud"),
read from the playbook's rules so that a coach who changes a rule changes the advice too."""

from __future__ import annotations

from dataclasses import dataclass

from rebond.accounts.language import playbook_lang
from rebond.method.prep.ritual import centring_steps
from rebond.method.prep.stories import yardsticks
from rebond.method.speech.metrics import checks
from rebond.method.text.language import Lang

Figure = int | float


@dataclass(frozen=True)
class Guidance:
    story_seconds: tuple[Figure, Figure]
    pitch_seconds: tuple[Figure, Figure]
    pitch_proofs: int
    value_sentences: tuple[int, int]
    first_answer_seconds: tuple[Figure, Figure]
    ritual_minutes: Figure


def _shown(value: float) -> Figure:
    # 60.0 reads "60", 2.5 stays "2.5" (localised by the template).
    return int(value) if float(value).is_integer() else value


def _pair(values: tuple[float, float]) -> tuple[Figure, Figure]:
    return _shown(values[0]), _shown(values[1])


def guidance(lang: Lang | None = None) -> Guidance:
    """The figures of the prep pages' advice, in the language's playbook."""
    lang = lang or playbook_lang()
    numbers = yardsticks(lang)
    return Guidance(
        story_seconds=_pair(numbers.story_seconds),
        pitch_seconds=_pair(numbers.pitch_seconds),
        pitch_proofs=numbers.pitch_proofs,
        value_sentences=numbers.value_sentences,
        first_answer_seconds=_pair(checks(lang).first_answer_seconds),
        ritual_minutes=_shown(sum(step.seconds for step in centring_steps(lang)) / 60),
    )
