"""Wall time of a CV / job-ad match, start-up included, as the CLI would run it.

Run from the repository root: .venv/bin/python bench/cv_speed.py
A 3-page CV (~1,400 words) and a 2-page ad (~800 words) are assembled from the development
pairs; each run is a fresh interpreter (imports, playbook, stemmer, language detection), the
fast path (shipped equivalence table) and then `semantic=True` (sentence encoder).
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "cv" / "pairs.jsonl"
SIZED_SPLITS = ("dev", "test", "final", "fresh")
SCRIPT = """
import sys, json
from rebond.method.cv.coverage import match
texts = json.loads(sys.stdin.read())
result = match(texts["cv"], texts["job"], semantic=texts["semantic"])
print(len(result.matched), len(result.missing))
"""


def texts() -> tuple[str, str]:
    pairs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    # The first four splits only: later pairs (dev2, fresh2) would make the texts longer than
    # the 3-page CV and 2-page ad the target is about.
    english = [p for p in pairs if p["lang"] == "en" and p["split"] in SIZED_SPLITS]
    cv = "\n\n".join(p["cv"] for p in english) * 3
    job = english[0]["job"] + "\n" + "\n".join(p["job"].split("\n", 1)[1] for p in english[1:])
    return cv, job


def run(semantic: bool, repeats: int = 3) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system of the child) seconds of each run."""
    cv, job = texts()
    payload = json.dumps({"cv": cv, "job": job, "semantic": semantic})
    times, cpu = [], []
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times, cpu


def main() -> None:
    cv, job = texts()
    print(f"CV {len(cv.split())} words, job ad {len(job.split())} words")
    for semantic in (False, True):
        times, cpu = run(semantic)
        print(
            f"  semantic={semantic!s:5}: median {statistics.median(times):.2f} s wall, "
            f"{statistics.median(cpu):.2f} s CPU (runs: {', '.join(f'{t:.2f}' for t in times)})"
        )


if __name__ == "__main__":
    main()
