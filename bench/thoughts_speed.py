"""End-to-end speed of `thoughts.analyze_many` on 10,000 journal lines.

    .venv/bin/python bench/thoughts_speed.py            # lines recombined from the data sets
    .venv/bin/python bench/thoughts_speed.py --unique 2000   # also time N never-seen sentences

Lines are built by joining one to three sentences drawn (seeded) from the evaluation sets
(within one language), with a varied opening word, so lines are mostly distinct while
sentences repeat, as they do in a journal. Each timing is a fresh `python -c` process:
interpreter start, imports, model and encoder loading included. `--unique` adds a run where
every sentence is new (numbered): the encoder's raw throughput, the limit for never-seen text.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "thoughts"
OPENINGS = {
    "fr": ["", "Bon. ", "Ce soir, ", "Honnêtement, ", "Encore. "],
    "en": ["", "Well. ", "Tonight, ", "Honestly, ", "Again. "],
}
CHILD = (
    "import json,sys; from rebond.method.thoughts import analyze_many; "
    "lines=json.load(open(sys.argv[1],encoding='utf-8')); r=analyze_many(lines); "
    "print(len(r), sum(a.distorted for a in r), sum(a.crisis for a in r))"
)


def recombined(count: int, seed: int = 11) -> list[str]:
    rows = [
        json.loads(line)
        for name in ("dev.jsonl", "probe.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    # A journal line is written in one language: sentences are recombined within a language.
    by_lang = {lang: [r["text"] for r in rows if r["lang"] == lang] for lang in ("fr", "en")}
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        lang = rng.choice(("fr", "en"))
        opening = rng.choice(OPENINGS[lang])
        lines.append(opening + " ".join(rng.sample(by_lang[lang], rng.randint(1, 3))))
    return lines


def unique(count: int) -> list[str]:
    return [f"Interview number {i} went badly and I keep thinking about it." for i in range(count)]


def timed_run(lines: list[str]) -> tuple[float, str]:
    """Wall seconds of a fresh process analysing `lines`, and its printed summary (CPU after)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(lines, f, ensure_ascii=False)
    cpu_before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, f.name],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
    )
    elapsed = time.perf_counter() - start
    Path(f.name).unlink()
    cpu = _children_cpu() - cpu_before
    return elapsed, f"{done.stdout.strip()}; child CPU {cpu:.2f} s"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--unique", type=int, default=0, help="also time N unseen sentences")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    lines = recombined(args.lines)
    seconds, summary = timed_run(lines)
    print(
        f"{len(lines)} recombined lines ({len(set(lines))} distinct): {seconds:.2f} s wall "
        f"end to end  [analysed, distorted, crisis = {summary}]"
    )
    if args.unique:
        seconds, summary = timed_run(unique(args.unique))
        print(
            f"{args.unique} unseen sentences: {seconds:.2f} s wall end to end "
            f"({args.unique / seconds:.0f} lines/s including start-up)"
        )
