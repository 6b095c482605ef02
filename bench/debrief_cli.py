"""`rebond analyze thoughts` on 10,000 journal lines, start-up included.

    .venv/bin/python bench/debrief_cli.py [--lines 10000] [--runs 3]

Reuses the line generator of `bench/thoughts_speed.py` (one to three sentences of the
evaluation sets recombined within a language, varied openings), writes them to a file and
times the real `rebond` entry point in a fresh process, as a person would run it: interpreter,
Typer, language detection, sentence encoder, model, JSON Lines output. Checks the output has
one object per input line, in order. Target: under 10 s wall. The child's CPU time is shown
beside the wall time: on a shared, loaded machine it tells what the command costs idle.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from thoughts_speed import recombined  # the bench folder is not a package

BIN = Path(sys.executable).parent / "rebond"
TARGET_SECONDS = 10.0


def run(path: Path) -> tuple[float, float, list[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [str(BIN), "analyze", "thoughts", str(path)], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu, done.stdout.splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    lines = recombined(args.lines)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "thoughts.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        results = [run(path) for _ in range(args.runs)]
    rows = [json.loads(line) for line in results[0][2]]
    assert [r["text"] for r in rows] == lines, "output lines do not match the input, in order"
    walls = [w for w, _, _ in results]
    cpus = [c for _, c, _ in results]
    median = statistics.median(walls)
    distorted = sum(r["distorted"] for r in rows)
    print(
        f"{len(lines)} lines ({len(set(lines))} distinct), {distorted} flagged distorted\n"
        f"rebond analyze thoughts: median {median:.2f} s wall, max {max(walls):.2f} s over "
        f"{args.runs} runs (target {TARGET_SECONDS:.0f} s: "
        f"{'OK' if median < TARGET_SECONDS else 'OVER'}); CPU user+system median "
        f"{statistics.median(cpus):.2f} s"
    )


if __name__ == "__main__":
    main()
