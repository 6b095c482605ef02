"""`rebond analyze transcript` on a generated 2-hour mock interview, start-up included.

    .venv/bin/python bench/prep_cli.py

Reuses the 2-hour WebVTT/SRT generator of `bench/transcript_speed.py`, then times the real
`rebond` entry point in a fresh process (interpreter, Typer, parsing, analysis, JSON output),
as a person would run it. Target: under 2 s wall. Also reports `python -c pass` on the same
machine, since a loaded machine slows every start-up alike.
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from transcript_speed import generate  # the bench folder is not a package

BIN = Path(sys.executable).parent / "rebond"
RUNS = 5
TARGET_SECONDS = 2.0


def wall(command: list[str]) -> tuple[float, str, float]:
    """Wall seconds, standard output, and the child's CPU seconds (user + system): on a
    shared, loaded machine the CPU time shows what the command costs on an idle one."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, done.stdout, cpu


def main() -> None:
    bare = statistics.median(wall([sys.executable, "-c", "pass"])[0] for _ in range(RUNS))
    print(f"python -c pass: median {bare:.3f} s")
    rnd = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        for name, sep in (("WebVTT", "."), ("SRT", ",")):
            text, cues = generate(sep, rnd)
            path = Path(folder) / f"two_hours.{'vtt' if sep == '.' else 'srt'}"
            path.write_text(text, encoding="utf-8")
            command = [str(BIN), "analyze", "transcript", str(path), "--interviewer", "Recruteur"]
            runs = [wall(command) for _ in range(RUNS)]
            report = json.loads(runs[0][1])  # the real JSON output, parsed
            seconds = [s for s, _, _ in runs]
            cpu = statistics.median(c for _, _, c in runs)
            median = statistics.median(seconds)
            verdict = "OK" if median < TARGET_SECONDS else "OVER"
            print(
                f"{name}: {cues} cues, {len(text) // 1024} KiB, {len(report['answers'])} answers, "
                f"{report['words']} words, {report['filler_total']} fillers\n"
                f"  rebond analyze transcript: median {median:.2f} s, max {max(seconds):.2f} s "
                f"over {RUNS} runs (target {TARGET_SECONDS:.0f} s: {verdict}); "
                f"CPU user+system median {cpu:.2f} s"
            )


if __name__ == "__main__":
    main()
