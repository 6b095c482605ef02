"""How far two people agree on a missing-keyword list, beside how far the matcher agrees.

Run from the repository root:
    .venv/bin/python bench/cv_agreement.py

The gold list of each pair (bench/data/cv/pairs.jsonl) is one person's reading. For the 30
pairs of fresh3 and fresh4, two more annotators each wrote their own list from the texts alone
(bench/data/cv/second_readings.json), with the rule of the gold lists spelled out. Every reading
is scored against every other with the matching rule of bench/cv_quality.py (`same`): the
precision of list X against list Y is the share of X's keywords that Y names too. This gives
the ceiling a single gold list allows: when two careful people agree at 0.6, a matcher scored
on one of them cannot be expected to reach 0.9.

Figures only: no keyword is printed, so fresh4 stays a held-out split.
"""

from __future__ import annotations

import json
from pathlib import Path

from cv_quality import DATA, same

from rebond.method.cv.coverage import match

READINGS = Path(__file__).parent / "data" / "cv" / "second_readings.json"
SPLITS = ("fresh3", "fresh4")


def agreement(found: dict[str, list[str]], gold: dict[str, list[str]], langs: dict[str, str]):
    """Precision and recall of the lists `found` against the lists `gold`, pooled over pairs."""
    right = predicted = hit = wanted = 0
    for pid, lang in langs.items():
        mine, theirs = found[pid], gold[pid]
        right += sum(any(same(k, g, lang) for g in theirs) for k in mine)
        hit += sum(any(same(k, g, lang) for k in mine) for g in theirs)
        predicted, wanted = predicted + len(mine), wanted + len(theirs)
    return right / max(predicted, 1), hit / max(wanted, 1)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    pairs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    readings = json.loads(READINGS.read_text(encoding="utf-8"))
    for split in (*SPLITS, "both"):
        chosen = [p for p in pairs if p["split"] in (SPLITS if split == "both" else (split,))]
        langs = {p["id"]: p["lang"] for p in chosen}
        lists = {
            "gold": {p["id"]: p["missing"] for p in chosen},
            "A": {pid: readings["annotator_a"][pid] for pid in langs},
            "B": {pid: readings["annotator_b"][pid] for pid in langs},
            "matcher": {
                p["id"]: [t.term for t in match(p["cv"], p["job"]).missing] for p in chosen
            },
        }
        sizes = "  ".join(f"{n} {sum(map(len, v.values()))}" for n, v in lists.items())
        print(f"{split}: {len(chosen)} pairs; keywords listed: {sizes}")
        print("    list    against   precision  recall   F1")
        for name, against in (
            ("A", "gold"),
            ("B", "gold"),
            ("A", "B"),
            ("matcher", "gold"),
            ("matcher", "A"),
            ("matcher", "B"),
        ):
            p, r = agreement(lists[name], lists[against], langs)
            print(f"    {name:8}{against:8}  {p:9.2f}  {r:6.2f}  {f1(p, r):5.2f}")


if __name__ == "__main__":
    main()
