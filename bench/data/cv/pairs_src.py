"""Source of bench/data/cv/pairs.jsonl (kept as Python for readable multi-line texts).

Written by hand before the matcher was tuned: for each pair, `missing` lists what a recruiter
reading the ad would say the CV does not show. `split` = "dev" (used while tuning) or "test"
(held out; figures are reported on it). Run: .venv/bin/python bench/data/cv/pairs_src.py

The pairs live in one file per split, in the order they were written (pairs_round1_fr and
_en, final, fresh, fresh2, dev2, fresh3, fresh4, fresh5); this script gathers them.
"""

import json
from importlib import import_module
from pathlib import Path

from pairs_common import P

# Each module adds its pairs when imported; this order keeps pairs.jsonl as it was written.
for name in (
    "pairs_round1_fr",
    "pairs_round1_en",
    "pairs_final",
    "pairs_fresh",
    "pairs_fresh2",
    "pairs_dev2",
    "pairs_fresh3",
    "pairs_fresh4",
    "pairs_fresh5",
):
    import_module(name)

Path(__file__).with_name("pairs.jsonl").write_text(
    "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in P), encoding="utf-8"
)
print(len(P), "pairs;", sum(p["split"] not in ("dev", "dev2") for p in P), "held out")
