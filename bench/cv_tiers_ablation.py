"""Does each rule of the two keyword tiers still pay? Remove one at a time, writer by writer.

Run from the repository root:
    .venv/bin/python bench/cv_tiers_ablation.py               (every rule)
    .venv/bin/python bench/cv_tiers_ablation.py place role    (some of them)

For each rule of `cv/tiers.py`, `cv/requirements.py` (the tiers' part) and `skills/ad_names.py`,
the development split is scored with that rule switched off (patched for the run only) and the
change against the code as it is is printed per development writer: missing precision,
missing recall, missing + to_check recall, coverage accuracy. A rule pays when switching it off
costs at least one writer and helps none by more; the issue's rule: "a rule stays only if the
benchmark shows it still pays". The held-out writers are never read.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cv_requirements import Tally, evaluate

from rebond.method.cv import requirements, tiers
from rebond.method.skills import ad_names
from rebond.method.skills.ad_names import AdNames

_NEVER = re.compile(r"(?!x)x")


def _without_reason(reason: str) -> Callable[[], Any]:
    """`AdNames.excluded` never answers `reason` (the term is then read as a keyword)."""
    original = AdNames.excluded

    def excluded(self: AdNames, term: str, source: str, listed: bool = False) -> str | None:
        why = original(self, term, source, listed)
        return None if why == reason else why

    return lambda: mock.patch.object(AdNames, "excluded", excluded)


def _without_words(key: str) -> Callable[[], Any]:
    """`[ad_names] key` of the playbook read as empty."""
    words, listed = ad_names._w, ad_names._listed

    def w(k: str) -> frozenset[str]:
        return frozenset() if k == key else words(k)

    def lst(k: str) -> tuple[str, ...]:
        return () if k == key else listed(k)

    return lambda: _both(
        mock.patch.object(ad_names, "_w", w), mock.patch.object(ad_names, "_listed", lst)
    )


@contextmanager
def _both(first: Any, second: Any) -> Iterator[None]:
    with first, second:
        yield


def _patch(target: Any, name: str, value: Any) -> Callable[[], Any]:
    return lambda: mock.patch.object(target, name, value)


def _listed_any(term: Any) -> bool:
    return term.skill is not None or term.concept is not None


def _confident_any_kind(term: Any, kind: str) -> bool:
    return tiers.named(term)


_CONFIDENT = tiers.confident


def _confident_or_repeated(term: Any, kind: str) -> bool:
    """The rule removed in this pass: a phrase the ad repeats was confident."""
    repeated = term.occurrences > 1 and (len(term.term.split()) > 1 or term.term[:1].isupper())
    return bool(_CONFIDENT(term, kind) or repeated)


RULES: dict[str, list[Callable[[], Any]]] = {
    # tiers.py
    "listed: only languages and tools of the vocabulary": [_patch(tiers, "listed", _listed_any)],
    "name_shaped: capitalised word mid-sentence": [_patch(tiers, "name_shaped", lambda *a: False)],
    "confident: duty lines technical only": [_patch(tiers, "confident", _confident_any_kind)],
    "repeated phrase no longer confident": [_patch(tiers, "confident", _confident_or_repeated)],
    "common: coordination, plural acronym": [_patch(tiers, "common", lambda name: False)],
    "demonym: adjective of nationality": [_patch(tiers, "demonym", lambda *a: False)],
    "shouted: capitals because the line is": [_patch(tiers, "shouted", lambda *a: False)],
    "kind_of_tool: acronym before 'tool'": [_patch(tiers, "kind_of_tool", lambda *a: False)],
    "glosses: bracket after a versioned name": [_patch(tiers, "glosses", lambda *a: False)],
    "before_examples: a kind before its examples": [
        _patch(tiers, "before_examples", lambda *a: False)
    ],
    # requirements.py, the tiers' part
    "in_some_form: words on one CV line": [_patch(requirements, "_in_some_form", lambda *a: False)],
    "either_shown: 'or' list answered": [_patch(requirements, "_either_shown", lambda *a: set())],
    "one_per_gap": [_patch(requirements, "_one_per_gap", lambda m: m)],
    "phrases: noun phrases to check": [_patch(requirements, "_phrases", lambda *a: [])],
    # ad_names.py, by reason
    "ad_names: non-term": [_without_reason("non-term")],
    "ad_names: admin": [_without_reason("admin")],
    "ad_names: employer": [_without_reason("employer")],
    "ad_names: licence": [_without_reason("licence")],
    "ad_names: role": [_without_reason("role")],
    "ad_names: team": [_without_reason("team")],
    "ad_names: schooling": [_without_reason("schooling")],
    "ad_names: person": [_without_reason("person")],
    "ad_names: place": [_without_reason("place")],
    # ad_names.py, finer
    "ad_names: boilerplate openers": [_without_words("boilerplate")],
    "ad_names: heading line": [_patch(ad_names, "_heading_line", lambda line: False)],
    "ad_names: employer as subject": [_patch(ad_names, "_employer_subject", lambda *a: None)],
    "ad_names: describes employer": [_patch(ad_names, "_describes_employer", lambda *a: False)],
    "ad_names: apposed people": [_patch(ad_names, "apposed_people", lambda s: set())],
    "ad_names: places after prepositions": [
        _patch(ad_names, "_places_after_prepositions", lambda *a: set())
    ],
    "ad_names: place context": [_patch(ad_names, "_place_context", lambda b: False)],
    "ad_names: after role": [_patch(ad_names, "_after_role", lambda b: False)],
    "ad_names: role phrase": [_patch(ad_names, "_role", lambda w, f: False)],
    "ad_names: departments": [_without_words("departments")],
    "ad_names: civility": [_without_words("civilities")],
    "ad_names: schooling words": [_without_words("schooling")],
    "ad_names: licence words": [_patch(ad_names, "_licence", lambda: _NEVER)],
    "ad_names: office, site": [_without_words("place_heads")],
    "ad_names: within the unit": [_without_words("within")],
    "ad_names: admin keys": [_patch(ad_names, "_admin_key", lambda line: None)],
}

FIGURES = (
    ("mP", "miss_right", "miss_pred"),
    ("mR", "miss_found", "miss_gold"),
    ("m+cR", "all_found", "all_gold"),
    ("cov", "cov_agree", "cov_paired"),
)


@contextmanager
def switched_off(patches: list[Callable[[], Any]]) -> Iterator[None]:
    with ExitStack() as stack:
        for patch in patches:
            stack.enter_context(patch())
        ad_names.read_names.cache_clear()
        try:
            yield
        finally:
            ad_names.read_names.cache_clear()


def figures(tally: Tally) -> dict[str, float]:
    c = tally.counts
    return {k: (c.get(n, 0) / c[d] if c.get(d) else 0.0) for k, n, d in FIGURES}


def run() -> dict[str, dict[str, float]]:
    return {w: figures(t) for w, t in evaluate("dev", "requirements", False).items()}


def main(argv: list[str]) -> None:
    chosen = [r for r in RULES if not argv or any(a in r for a in argv)]
    base = run()
    print("as is: " + " | ".join(f"{w} " + _row(f) for w, f in base.items()))
    print("change when the rule is switched off (negative: the rule pays for that writer)")
    for rule in chosen:
        with switched_off(RULES[rule]):
            off = run()
        deltas = {w: {k: off[w][k] - base[w][k] for k in base[w]} for w in base if w in off}
        print(f"{rule:45} " + " | ".join(f"{w} " + _row(d, True) for w, d in deltas.items()))


def _row(values: dict[str, float], signed: bool = False) -> str:
    fmt = "{:+.2f}" if signed else "{:.2f}"
    return " ".join(f"{k} {fmt.format(v)}" for k, v in values.items())


if __name__ == "__main__":
    main(sys.argv[1:])
