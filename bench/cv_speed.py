"""Wall time of a CV / job-ad match, start-up included, as the CLI would run it.

Run from the repository root: .venv/bin/python bench/cv_speed.py
A 3-page CV (~1,400 words) and a 2-page ad (~800 words) are assembled from the development
pairs; each run is a fresh interpreter (imports, playbook, stemmer, language detection), the
fast path (shipped equivalence table) and then `semantic=True` (sentence encoder).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "cv" / "pairs.jsonl"
SCRIPT = """
import sys, json
from rebond.method.cv_match import match
texts = json.loads(sys.stdin.read())
result = match(texts["cv"], texts["job"], semantic=texts["semantic"])
print(len(result.matched), len(result.missing))
"""


def texts() -> tuple[str, str]:
    pairs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    english = [p for p in pairs if p["lang"] == "en"]
    cv = "\n\n".join(p["cv"] for p in english) * 3
    job = english[0]["job"] + "\n" + "\n".join(p["job"].split("\n", 1)[1] for p in english[1:])
    return cv, job


def run(semantic: bool, repeats: int = 3) -> list[float]:
    cv, job = texts()
    payload = json.dumps({"cv": cv, "job": job, "semantic": semantic})
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", SCRIPT],
            input=payload,
            text=True,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    cv, job = texts()
    print(f"CV {len(cv.split())} words, job ad {len(job.split())} words")
    for semantic in (False, True):
        times = run(semantic)
        print(
            f"  semantic={semantic!s:5}: median {statistics.median(times):.2f} s wall "
            f"(runs: {', '.join(f'{t:.2f}' for t in times)})"
        )


if __name__ == "__main__":
    main()
