"""Requirement by requirement: how well `rebond match` answers "what does my CV not show?".

Run from the repository root:
    .venv/bin/python bench/cv_requirements.py                  (development split: WA, WB)
    .venv/bin/python bench/cv_requirements.py --verbose        (and its errors, pair by pair)
    .venv/bin/python bench/cv_requirements.py --split=test     (held out: WC, WD, figures only)
    .venv/bin/python bench/cv_requirements.py --system=keywords   (the keyword matcher alone)
    .venv/bin/python bench/cv_requirements.py --writer=WE      (one development writer)

The development split prints one row per writer and the pooled row: a rule must hold for
every writer (leave-one-writer-out), not only for the pooled figure. The held-out split
prints its pooled row only.

Data: `bench/data/cv/writers/<CODE>/pair-NN.json`, written by independent writers: the ad, the
CV and a gold reading (`requirements: [{text, kind, covered, evidence, how}]`, `missing`,
`to_check`, `matched`). WA, WB, WE and WF are the development split; WC, WD, WG and WH are
held out: this script prints their figures only, never a pair's name, text or error, and
refuses --verbose (and --writer).

Figures, each over the pairs of the split:
- requirement lines: a system line reads a gold item when their word sets overlap (shared
  content words / the shorter one's, >= 0.5): the gold splits some lines ("IRCANTEC" apart
  from "Suivre les dossiers de retraite (CNRACL, IRCANTEC)"), so several gold items may be
  read by one system line. Recall = gold items read / gold items; precision = system lines
  that read a gold item / system lines.
- coverage accuracy: over the gold items read, the system's answer (its line's "covered", or
  the keyword's when the gold item is one keyword of the line) equals the gold's.
- missing: precision (a predicted missing keyword names the same thing as a gold missing one,
  `cv_quality.same`), recall (a gold missing keyword is named by a predicted one).
- missing + to_check recall: gold missing and to-check keywords named by any predicted
  missing or to-check keyword.

`--system=keywords` scores the keyword matcher as it was before requirement lines (C8.3):
no requirement lines, its missing list as `missing`, nothing to check.

The figures before and after requirement lines (issue 21) and how often the test split was
scored are in docs/cv.md: "Requirement by requirement" and "Tuning history".
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cv_quality import same

from rebond.method.text.language import detect, fold

WRITERS = Path(__file__).parent / "data" / "cv" / "writers"
MAIN_WRITERS = Path("/work/main/bench/data/cv/writers")
SPLITS = {"dev": ("WA", "WB", "WE", "WF"), "test": ("WC", "WD", "WG", "WH")}
HIDDEN = frozenset({"test"})
OVERLAP = 0.5

_GLUE = frozenset(
    "a an and the of for to in on with or at by as is are be de des du la le les et ou en un "
    "une au aux d l pour par sur avec dans vous your you we nous notre our".split()
)


def pairs(split: str, writers: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """The split's pairs: this worktree's copy, else the writers' folder (never listed)."""
    found = []
    for code in writers or SPLITS[split]:
        folder = WRITERS / code
        if not any(folder.glob("pair-*.json")):
            folder = MAIN_WRITERS / code  # a writer not committed yet, or a worktree's copy
        for path in sorted(folder.glob("pair-*.json")):
            try:
                pair = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a writer's file being written
            pair["_id"] = f"{code}/{path.stem}"
            found.append(pair)
    return found


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if w not in _GLUE and len(w) > 1}


def overlap(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def term_of(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("term") or item.get("text") or "")
    return str(item)


@dataclass
class Prediction:
    requirements: list[dict[str, Any]] = field(default_factory=list)  # {text, covered}
    missing: list[str] = field(default_factory=list)
    to_check: list[str] = field(default_factory=list)


def keywords_system(cv: str, ad: str) -> Prediction:
    """The keyword matcher (C8.3): missing keywords only."""
    from rebond.method.cv.coverage import match

    return Prediction([], [t.term for t in match(cv, ad).missing], [])


def requirements_system(cv: str, ad: str) -> Prediction:
    """The requirement reader (issue 21)."""
    from rebond.method.cv.requirements import check

    result = check(cv, ad)
    return Prediction(
        [
            {
                "text": r.text,
                "covered": r.covered,
                "how": r.how,
                "evidence": r.evidence,
                "keywords": [(k.term, k.found) for k in r.keywords],
            }
            for r in result.requirements
        ],
        [k.term for k in result.missing],
        [k.term for k in result.to_check],
    )


SYSTEMS: dict[str, Callable[[str, str], Prediction]] = {
    "keywords": keywords_system,
    "requirements": requirements_system,
}


class Tally:
    def __init__(self) -> None:
        self.n = 0
        self.counts: dict[str, int] = {}

    def add(self, **counts: int) -> None:
        for key, value in counts.items():
            self.counts[key] = self.counts.get(key, 0) + value

    def ratio(self, num: str, den: str) -> str:
        d = self.counts.get(den, 0)
        return f"{self.counts.get(num, 0) / d:.2f}" if d else "  - "


def _best(text: str, candidates: list[str]) -> tuple[float, int]:
    return max(((overlap(text, c), i) for i, c in enumerate(candidates)), default=(0.0, -1))


def _said_covered(pair_lang: str, gold_text: str, line: dict[str, Any]) -> bool:
    """The system's answer for a gold item: the line's, or its keyword's when the gold item is
    one keyword of the line ("IRCANTEC" inside "Suivre les dossiers de retraite (…)")."""
    for term, found in line.get("keywords", ()):
        if len(words(gold_text)) <= len(words(term)) and same(term, gold_text, pair_lang):
            return bool(found)
    return bool(line["covered"])


def score_pair(pair: dict[str, Any], predicted: Prediction, tally: Tally) -> list[str]:
    """Add the pair's counts; return its errors (printed only for the development split)."""
    lang = pair.get("lang") or detect(pair["ad"], default="fr")
    gold_reqs = pair.get("requirements") or []
    gold_texts = [str(g["text"]) for g in gold_reqs]
    sys_texts = [str(r["text"]) for r in predicted.requirements]
    best_line = [_best(g, sys_texts) for g in gold_texts]
    read = [j for j, (score, _i) in enumerate(best_line) if score >= OVERLAP]
    right_lines = [i for i, s in enumerate(sys_texts) if _best(s, gold_texts)[0] >= OVERLAP]
    said = {
        j: _said_covered(lang, gold_texts[j], predicted.requirements[best_line[j][1]]) for j in read
    }
    agree = sum(said[j] == bool(gold_reqs[j].get("covered")) for j in read)
    gold_missing = [term_of(t) for t in pair.get("missing") or []]
    gold_check = [term_of(t) for t in pair.get("to_check") or []]
    gold_all = gold_missing + gold_check
    pred_all = predicted.missing + predicted.to_check
    right = [p for p in predicted.missing if any(same(p, g, lang) for g in gold_missing)]
    found = [g for g in gold_missing if any(same(p, g, lang) for p in predicted.missing)]
    found_all = [g for g in gold_all if any(same(p, g, lang) for p in pred_all)]
    tally.n += 1
    tally.add(
        req_gold=len(gold_texts),
        req_sys=len(sys_texts),
        req_found=len(read),
        req_right=len(right_lines),
        cov_paired=len(read),
        cov_agree=agree,
        miss_pred=len(predicted.missing),
        miss_right=len(right),
        miss_gold=len(gold_missing),
        miss_found=len(found),
        all_gold=len(gold_all),
        all_found=len(found_all),
    )
    errors = []
    lost_lines = [g for j, g in enumerate(gold_texts) if j not in said]
    if lost_lines:
        errors.append(f"  lines not read: {lost_lines}")
    extra_lines = [s for i, s in enumerate(sys_texts) if i not in right_lines]
    if extra_lines:
        errors.append(f"  lines not in gold: {extra_lines}")
    for j, answer in said.items():
        gold = gold_reqs[j]
        if answer != bool(gold.get("covered")):
            line = predicted.requirements[best_line[j][1]]
            errors.append(
                f"  coverage {answer!s:5} (gold {gold.get('how')}: {gold.get('evidence')!r})"
                f" {gold_texts[j]!r}  <- system {line.get('how')}: {line.get('evidence')!r}"
            )
    wrong = [p for p in predicted.missing if p not in right]
    lost = [g for g in gold_missing if g not in found]
    lost_all = [g for g in gold_all if g not in found_all]
    if wrong:
        errors.append(f"  missing, not gold: {wrong}")
    if lost:
        errors.append(f"  gold missing, not listed as missing: {lost}")
    if lost_all:
        errors.append(f"  gold missing/to_check listed nowhere: {lost_all}")
    return errors


def evaluate(
    split: str, system: str, verbose: bool, writers: tuple[str, ...] | None = None
) -> dict[str, Tally]:
    """One tally per writer of the split (or of `writers`)."""
    tallies: dict[str, Tally] = {}
    for pair in pairs(split, writers):
        predicted = SYSTEMS[system](pair["cv"], pair["ad"])
        writer = pair["_id"].split("/")[0]
        errors = score_pair(pair, predicted, tallies.setdefault(writer, Tally()))
        if verbose and split not in HIDDEN and errors:
            print(pair["_id"])
            print("\n".join(errors))
    return tallies


def pooled(tallies: dict[str, Tally]) -> Tally:
    total = Tally()
    for tally in tallies.values():
        total.n += tally.n
        total.add(**tally.counts)
    return total


def report(split: str, system: str, tally: Tally) -> str:
    r = tally.ratio
    return (
        f"{split:5} ({tally.n:2} pairs, {system}): "
        f"lines R {r('req_found', 'req_gold')} P {r('req_right', 'req_sys')} | "
        f"coverage acc {r('cov_agree', 'cov_paired')} "
        f"({tally.counts.get('cov_paired', 0)} lines) | "
        f"missing P {r('miss_right', 'miss_pred')} R {r('miss_found', 'miss_gold')} | "
        f"missing+to_check R {r('all_found', 'all_gold')}"
    )


def main(argv: list[str]) -> None:
    split, system, verbose = "dev", "requirements", "--verbose" in argv
    writers: tuple[str, ...] | None = None
    for arg in argv:
        if arg.startswith("--split="):
            split = arg.split("=", 1)[1]
        if arg.startswith("--system="):
            system = arg.split("=", 1)[1]
        if arg.startswith("--writer="):
            writers = tuple(w.strip().upper() for w in arg.split("=", 1)[1].split(","))
    if split not in SPLITS or system not in SYSTEMS:
        sys.exit(f"--split is one of {', '.join(SPLITS)}; --system one of {', '.join(SYSTEMS)}")
    if verbose and split in HIDDEN:
        sys.exit(f"the {split} split is held out: its errors are never printed, ask for figures")
    if writers is not None and not set(writers) <= set(SPLITS["dev"]):
        sys.exit(f"--writer is one of the development writers: {', '.join(SPLITS['dev'])}")
    tallies = evaluate(split, system, verbose, writers)
    if split not in HIDDEN:
        for writer, tally in tallies.items():
            print(report(writer, system, tally))
    if len(tallies) != 1 or split in HIDDEN:
        print(report(split if writers is None else "+".join(writers), system, pooled(tallies)))


if __name__ == "__main__":
    main(sys.argv[1:])
