"""What the requirement check returns: each line of the ad's list with what the CV shows for
it, the keywords it names, and the whole check (`rebond.method.cv.requirements`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from rebond.method.cv.coverage import MatchResult
from rebond.method.cv.judge import Reading
from rebond.method.cv.tiers import Kind

How = Literal["exact", "variant", "other_words"]
KIND_WEIGHTS: dict[Kind, float] = {"required": 1.0, "duty": 0.6, "nice": 0.5}


@dataclass(frozen=True)
class Keyword:
    """A skill the ad names: `source` is the ad's sentence it comes from."""

    term: str
    source: str
    kind: Kind
    weight: float
    found: bool = False
    how: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class Requirement:
    """One line of the ad's list and what the CV shows for it."""

    text: str
    kind: Kind
    weight: float
    covered: bool
    how: How | None
    evidence: str
    keywords: tuple[Keyword, ...] = ()
    score: float = 0.0  # cosine with the evidence when read in other words
    dismissed: bool = False

    @property
    def missing_keywords(self) -> tuple[Keyword, ...]:
        return tuple(k for k in self.keywords if not k.found)

    @property
    def partly(self) -> bool:
        """Not covered, though the CV shows part of it: `evidence` says which part."""
        return not self.covered and bool(self.evidence)


@dataclass(frozen=True)
class RequirementCheck:
    score: float
    requirements: tuple[Requirement, ...]
    missing: tuple[Keyword, ...]
    to_check: tuple[Keyword, ...]
    matched: tuple[Keyword, ...]
    findings: tuple[str, ...]
    explanation: str
    covered_weight: float
    total_weight: float
    dismissed: tuple[str, ...] = ()
    keywords: MatchResult | None = field(default=None, repr=False)
    # What the reader found per requirement (None: dismissed, or no encoder): the judge's input.
    readings: tuple[Reading | None, ...] = field(default=(), repr=False)
